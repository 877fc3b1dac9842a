import { assertReservationWindow, refundFor, slotsOf } from './slots';

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
