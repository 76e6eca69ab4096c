import { parse } from 'csv-parse/sync';

/**
 * The CSV form of an HSDS import: the `services.csv` table of an Open Referral HSDS tabular data package, one
 * service a row, with the service table's own columns (`name`, `description`, `email`, `status`,
 * `eligibility_description`, `minimum_age`, `maximum_age`; others are ignored). What HSDS keeps in other tables
 * travels in extra columns named `<table>.<field>` (ADR 0046), several values separated by `;`:
 * `languages.code`, `attributes.taxonomy_term_id`, `phones.number`, `schedules.description`,
 * `service_areas.name`, `capacities.maximum`, `capacities.description` and `addresses.address_1`.
 * Each row becomes the HSDS JSON `service` the JSON import reads, so both forms map and check alike.
 */

/** What cannot be read as CSV at all (the whole file is refused). */
export class HsdsCsvUnreadable extends Error {}

type Json = Record<string, unknown>;

const MAX_COLUMNS = 60;
const NUMBERS: Record<string, { field: string; key: string }> = {
  minimum_age: { field: 'maximumAge', key: 'error.protection.directory.agesInvalid' },
  maximum_age: { field: 'maximumAge', key: 'error.protection.directory.agesInvalid' },
  'capacities.maximum': { field: 'capacity', key: 'error.protection.directory.capacityInvalid' },
};

/**
 * The rows of the file as HSDS services, and the problems (`services.<index>.<field>`) of cells that are not
 * numbers where HSDS wants one. Cells are kept as the text they are: a cell starting with `=`, `+`, `-` or `@`
 * is stored as written and never evaluated (our export is JSON, so it is never handed to a spreadsheet as such).
 */
export function hsdsServicesOfCsv(source: string): { services: Json[]; problems: Record<string, string> } {
  let rows: Record<string, string>[];
  try {
    rows = parse(source, {
      bom: true,
      columns: (header: string[]) => {
        if (header.length > MAX_COLUMNS) throw new HsdsCsvUnreadable('too many columns');
        return header.map((name) => name.trim().toLowerCase());
      },
      skip_empty_lines: true,
      trim: true,
    }) as Record<string, string>[];
  } catch {
    throw new HsdsCsvUnreadable('not CSV');
  }
  const problems: Record<string, string> = {};
  const services = rows.map((row, index) => {
    const cell = (column: string) => (row[column] ? row[column] : null);
    const many = (column: string) =>
      (cell(column) ?? '')
        .split(';')
        .map((value) => value.trim())
        .filter(Boolean);
    const number = (column: string) => {
      const value = cell(column);
      if (value === null) return null;
      if (/^-?\d{1,9}$/.test(value)) return Number(value);
      problems[`services.${index}.${NUMBERS[column]!.field}`] = NUMBERS[column]!.key;
      return null;
    };
    const one = <T>(value: T | null, wrap: (present: T) => Json) => (value === null ? [] : [wrap(value)]);
    const capacityMaximum = number('capacities.maximum');
    const capacityDescription = cell('capacities.description');
    return {
      id: cell('id'),
      name: cell('name'),
      description: cell('description'),
      email: cell('email'),
      status: cell('status'),
      eligibility_description: cell('eligibility_description'),
      minimum_age: number('minimum_age'),
      maximum_age: number('maximum_age'),
      languages: many('languages.code').map((code) => ({ code })),
      attributes: many('attributes.taxonomy_term_id').map((code) => ({ taxonomy_term_id: code })),
      phones: one(cell('phones.number'), (number) => ({ number })),
      schedules: one(cell('schedules.description'), (description) => ({ description })),
      service_areas: one(cell('service_areas.name'), (name) => ({ name })),
      capacities:
        capacityMaximum === null && capacityDescription === null
          ? []
          : [{ maximum: capacityMaximum, description: capacityDescription }],
      service_at_locations: one(cell('addresses.address_1'), (address_1) => ({
        location: { addresses: [{ address_1 }] },
      })),
    } as Json;
  });
  return { services, problems };
}
