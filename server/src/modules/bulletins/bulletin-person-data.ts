/**
 * Shapes of identity document numbers that have no place in a bulletin (docs/adr/0037-bulletins.md): a bulletin
 * describes a series or a forgery technique ("passports of the G series with a relaminated data page"), never one
 * person's document. Checked on every draft and on publish; names are checked on publish against the mechanism's
 * identity-check blind indexes (identity-checks/person-mentions.ts).
 */
const DOCUMENT_NUMBER_SHAPES: RegExp[] = [
  // Mexican CURP: 4 letters, birth date, sex, state, consonants, check characters.
  /\b[A-Z]{4}\d{6}[HM][A-Z]{5}[A-Z0-9]\d\b/i,
  // Guatemalan DPI / CUI: 13 digits, usually written 4-5-4.
  /\b\d{4}[\s-]?\d{5}[\s-]?\d{4}\b/,
  // Passport and identity card numbers: 1–3 letters then 6–9 digits (G12345678, AB1234567, PE123456).
  /\b[A-Z]{1,3}[\s-]?\d{6,9}\b/i,
  // A bare run of 7–12 digits (national ID, DUI, RG/CPF without punctuation).
  /\b\d{7,12}\b/,
  // Brazilian CPF written with punctuation.
  /\b\d{3}\.\d{3}\.\d{3}-\d{2}\b/,
  // Machine-readable zone lines of a travel document.
  /[A-Z0-9<]{9}\d[A-Z]{3}\d{6}/,
];

export function holdsDocumentNumber(text: string): boolean {
  return DOCUMENT_NUMBER_SHAPES.some((shape) => shape.test(text));
}
