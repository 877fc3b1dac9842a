import { containsPattern, returnedRows } from './sql';

describe('SQL helpers', () => {
  it('escape LIKE wildcards so a search means its text', () => {
    expect(containsPattern(' 50%_off\\ ')).toBe('%50\\%\\_off\\\\%');
  });

  it('read the rows of an UPDATE/DELETE ... RETURNING, which TypeORM answers as [rows, affected]', () => {
    expect(returnedRows([[{ id: 'a' }], 1])).toEqual([{ id: 'a' }]);
    expect(returnedRows([[], 0])).toEqual([]);
    expect(returnedRows([{ id: 'a' }, { id: 'b' }])).toEqual([{ id: 'a' }, { id: 'b' }]);
  });
});
