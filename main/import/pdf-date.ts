/**
 * Reads a PDF date (PDF 32000-1, 7.9.4): "D:YYYYMMDDHHmmSSOHH'mm'", where every part after the year may
 * be left off and O is Z, + or -. Producers bend the form, so the "D:" prefix, the apostrophes and the
 * offset's minutes are optional here. A part out of its range makes no date at all: a paper with no date
 * is better than one with a made-up date.
 *
 * Written here rather than taken from pdf.js, which was the only reason each import worker loaded
 * pdf.js's 1 MB build (about 75 ms and 40 MB per worker).
 */
const PDF_DATE = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:([Zz])|([+-])(\d{2})'?(?:(\d{2})'?)?)?/;

export function parsePdfDate(text: string): Date | null {
  const match = PDF_DATE.exec(text.trim());
  if (!match) return null;
  const [, year, month = '01', day = '01', hour = '00', minute = '00', second = '00', , sign, offsetHours = '0', offsetMinutes = '0'] = match;
  const parts = [Number(month), Number(day), Number(hour), Number(minute), Number(second), Number(offsetHours), Number(offsetMinutes)];
  const [m, d, h, min, s, oh, om] = parts as [number, number, number, number, number, number, number];
  // PDF appeared in 1993, so an earlier year is a producer's mistake.
  if (Number(year) < 1993 || m < 1 || m > 12 || d < 1 || d > 31 || h > 23 || min > 59 || s > 59 || oh > 23 || om > 59) return null;
  const utc = Date.UTC(Number(year), m - 1, d, h, min, s);
  // A day past the month's end (31 April) rolls into the next month; that is not a date either.
  if (new Date(utc).getUTCDate() !== d) return null;
  const offset = (sign === '-' ? -1 : 1) * (oh * 60 + om) * 60_000;
  return new Date(utc - (sign ? offset : 0));
}
