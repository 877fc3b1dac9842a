import { decodeCursor, encodeCursor, toConnection } from './connection';

describe('cursor connections', () => {
  it('round-trips a keyset cursor', () => {
    const id = '0b6a4c1e-8f2d-4a57-9c3e-1d2f3a4b5c6d';
    expect(
      decodeCursor(encodeCursor(['2026-01-01T00:00:00.000Z', id]), ['timestamp', 'uuid']),
    ).toEqual(['2026-01-01T00:00:00.000Z', id]);
  });

  it('refuses a forged or foreign cursor with BAD_USER_INPUT', () => {
    for (const forged of [
      'not-base64-json',
      encodeCursor(['only-one']),
      Buffer.from('{"a":1}').toString('base64url'),
      // The right shape with values SQL would choke on.
      encodeCursor(['a', 'zzz']),
      encodeCursor(['yesterday', '0b6a4c1e-8f2d-4a57-9c3e-1d2f3a4b5c6d']),
    ]) {
      expect(() => decodeCursor(forged, ['timestamp', 'uuid'])).toThrow(
        expect.objectContaining({
          extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
        }),
      );
    }
  });

  it('uses the extra fetched row only to tell that another page exists', () => {
    const rows = [{ id: 1 }, { id: 2 }, { id: 3 }];
    const page = toConnection(rows, 2, (row) => [row.id]);
    expect(page.nodes).toEqual([{ id: 1 }, { id: 2 }]);
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor([2]) });
    expect(toConnection(rows, 3, (row) => [row.id]).pageInfo.hasNextPage).toBe(false);
  });
});
