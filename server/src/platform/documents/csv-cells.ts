import { stringify } from 'csv-stringify/sync';

/**
 * A cell a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, or a tab or carriage return before one)
 * gets a leading apostrophe, so a title typed as `=HYPERLINK(...)` stays text when the file is opened (OWASP
 * "CSV injection").
 */
export function guardedCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** A CSV file (RFC 4180, CRLF, UTF-8 with a byte-order mark so spreadsheets read accents right). */
export function csvOf(header: readonly string[], rows: readonly (string | number | null | undefined)[][]): string {
  const body = stringify([header.map(guardedCell), ...rows.map((row) => row.map(guardedCell))], {
    record_delimiter: 'windows',
  });
  return `\uFEFF${body}`;
}

/** Rows of a CSV body without the byte-order mark and header (a later chunk of a streamed file). */
export function csvRowsOf(rows: readonly (string | number | null | undefined)[][]): string {
  return stringify(
    rows.map((row) => row.map(guardedCell)),
    { record_delimiter: 'windows' },
  );
}
