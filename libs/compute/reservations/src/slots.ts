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

/** A reservation window that is aligned, ordered, in the future and not too long. */
export function assertReservationWindow(startsAt: Date, endsAt: Date, now = new Date()): void {
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
        message: `a reservation lasts at most ${MAX_RESERVATION_HOURS} hours`,
      });
    }
    if (startsAt <= now) problems.push({ field: 'startsAt', message: 'must be in the future' });
  }
  if (problems.length) {
    throw new BadUserInputError(
      `The reservation window is not valid: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}.`,
      { rule: 'RESERVATION_WINDOW', fields: problems },
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
