import { addDays, daysBetween, isValidIsoDate } from './iso-week';

/**
 * The rules on a researcher's hours. A university lets its researchers commit only so many hours
 * a week to outside engagements, and researchers log the hours they actually work, per day, in
 * quarter hours. Each rule returns null when it holds, or a sentence that names the rule and the
 * numbers, so the person can see what to change.
 */

/** The weekly cap when a university has not set its own. */
export const DEFAULT_WEEKLY_CAP_HOURS = 8;
/** Nobody works more than a day in a day. */
export const MAX_HOURS_PER_DAY = 24;
/**
 * How long a logged entry stays open to corrections: through the 14th day after its date, so the
 * entry of 2026-11-01 can be corrected until 2026-11-15 and is locked from 2026-11-16.
 */
export const CORRECTION_WINDOW_DAYS = 14;

/** Hours are logged in quarter hours. */
const HOUR_STEP = 0.25;
/** Quarter hours add up exactly in binary floating point; the tolerance only absorbs noise. */
const EPSILON = 1e-9;

/** Hours as people write them: 8, 7.5, 7.25 (never 7.250000001). */
function hours(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function requireHours(name: string, value: number): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`${name} must be a finite number of hours, 0 or more; got ${value}`);
  }
}

function requireDate(name: string, value: string): void {
  if (!isValidIsoDate(value)) {
    throw new RangeError(`${name} must be a real date written YYYY-MM-DD; got "${value}"`);
  }
}

/**
 * Whether a researcher may commit `adding` more hours a week to a new engagement, given the hours
 * already committed to approved engagements and the university's weekly cap.
 */
export function committedHoursProblem(
  capHours: number,
  existingCommitted: number,
  adding: number,
  researcherName: string,
): string | null {
  requireHours('capHours', capHours);
  requireHours('existingCommitted', existingCommitted);
  if (!Number.isFinite(adding) || adding <= 0) {
    return `committed hours must be more than 0 h/week; got ${String(adding)}`;
  }
  const total = existingCommitted + adding;
  if (total > capHours + EPSILON) {
    return (
      `committing ${hours(adding)} h/week would bring ${researcherName}'s approved engagements ` +
      `to ${hours(total)} h/week, above the university's cap of ${hours(capHours)} h/week ` +
      `(already ${hours(existingCommitted)} h/week)`
    );
  }
  return null;
}

/**
 * Whether `adding` more hours fit in an ISO week that already has `loggedThisWeek` hours, under
 * the weekly cap. Check the entry itself with dailyHoursProblem first.
 */
export function weeklyHoursProblem(
  capHours: number,
  weekLabel: string,
  loggedThisWeek: number,
  adding: number,
): string | null {
  requireHours('capHours', capHours);
  requireHours('loggedThisWeek', loggedThisWeek);
  requireHours('adding', adding);
  const total = loggedThisWeek + adding;
  if (total > capHours + EPSILON) {
    return (
      `logging ${hours(adding)} h would bring week ${weekLabel} to ${hours(total)} h, ` +
      `above the cap of ${hours(capHours)} h (already ${hours(loggedThisWeek)} h logged)`
    );
  }
  return null;
}

/** The hours of one day's entry: more than 0, at most 24, in quarter hours (7.25, not 7.1). */
export function dailyHoursProblem(hoursLogged: number): string | null {
  if (!Number.isFinite(hoursLogged)) {
    return `hours must be a number such as 7.5; got ${String(hoursLogged)}`;
  }
  if (hoursLogged <= 0) {
    return `hours must be more than 0; got ${String(hoursLogged)}`;
  }
  if (hoursLogged > MAX_HOURS_PER_DAY + EPSILON) {
    return `hours must be at most ${MAX_HOURS_PER_DAY} a day; got ${String(hoursLogged)}`;
  }
  const quarters = hoursLogged / HOUR_STEP;
  if (Math.abs(quarters - Math.round(quarters)) > EPSILON) {
    return `hours must be in steps of a quarter hour (${HOUR_STEP} h), such as 7.25; got ${String(hoursLogged)}`;
  }
  return null;
}

/** What an entry's date is checked against. All dates are YYYY-MM-DD; today is Korea's. */
export interface EntryDateBounds {
  startDate: string;
  /** null while the engagement is open-ended. */
  endDate: string | null;
  /** null while the engagement is not approved. */
  approvedOn: string | null;
  today: string;
}

/**
 * Whether hours may be logged for `entryDate`: the engagement must be approved, and the day must
 * lie on or after both its start and its approval, on or before its end, and not after today.
 * When a day is too early (or too late) for two reasons, the message names the bound that
 * decides, the later start (or the earlier end), so it always says the first (or last) day that
 * would be accepted.
 */
export function entryDateProblem(entryDate: string, bounds: EntryDateBounds): string | null {
  const { startDate, endDate, approvedOn, today } = bounds;
  requireDate('startDate', startDate);
  if (endDate !== null) requireDate('endDate', endDate);
  if (approvedOn !== null) requireDate('approvedOn', approvedOn);
  requireDate('today', today);
  if (!isValidIsoDate(entryDate)) {
    return `the entry's date must be a real date written YYYY-MM-DD, such as ${today}; got ${entryDate}`;
  }
  if (approvedOn === null) {
    return 'the engagement is not approved yet; hours can be logged once it is approved';
  }
  // YYYY-MM-DD strings of valid dates sort like the dates themselves.
  if (entryDate < startDate || entryDate < approvedOn) {
    return approvedOn > startDate
      ? `the entry of ${entryDate} is before the engagement was approved on ${approvedOn}`
      : `the entry of ${entryDate} is before the engagement starts on ${startDate}`;
  }
  if (endDate !== null && endDate < today && entryDate > endDate) {
    return `the entry of ${entryDate} is after the engagement ends on ${endDate}`;
  }
  if (entryDate > today) {
    return `the entry of ${entryDate} is in the future; today is ${today} in Korea`;
  }
  return null;
}

/**
 * The last day an entry can be corrected: CORRECTION_WINDOW_DAYS after its date. Day 14 is still
 * open; the entry locks when the next day starts in Korea.
 */
export function lastCorrectionDate(entryDate: string): string {
  return addDays(entryDate, CORRECTION_WINDOW_DAYS);
}

/**
 * Whether an entry may still be corrected (changed or deleted) today. It is locked when today is
 * more than CORRECTION_WINDOW_DAYS after its date: the entry of 2026-11-01 is open on 2026-11-15
 * (14 days after) and locked on 2026-11-16.
 */
export function correctionProblem(entryDate: string, today: string): string | null {
  if (daysBetween(entryDate, today) <= CORRECTION_WINDOW_DAYS) return null;
  const lastDay = lastCorrectionDate(entryDate);
  return (
    `entries can be corrected until ${CORRECTION_WINDOW_DAYS} days after their date; ` +
    `the entry of ${entryDate} could be corrected until ${lastDay} and is locked since ${addDays(lastDay, 1)}`
  );
}
