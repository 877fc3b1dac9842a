import { decodeCursor, encodeCursor, toConnection } from './connection';

describe('cursor connections', () => {
  it('round-trips a keyset cursor', () => {
    expect(decodeCursor(encodeCursor(['2026-01-01T00:00:00.000Z', 'abc']), 2)).toEqual([
      '2026-01-01T00:00:00.000Z',
      'abc',
    ]);
  });

  it('refuses a forged or foreign cursor with BAD_USER_INPUT', () => {
    for (const forged of [
      'not-base64-json',
      encodeCursor(['only-one']),
      Buffer.from('{"a":1}').toString('base64url'),
    ]) {
      expect(() => decodeCursor(forged, 2)).toThrow(
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
