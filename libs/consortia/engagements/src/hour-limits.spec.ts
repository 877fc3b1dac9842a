import {
  committedHoursProblem,
  correctionProblem,
  CORRECTION_WINDOW_DAYS,
  dailyHoursProblem,
  DEFAULT_WEEKLY_CAP_HOURS,
  entryDateProblem,
  lastCorrectionDate,
  MAX_HOURS_PER_DAY,
  weeklyHoursProblem,
  type EntryDateBounds,
} from './hour-limits';

describe('the limits', () => {
  it('are the ones the product promises', () => {
    expect(DEFAULT_WEEKLY_CAP_HOURS).toBe(8);
    expect(MAX_HOURS_PER_DAY).toBe(24);
    expect(CORRECTION_WINDOW_DAYS).toBe(14);
  });
});

describe('committedHoursProblem', () => {
  it('names the hours, the total, the cap and what is already committed', () => {
    expect(committedHoursProblem(8, 6, 4, 'Dr. Kim')).toBe(
      "committing 4 h/week would bring Dr. Kim's approved engagements to 10 h/week, " +
        "above the university's cap of 8 h/week (already 6 h/week)",
    );
  });

  it.each([
    [8, 0, 8],
    [8, 6, 2],
    [8, 7.75, 0.25],
    [10, 0, 10],
  ])('lets a researcher reach the cap of %d h/week exactly (%d + %d)', (cap, existing, adding) => {
    expect(committedHoursProblem(cap, existing, adding, 'Dr. Kim')).toBeNull();
  });

  it('refuses a quarter hour over the cap', () => {
    expect(committedHoursProblem(8, 7.75, 0.5, 'Dr. Lee')).toBe(
      "committing 0.5 h/week would bring Dr. Lee's approved engagements to 8.25 h/week, " +
        "above the university's cap of 8 h/week (already 7.75 h/week)",
    );
  });

  it('refuses a single engagement above the cap', () => {
    expect(committedHoursProblem(8, 0, 9, 'Dr. Park')).toBe(
      "committing 9 h/week would bring Dr. Park's approved engagements to 9 h/week, " +
        "above the university's cap of 8 h/week (already 0 h/week)",
    );
  });

  it('is not fooled by decimal fractions that binary floating point cannot hold', () => {
    expect(committedHoursProblem(0.3, 0.1, 0.2, 'Dr. Kim')).toBeNull();
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])(
    'refuses committing %d h/week',
    (adding) => {
      expect(committedHoursProblem(8, 0, adding, 'Dr. Kim')).toBe(
        `committed hours must be more than 0 h/week; got ${String(adding)}`,
      );
    },
  );

  it('refuses a cap or a committed total that cannot be hours', () => {
    expect(() => committedHoursProblem(Number.NaN, 0, 1, 'Dr. Kim')).toThrow(RangeError);
    expect(() => committedHoursProblem(8, -1, 1, 'Dr. Kim')).toThrow(RangeError);
  });
});

describe('weeklyHoursProblem', () => {
  it('names the hours, the week, the total, the cap and what is already logged', () => {
    expect(weeklyHoursProblem(8, '2026-W48', 6, 3)).toBe(
      'logging 3 h would bring week 2026-W48 to 9 h, above the cap of 8 h (already 6 h logged)',
    );
  });

  it('lets the week reach the cap exactly', () => {
    expect(weeklyHoursProblem(8, '2026-W48', 6, 2)).toBeNull();
    expect(weeklyHoursProblem(8, '2026-W48', 7.75, 0.25)).toBeNull();
    expect(weeklyHoursProblem(8, '2026-W48', 0, 8)).toBeNull();
  });

  it('adds quarter hours exactly', () => {
    let logged = 0;
    for (let i = 0; i < 32; i += 1) {
      expect(weeklyHoursProblem(8, '2026-W48', logged, 0.25)).toBeNull();
      logged += 0.25;
    }
    expect(logged).toBe(8);
    expect(weeklyHoursProblem(8, '2026-W48', logged, 0.25)).toBe(
      'logging 0.25 h would bring week 2026-W48 to 8.25 h, above the cap of 8 h (already 8 h logged)',
    );
  });

  it('writes fractional hours plainly', () => {
    expect(weeklyHoursProblem(8, '2026-W53', 5.75, 2.5)).toBe(
      'logging 2.5 h would bring week 2026-W53 to 8.25 h, above the cap of 8 h (already 5.75 h logged)',
    );
  });

  it('refuses numbers that cannot be hours', () => {
    expect(() => weeklyHoursProblem(8, '2026-W48', Number.NaN, 1)).toThrow(RangeError);
    expect(() => weeklyHoursProblem(8, '2026-W48', 0, -1)).toThrow(RangeError);
  });
});

describe('dailyHoursProblem', () => {
  it.each([0.25, 0.5, 1, 7.25, 7.5, 7.75, 8, 23.75, 24])('accepts %d h', (value) => {
    expect(dailyHoursProblem(value)).toBeNull();
  });

  it.each([
    [0, 'hours must be more than 0; got 0'],
    [-0.25, 'hours must be more than 0; got -0.25'],
    [24.25, 'hours must be at most 24 a day; got 24.25'],
    [25, 'hours must be at most 24 a day; got 25'],
    [7.1, 'hours must be in steps of a quarter hour (0.25 h), such as 7.25; got 7.1'],
    [0.2, 'hours must be in steps of a quarter hour (0.25 h), such as 7.25; got 0.2'],
    [
      1 / 3,
      'hours must be in steps of a quarter hour (0.25 h), such as 7.25; got 0.3333333333333333',
    ],
    [Number.NaN, 'hours must be a number such as 7.5; got NaN'],
    [Number.POSITIVE_INFINITY, 'hours must be a number such as 7.5; got Infinity'],
  ])('refuses %d h', (value, problem) => {
    expect(dailyHoursProblem(value)).toBe(problem);
  });
});

describe('entryDateProblem', () => {
  const bounds: EntryDateBounds = {
    startDate: '2026-09-01',
    endDate: '2027-02-28',
    approvedOn: '2026-08-20',
    today: '2026-11-29',
  };

  it.each(['2026-09-01', '2026-10-15', '2026-11-29'])('accepts an entry on %s', (date) => {
    expect(entryDateProblem(date, bounds)).toBeNull();
  });

  it('accepts any day up to today when the engagement is open-ended', () => {
    expect(entryDateProblem('2026-11-29', { ...bounds, endDate: null })).toBeNull();
    expect(entryDateProblem('2026-11-30', { ...bounds, endDate: null })).toBe(
      'the entry of 2026-11-30 is in the future; today is 2026-11-29 in Korea',
    );
  });

  it('refuses every entry while the engagement is not approved', () => {
    expect(entryDateProblem('2026-10-15', { ...bounds, approvedOn: null })).toBe(
      'the engagement is not approved yet; hours can be logged once it is approved',
    );
  });

  it('refuses entries before the start', () => {
    expect(entryDateProblem('2026-08-31', bounds)).toBe(
      'the entry of 2026-08-31 is before the engagement starts on 2026-09-01',
    );
  });

  it('refuses entries before the approval, from the approval day on', () => {
    const lateApproval = { ...bounds, approvedOn: '2026-10-01' };
    expect(entryDateProblem('2026-09-30', lateApproval)).toBe(
      'the entry of 2026-09-30 is before the engagement was approved on 2026-10-01',
    );
    expect(entryDateProblem('2026-10-01', lateApproval)).toBeNull();
  });

  it('names the later of the start and the approval when an entry is before both', () => {
    expect(entryDateProblem('2026-08-01', bounds)).toBe(
      'the entry of 2026-08-01 is before the engagement starts on 2026-09-01',
    );
    expect(entryDateProblem('2026-08-01', { ...bounds, approvedOn: '2026-10-01' })).toBe(
      'the entry of 2026-08-01 is before the engagement was approved on 2026-10-01',
    );
  });

  it('refuses entries after an end that has passed, up to the end day itself', () => {
    const ended = { ...bounds, today: '2027-03-10' };
    expect(entryDateProblem('2027-02-28', ended)).toBeNull();
    expect(entryDateProblem('2027-03-01', ended)).toBe(
      'the entry of 2027-03-01 is after the engagement ends on 2027-02-28',
    );
    expect(entryDateProblem('2027-03-20', ended)).toBe(
      'the entry of 2027-03-20 is after the engagement ends on 2027-02-28',
    );
  });

  it('refuses entries in the future, naming today rather than a later end', () => {
    expect(entryDateProblem('2026-11-30', bounds)).toBe(
      'the entry of 2026-11-30 is in the future; today is 2026-11-29 in Korea',
    );
    expect(entryDateProblem('2027-03-01', bounds)).toBe(
      'the entry of 2027-03-01 is in the future; today is 2026-11-29 in Korea',
    );
  });

  it('says so when the entry has no real date', () => {
    expect(entryDateProblem('2026-02-30', bounds)).toBe(
      "the entry's date must be a real date written YYYY-MM-DD, such as 2026-11-29; got 2026-02-30",
    );
  });

  it('refuses bounds that are not real dates', () => {
    expect(() => entryDateProblem('2026-10-15', { ...bounds, today: '2026-11-31' })).toThrow(
      RangeError,
    );
    expect(() => entryDateProblem('2026-10-15', { ...bounds, startDate: '' })).toThrow(RangeError);
    expect(() => entryDateProblem('2026-10-15', { ...bounds, endDate: '2027-2-28' })).toThrow(
      RangeError,
    );
    expect(() => entryDateProblem('2026-10-15', { ...bounds, approvedOn: 'yesterday' })).toThrow(
      RangeError,
    );
  });
});

describe('correctionProblem', () => {
  it.each([
    ['2026-11-01', '2026-11-01'],
    ['2026-11-01', '2026-11-14'],
    // Day 14 after the entry's date is the last day it can be corrected.
    ['2026-11-01', '2026-11-15'],
    ['2026-12-25', '2027-01-08'],
    // An entry dated after today is not locked (entryDateProblem refuses it anyway).
    ['2026-11-20', '2026-11-10'],
  ])('leaves the entry of %s open on %s', (entryDate, today) => {
    expect(correctionProblem(entryDate, today)).toBeNull();
  });

  it('locks the entry on day 15 and names the last day it could be corrected', () => {
    expect(correctionProblem('2026-11-01', '2026-11-16')).toBe(
      'entries can be corrected until 14 days after their date; ' +
        'the entry of 2026-11-01 could be corrected until 2026-11-15 and is locked since 2026-11-16',
    );
  });

  it('keeps the entry locked afterwards', () => {
    expect(correctionProblem('2026-12-25', '2027-03-01')).toBe(
      'entries can be corrected until 14 days after their date; ' +
        'the entry of 2026-12-25 could be corrected until 2027-01-08 and is locked since 2027-01-09',
    );
  });

  it('agrees with lastCorrectionDate', () => {
    expect(lastCorrectionDate('2026-11-01')).toBe('2026-11-15');
    expect(lastCorrectionDate('2024-02-20')).toBe('2024-03-05');
  });

  it('refuses what is not a real date', () => {
    expect(() => correctionProblem('2026-02-30', '2026-03-20')).toThrow(RangeError);
  });
});
