/** Dates as a British reader expects them on paper: "Wednesday 11 March 2026, 6pm". */

/** Parses "YYYY-MM-DD" with an optional "THH:MM" as a wall-clock time, never shifted by time zone. */
function parts(value: string): { date: Date; hasTime: boolean } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(value);
  if (!match) return null;
  const [, y, m, d, hh, mm] = match;
  return { date: new Date(Date.UTC(+y!, +m! - 1, +d!, hh ? +hh : 0, mm ? +mm : 0)), hasTime: hh !== undefined };
}

export function formatLongDate(value: string): string {
  const parsed = parts(value);
  if (!parsed) return value;
  const day = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
    .format(parsed.date)
    .replace(',', '');
  return parsed.hasTime ? `${day}, ${formatTime(parsed.date)}` : day;
}

export function formatShortDate(value: string): string {
  const parsed = parts(value);
  if (!parsed) return value;
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(parsed.date);
}

function formatTime(date: Date): string {
  const h = date.getUTCHours();
  const m = date.getUTCMinutes();
  const hour = h % 12 === 0 ? 12 : h % 12;
  return `${hour}${m ? `.${String(m).padStart(2, '0')}` : ''}${h < 12 ? 'am' : 'pm'}`;
}
