import { assertReservationWindow, peakWindowDeviceHours, refundFor, slotsOf } from './slots';

const at = (iso: string) => new Date(iso);
const now = at('2026-12-01T00:00:00Z');

describe('reservation slots', () => {
  it('cover whole hours from start to end', () => {
    expect(
      slotsOf(at('2026-12-02T09:00:00Z'), at('2026-12-02T12:00:00Z')).map((d) => d.toISOString()),
    ).toEqual(['2026-12-02T09:00:00.000Z', '2026-12-02T10:00:00.000Z', '2026-12-02T11:00:00.000Z']);
  });

  it.each([
    ['2026-12-02T09:30:00Z', '2026-12-02T12:00:00Z', 'startsAt'],
    ['2026-12-02T09:00:00Z', '2026-12-02T09:00:00Z', 'endsAt'],
    ['2026-11-30T09:00:00Z', '2026-11-30T12:00:00Z', 'startsAt'],
    ['2026-12-02T09:00:00Z', '2027-01-30T09:00:00Z', 'endsAt'],
  ])('refuse %s – %s, naming %s', (start, end, field) => {
    expect(() => assertReservationWindow(at(start), at(end), now)).toThrow(
      expect.objectContaining({
        extensions: expect.objectContaining({
          code: 'BAD_USER_INPUT',
          fields: [expect.objectContaining({ field })],
        }),
      }),
    );
  });

  it('refund by notice: 48 h or more in full, 2 h or more half, later nothing', () => {
    const start = at('2026-12-05T00:00:00Z');
    expect(refundFor(101, start, at('2026-12-03T00:00:00Z'))).toBe(101); // exactly 48 h
    expect(refundFor(101, start, at('2026-12-03T00:00:01Z'))).toBe(50); // just under 48 h: half, rounded down
    expect(refundFor(101, start, at('2026-12-04T22:00:00Z'))).toBe(50); // exactly 2 h
    expect(refundFor(101, start, at('2026-12-04T22:00:01Z'))).toBe(0);
  });
});

describe('the busiest week of a set of reservations', () => {
  const span = (devices: number, from: string, to: string) => ({
    devices,
    startsAt: at(from),
    endsAt: at(to),
  });

  it('adds up overlapping spans hour by hour', () => {
    // 2 devices × 10 h + 3 devices × 4 h = 32 device-hours, all inside one week
    const peak = peakWindowDeviceHours([
      span(2, '2026-12-01T00:00:00Z', '2026-12-01T10:00:00Z'),
      span(3, '2026-12-01T06:00:00Z', '2026-12-01T10:00:00Z'),
    ]);
    expect(peak.deviceHours).toBe(32);
  });

  it('looks at every 168-hour window, not calendar weeks', () => {
    // 10 h on day 1 and 10 h on day 7 fall in one rolling week (20); day 1 and day 9 do not (10)
    expect(
      peakWindowDeviceHours([
        span(1, '2026-12-01T00:00:00Z', '2026-12-01T10:00:00Z'),
        span(1, '2026-12-07T00:00:00Z', '2026-12-07T10:00:00Z'),
      ]).deviceHours,
    ).toBe(20);
    expect(
      peakWindowDeviceHours([
        span(1, '2026-12-01T00:00:00Z', '2026-12-01T10:00:00Z'),
        span(1, '2026-12-09T00:00:00Z', '2026-12-09T10:00:00Z'),
      ]).deviceHours,
    ).toBe(10);
  });
});
