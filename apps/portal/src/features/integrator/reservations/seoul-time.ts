const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Korea has no daylight saving: always UTC+9. */
const SEOUL_OFFSET_MS = 9 * HOUR_MS;

/** The instant a Korean date and hour begins. */
export const seoulInstant = (date: string, hour: number) =>
  new Date(new Date(`${date}T00:00:00Z`).getTime() - SEOUL_OFFSET_MS + hour * HOUR_MS);

/** The Korean date (YYYY-MM-DD) and hour of an instant. */
export function seoulParts(at: Date): { date: string; hour: number } {
  const shifted = new Date(at.getTime() + SEOUL_OFFSET_MS);
  return { date: shifted.toISOString().slice(0, 10), hour: shifted.getUTCHours() };
}

export const addSeoulDays = (date: string, days: number) =>
  new Date(new Date(`${date}T00:00:00Z`).getTime() + days * DAY_MS).toISOString().slice(0, 10);

export const hoursBetween = (from: Date, to: Date) => (to.getTime() - from.getTime()) / HOUR_MS;
