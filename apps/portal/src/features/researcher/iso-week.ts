/** Today's date in Korea time (YYYY-MM-DD): hours and the weekly cap follow Korean calendar days. */
export function seoulToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul' }).format(now);
}

const DAY_MS = 86_400_000;
const asUtc = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);
const isoDate = (date: Date) => date.toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  return isoDate(new Date(asUtc(date).getTime() + days * DAY_MS));
}

/** The Monday and Sunday of the ISO week a date falls in. */
export function isoWeekOf(date: string): { monday: string; sunday: string; label: string } {
  const day = asUtc(date);
  const weekday = (day.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const monday = addDays(date, -weekday);
  const thursday = asUtc(addDays(monday, 3));
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.floor((thursday.getTime() - yearStart) / DAY_MS / 7) + 1;
  return {
    monday,
    sunday: addDays(monday, 6),
    label: `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`,
  };
}
