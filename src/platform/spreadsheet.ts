/**
 * A CSV cell a spreadsheet will not run as a formula (CSV injection): text starting with `=`,
 * `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe, which Excel and
 * LibreOffice show as text. Numbers pass unchanged (a negative amount is not a formula).
 */
export function neutraliseFormula(cell: unknown): unknown {
  if (typeof cell !== 'string') return cell;
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
