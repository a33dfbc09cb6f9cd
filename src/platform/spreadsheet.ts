/**
 * A CSV cell a spreadsheet will not run as a formula (CSV injection): text starting with `=`,
 * `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe, which Excel and
 * LibreOffice show as text. Numbers pass unchanged (a negative amount is not a formula);
 * null and undefined become empty cells.
 */
export function neutraliseFormula<T>(cell: T): T | string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell !== 'string') return cell;
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** Excel opens a UTF-8 CSV as UTF-8 (Japanese intact) only when it starts with a byte-order mark. */
export const UTF8_BOM = '\ufeff';
