/**
 * Reads a PDF date (PDF 32000-1, 7.9.4): "D:YYYYMMDDHHmmSSOHH'mm'", where every part after the year may
 * be left off and O (after the hour at least) is Z, + or -. Producers bend the form, so the "D:" prefix,
 * the apostrophes and the offset's minutes are optional here; anything else (an ISO date, say) is not a
 * PDF date. A part out of its range makes no date at all: a paper with no date
 * is better than one with a made-up date.
 *
 * Written here rather than taken from pdf.js, which was the only reason each import worker loaded
 * pdf.js's 1 MB build (about 75 ms and 40 MB per worker).
 */
const PDF_DATE =
  /^(?:D:)?(\d{4})(?:(\d{2})(?:(\d{2})(?:(\d{2})(?:(\d{2})(\d{2})?)?(?:[Zz](?:00'?(?:00'?)?)?|([+-])(\d{2})'?(?:(\d{2})'?)?)?)?)?)?$/;

export function parsePdfDate(text: string, now = new Date()): Date | null {
  const match = PDF_DATE.exec(text.trim());
  if (!match) return null;
  const [, year, month = '01', day = '01', hour = '00', minute = '00', second = '00', sign, offsetHours = '0', offsetMinutes = '0'] = match;
  const numbers = [year, month, day, hour, minute, second, offsetHours, offsetMinutes].map(Number);
  const [y, m, d, h, min, s, oh, om] = numbers as [number, number, number, number, number, number, number, number];
  // PDF appeared in 1993, so an earlier year is a producer's mistake, as is one past next year.
  if (y < 1993 || y > now.getUTCFullYear() + 1) return null;
  if (m < 1 || m > 12 || d < 1 || d > 31 || h > 23 || min > 59 || s > 59 || oh > 23 || om > 59) return null;
  const utc = Date.UTC(y, m - 1, d, h, min, s);
  // A day past the month's end (31 April) rolls into the next month; that is not a date either.
  if (new Date(utc).getUTCDate() !== d) return null;
  return new Date(utc - (sign === '-' ? -1 : 1) * (oh * 60 + om) * 60_000);
}
