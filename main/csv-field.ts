/**
 * One field of a CSV file, quoted when it needs to be; the register and notes exports both write with it.
 * A cell starting with = + - @ would run as a formula when a spreadsheet opens the file, so such text is
 * prefixed with an apostrophe (the OWASP advice).
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}
