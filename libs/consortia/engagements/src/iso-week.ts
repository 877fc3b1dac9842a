/**
 * Calendar helpers for logging hours. Researchers log hours per day and the university caps them
 * per ISO week, both as the days fall in Korea, so "today" is taken in Asia/Seoul. Dates travel as
 * ISO strings, YYYY-MM-DD, and all arithmetic runs on UTC midnights: a day is always 24 hours
 * there, so daylight saving time in the server's zone never shifts a date.
 *
 * The functions that take a date throw a RangeError when it is not a real YYYY-MM-DD date; check
 * what people type with isValidIsoDate first.
 */

/** An ISO 8601 week: its week-numbering year and number, and its Monday and Sunday. */
export interface IsoWeek {
  year: number;
  week: number;
  /** Such as '2026-W48'. */
  label: string;
  /** The Monday, YYYY-MM-DD. */
  start: string;
  /** The Sunday, YYYY-MM-DD. */
  end: string;
}

export const SEOUL_TIME_ZONE = 'Asia/Seoul';

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const seoulDateFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: SEOUL_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The UTC midnight of a real date in years 0001–9999, or null. */
function parse(date: string): Date | null {
  const match = ISO_DATE.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1) return null;
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0–99 as 1900–1999.
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  if (utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== day) return null;
  return utc;
}

function parseOrThrow(date: string): Date {
  const utc = parse(date);
  if (!utc) throw new RangeError(`expected a real date written YYYY-MM-DD; got "${date}"`);
  return utc;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function format(utc: Date): string {
  return `${pad(utc.getUTCFullYear(), 4)}-${pad(utc.getUTCMonth() + 1, 2)}-${pad(utc.getUTCDate(), 2)}`;
}

function shift(utc: Date, days: number): Date {
  return new Date(utc.getTime() + days * DAY_MS);
}

/** Monday 0 … Sunday 6, as ISO 8601 counts the days of the week. */
function isoWeekday(utc: Date): number {
  return (utc.getUTCDay() + 6) % 7;
}

/** Whether s is a real calendar date written YYYY-MM-DD, year 0001–9999: 2026-02-30 is not. */
export function isValidIsoDate(s: string): boolean {
  return parse(s) !== null;
}

/** Today's date in Korea, YYYY-MM-DD, whatever the server's own time zone. */
export function seoulToday(now: Date = new Date()): string {
  if (Number.isNaN(now.getTime())) throw new RangeError('seoulToday needs a valid Date');
  const parts = seoulDateFormat.formatToParts(now);
  const part = (type: 'year' | 'month' | 'day'): number =>
    Number(parts.find((p) => p.type === type)?.value);
  return `${pad(part('year'), 4)}-${pad(part('month'), 2)}-${pad(part('day'), 2)}`;
}

/**
 * The ISO 8601 week a date falls in. Weeks run Monday to Sunday and belong to the year of their
 * Thursday, so the first days of January can fall in the previous year's last week (2027-01-01
 * is in 2026-W53) and the last days of December in the next year's first week (2024-12-30 is in
 * 2025-W01).
 */
export function isoWeekOf(date: string): IsoWeek {
  const utc = parseOrThrow(date);
  const monday = shift(utc, -isoWeekday(utc));
  const thursday = shift(monday, 3);
  const year = thursday.getUTCFullYear();
  // Week 1 is the week with the year's first Thursday, which is also the week holding 4 January.
  const january4 = new Date(0);
  january4.setUTCFullYear(year, 0, 4);
  const firstMonday = shift(january4, -isoWeekday(january4));
  const week = Math.round((monday.getTime() - firstMonday.getTime()) / DAY_MS / 7) + 1;
  return {
    year,
    week,
    label: `${pad(year, 4)}-W${pad(week, 2)}`,
    start: format(monday),
    end: format(shift(monday, 6)),
  };
}

/** The month a date falls in, YYYY-MM. */
export function monthOf(date: string): string {
  parseOrThrow(date);
  return date.slice(0, 7);
}

/** The date n days later (earlier when n is negative). */
export function addDays(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`addDays needs a whole number of days; got ${n}`);
  const result = format(shift(parseOrThrow(date), n));
  if (!isValidIsoDate(result)) {
    throw new RangeError(`${date} plus ${n} days falls outside the years 0001–9999`);
  }
  return result;
}

/** How many days b is after a: negative when b comes first. */
export function daysBetween(a: string, b: string): number {
  return Math.round((parseOrThrow(b).getTime() - parseOrThrow(a).getTime()) / DAY_MS);
}
