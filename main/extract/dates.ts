/**
 * Full dates (day, month and year all printed) found in text by chrono, as ISO strings. A month and
 * year alone ("February 2015") is not a date a meeting can be filed under, so it is not returned.
 */
import * as chrono from 'chrono-node';

export interface FoundDate {
  iso: string;
  index: number;
  text: string;
}

const pad = (value: number) => String(value).padStart(2, '0');

export function fullDates(text: string): FoundDate[] {
  // British papers write day-month; chrono's GB parser also reads "May 20 2008".
  return chrono.en.GB.parse(text)
    .filter((r) => r.start.isCertain('day') && r.start.isCertain('month') && r.start.isCertain('year'))
    .map((r) => ({
      iso: `${r.start.get('year')}-${pad(r.start.get('month') ?? 1)}-${pad(r.start.get('day') ?? 1)}`,
      index: r.index,
      text: r.text,
    }));
}

export function firstFullDate(text: string): string | null {
  return fullDates(text)[0]?.iso ?? null;
}

/** Every date the text mentions, complete or not ("February 2015"), with where it is printed. */
export function dateMentions(text: string): { index: number; text: string }[] {
  return chrono.en.GB.parse(text).map((r) => ({ index: r.index, text: r.text }));
}

/** The text with its dates (and a weekday or time attached to them) taken out. */
export function withoutDates(text: string): string {
  let result = text;
  for (const found of chrono.en.GB.parse(text).reverse()) {
    result = result.slice(0, found.index) + result.slice(found.index + found.text.length);
  }
  return result.replace(/\s+/g, ' ').trim();
}
