import { BadUserInputError } from '@vcp/platform/graphql';

export const HOUR_MS = 3_600_000;
/** Longest reservation: four weeks of hourly slots. */
export const MAX_RESERVATION_HOURS = 24 * 28;

/** Whether a time falls on an hourly slot boundary (UTC hours; Korea has no half-hour offset). */
export const onSlotBoundary = (at: Date): boolean => at.getTime() % HOUR_MS === 0;

/** The hourly slots [start, end) covers, as their start times. */
export function slotsOf(start: Date, end: Date): Date[] {
  const slots: Date[] = [];
  for (let t = start.getTime(); t < end.getTime(); t += HOUR_MS) slots.push(new Date(t));
  return slots;
}

/** A reservation (or maintenance) window that is aligned, ordered, in the future and not too long. */
export function assertReservationWindow(
  startsAt: Date,
  endsAt: Date,
  now = new Date(),
  what: 'reservation' | 'maintenance' = 'reservation',
): void {
  const problems: { field: string; message: string }[] = [];
  if (
    !(startsAt instanceof Date) ||
    Number.isNaN(startsAt.getTime()) ||
    !onSlotBoundary(startsAt)
  ) {
    problems.push({
      field: 'startsAt',
      message: 'must start on the hour, e.g. 2026-12-01T09:00:00+09:00',
    });
  }
  if (!(endsAt instanceof Date) || Number.isNaN(endsAt.getTime()) || !onSlotBoundary(endsAt)) {
    problems.push({ field: 'endsAt', message: 'must end on the hour' });
  }
  if (problems.length === 0) {
    if (endsAt <= startsAt) problems.push({ field: 'endsAt', message: 'must be after startsAt' });
    else if ((endsAt.getTime() - startsAt.getTime()) / HOUR_MS > MAX_RESERVATION_HOURS) {
      problems.push({
        field: 'endsAt',
        message: `a ${what} lasts at most ${MAX_RESERVATION_HOURS} hours`,
      });
    }
    if (startsAt <= now) problems.push({ field: 'startsAt', message: 'must be in the future' });
  }
  if (problems.length) {
    throw new BadUserInputError(
      `The ${what} window is not valid: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}.`,
      {
        rule: what === 'reservation' ? 'RESERVATION_WINDOW' : 'MAINTENANCE_WINDOW',
        fields: problems,
      },
    );
  }
}

/**
 * Credits back for a cancellation, by notice before the start: 48 hours or more all of it, 2 hours
 * or more half (rounded down), later nothing.
 */
export function refundFor(credits: number, startsAt: Date, cancelledAt: Date): number {
  const noticeHours = (startsAt.getTime() - cancelledAt.getTime()) / HOUR_MS;
  if (noticeHours >= 48) return credits;
  if (noticeHours >= 2) return Math.floor(credits / 2);
  return 0;
}

/** An organisation may hold at most this share of a pool's device-hours in any 7-day window. */
export const ORGANIZATION_WEEKLY_SHARE = 0.2;
/** A consortium may hold at most this share of a pool's device-hours in any 7-day window. */
export const CONSORTIUM_WEEKLY_SHARE = 0.5;
export const WEEK_HOURS = 168;

export interface HeldSpan {
  devices: number;
  startsAt: Date;
  endsAt: Date;
}

/**
 * The most device-hours the spans hold in any window of `windowHours` consecutive hours, found
 * with a sliding sum over an hourly timeline (so the cap holds for every window, not a calendar
 * week).
 */
export function peakWindowDeviceHours(
  spans: readonly HeldSpan[],
  windowHours = WEEK_HOURS,
): { deviceHours: number; windowStart: Date | null } {
  if (spans.length === 0) return { deviceHours: 0, windowStart: null };
  const first = Math.min(...spans.map((s) => s.startsAt.getTime()));
  const last = Math.max(...spans.map((s) => s.endsAt.getTime()));
  const hours = Math.round((last - first) / HOUR_MS);
  const perHour = new Array<number>(hours).fill(0);
  for (const span of spans) {
    const from = Math.round((span.startsAt.getTime() - first) / HOUR_MS);
    const to = Math.round((span.endsAt.getTime() - first) / HOUR_MS);
    for (let h = from; h < to; h++) perHour[h] += span.devices;
  }
  let sum = 0;
  let best = 0;
  let bestStart = 0;
  for (let h = 0; h < perHour.length; h++) {
    sum += perHour[h];
    if (h >= windowHours) sum -= perHour[h - windowHours];
    if (sum > best) {
      best = sum;
      bestStart = Math.max(0, h - windowHours + 1);
    }
  }
  return { deviceHours: best, windowStart: new Date(first + bestStart * HOUR_MS) };
}
