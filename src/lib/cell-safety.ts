/**
 * Spreadsheet safety (OWASP "CSV Injection"): a text cell that begins with = + - @, a tab or a carriage
 * return is read by Excel, LibreOffice and Google Sheets as a formula. Such text is prefixed with a single
 * quote so it shows as typed and never runs. Numbers are not text: pass them through unchanged.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function safeCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** True when a text cell would be read as a formula if written unchanged. */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}
