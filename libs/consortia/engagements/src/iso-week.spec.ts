import { addDays, daysBetween, isoWeekOf, isValidIsoDate, monthOf, seoulToday } from './iso-week';

/**
 * The ISO week written a second way, from the ordinal day of the year, so the tests do not trust
 * the code they test: week = ⌊(ordinal − weekday + 10) / 7⌋ with Monday 1 … Sunday 7, moved into
 * the previous year's last week or the next year's first week when it falls outside the year.
 */
function referenceWeek(year: number, month: number, day: number): { year: number; week: number } {
  const weekday = (y: number, m: number, d: number): number =>
    ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1;
  const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const weeksIn = (y: number): number =>
    weekday(y, 1, 1) === 4 || (isLeap(y) && weekday(y, 1, 1) === 3) ? 53 : 52;
  const ordinal = (Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / 86_400_000 + 1;
  const week = Math.floor((ordinal - weekday(year, month, day) + 10) / 7);
  if (week < 1) return { year: year - 1, week: weeksIn(year - 1) };
  if (week > weeksIn(year)) return { year: year + 1, week: 1 };
  return { year, week };
}

/** Runs a check with the process in another time zone, then puts the zone back. */
function inTimeZone(zone: string, check: () => void): void {
  const saved = process.env.TZ;
  process.env.TZ = zone;
  try {
    check();
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
}

describe('isoWeekOf', () => {
  it.each([
    // 2026 starts on a Thursday, so it has 53 weeks and keeps the first days of 2027.
    ['2026-12-31', 2026, 53, '2026-12-28', '2027-01-03'],
    ['2027-01-01', 2026, 53, '2026-12-28', '2027-01-03'],
    ['2027-01-03', 2026, 53, '2026-12-28', '2027-01-03'],
    ['2027-01-04', 2027, 1, '2027-01-04', '2027-01-10'],
    // 2025 starts on a Wednesday, so its first week begins in 2024.
    ['2024-12-30', 2025, 1, '2024-12-30', '2025-01-05'],
    ['2024-12-29', 2024, 52, '2024-12-23', '2024-12-29'],
    ['2026-01-01', 2026, 1, '2025-12-29', '2026-01-04'],
    ['2026-11-23', 2026, 48, '2026-11-23', '2026-11-29'],
    ['2026-11-29', 2026, 48, '2026-11-23', '2026-11-29'],
    ['2026-11-30', 2026, 49, '2026-11-30', '2026-12-06'],
    // 2020 is a leap year starting on a Wednesday: 53 weeks.
    ['2021-01-03', 2020, 53, '2020-12-28', '2021-01-03'],
    ['2008-12-29', 2009, 1, '2008-12-29', '2009-01-04'],
    ['2010-01-03', 2009, 53, '2009-12-28', '2010-01-03'],
    ['0001-01-01', 1, 1, '0001-01-01', '0001-01-07'],
  ])('puts %s in week %i-W%i (%s to %s)', (date, year, week, start, end) => {
    const label = `${String(year).padStart(4, '0')}-W${String(week).padStart(2, '0')}`;
    expect(isoWeekOf(date)).toEqual({ year, week, label, start, end });
  });

  it('agrees with the reference on every day from 1999 to 2041', () => {
    let date = '1999-01-01';
    while (date < '2042-01-01') {
      const [year, month, day] = date.split('-').map(Number);
      const { year: weekYear, week } = isoWeekOf(date);
      expect({ year: weekYear, week }).toEqual(referenceWeek(year, month, day));
      date = addDays(date, 1);
    }
  });

  it('gives every week seven days from Monday to Sunday', () => {
    for (let date = '2025-12-01'; date < '2027-02-01'; date = addDays(date, 1)) {
      const week = isoWeekOf(date);
      expect(daysBetween(week.start, date)).toBeGreaterThanOrEqual(0);
      expect(daysBetween(date, week.end)).toBeGreaterThanOrEqual(0);
      expect(daysBetween(week.start, week.end)).toBe(6);
      expect(new Date(`${week.start}T00:00:00Z`).getUTCDay()).toBe(1);
    }
  });

  it('refuses what is not a real date', () => {
    expect(() => isoWeekOf('2026-02-30')).toThrow(RangeError);
    expect(() => isoWeekOf('2026-W48')).toThrow(RangeError);
  });
});

describe('seoulToday', () => {
  it.each([
    ['2026-11-29T14:59:59.999Z', '2026-11-29'],
    ['2026-11-29T15:00:00.000Z', '2026-11-30'],
    ['2026-12-31T15:00:00.000Z', '2027-01-01'],
    ['2027-01-01T08:59:59.000Z', '2027-01-01'],
    ['2024-02-28T15:00:00.000Z', '2024-02-29'],
  ])('reads %s as %s in Korea (UTC+9, no daylight saving)', (instant, date) => {
    expect(seoulToday(new Date(instant))).toBe(date);
  });

  it("does not depend on the server's time zone", () => {
    for (const zone of ['America/Los_Angeles', 'Europe/Berlin', 'Pacific/Kiritimati']) {
      inTimeZone(zone, () => {
        expect(seoulToday(new Date('2026-03-29T01:30:00Z'))).toBe('2026-03-29');
        expect(seoulToday(new Date('2026-03-28T16:30:00Z'))).toBe('2026-03-29');
      });
    }
  });

  it('defaults to now', () => {
    expect(isValidIsoDate(seoulToday())).toBe(true);
  });

  it('refuses an invalid Date', () => {
    expect(() => seoulToday(new Date('not a date'))).toThrow(RangeError);
  });
});

describe('isValidIsoDate', () => {
  it.each(['2026-11-29', '2024-02-29', '2000-02-29', '2026-12-31', '0001-01-01', '9999-12-31'])(
    'accepts %s',
    (date) => {
      expect(isValidIsoDate(date)).toBe(true);
    },
  );

  it.each([
    '2026-02-30',
    '2026-02-29',
    '1900-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-11-00',
    '0000-01-01',
    '2026-1-5',
    '26-11-29',
    '2026/11/29',
    '2026-11-29T00:00:00Z',
    ' 2026-11-29',
    '',
  ])('rejects %j', (date) => {
    expect(isValidIsoDate(date)).toBe(false);
  });
});

describe('monthOf', () => {
  it('gives the month as YYYY-MM', () => {
    expect(monthOf('2026-11-29')).toBe('2026-11');
    expect(monthOf('2027-01-01')).toBe('2027-01');
  });

  it('refuses what is not a real date', () => {
    expect(() => monthOf('2026-02-30')).toThrow(RangeError);
  });
});

describe('addDays', () => {
  it.each([
    ['2026-11-29', 1, '2026-11-30'],
    ['2026-11-30', 1, '2026-12-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2026-11-01', 14, '2026-11-15'],
    ['2026-11-29', 0, '2026-11-29'],
    ['2026-01-01', 365, '2027-01-01'],
  ])('%s plus %i days is %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
  });

  it('steps over daylight saving changes one calendar day at a time', () => {
    inTimeZone('Europe/Berlin', () => {
      expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
      expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
      expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
      expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    });
  });

  it('refuses fractions of a day, unreal dates and years past 9999', () => {
    expect(() => addDays('2026-11-29', 0.5)).toThrow(RangeError);
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
    expect(() => addDays('0001-01-01', -1)).toThrow(RangeError);
  });
});

describe('daysBetween', () => {
  it.each([
    ['2026-11-01', '2026-11-15', 14],
    ['2026-11-15', '2026-11-01', -14],
    ['2026-11-29', '2026-11-29', 0],
    ['2026-12-31', '2027-01-01', 1],
    ['2024-01-01', '2025-01-01', 366],
    ['2026-01-01', '2027-01-01', 365],
  ])('from %s to %s is %i days', (a, b, expected) => {
    expect(daysBetween(a, b)).toBe(expected);
  });

  it('refuses what is not a real date', () => {
    expect(() => daysBetween('2026-02-30', '2026-03-01')).toThrow(RangeError);
    expect(() => daysBetween('2026-03-01', 'tomorrow')).toThrow(RangeError);
  });
});
