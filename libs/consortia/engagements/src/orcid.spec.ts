import { checkOrcid, orcidCheckCharacter, randomOrcid } from './orcid';

/**
 * The check character written the way ISO 7064 states it, so the tests do not trust the code they
 * test: the weighted sum of all sixteen characters (weights 2^15 … 2^1, and 1 for the check
 * character, X counting 10) must leave 1 when divided by 11.
 */
function referenceCheckCharacter(first15: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i += 1) sum += Number(first15[i]) * 2 ** (15 - i);
  for (let check = 0; check <= 10; check += 1) {
    if ((sum + check) % 11 === 1) return check === 10 ? 'X' : String(check);
  }
  throw new Error('no check character fits');
}

describe('orcidCheckCharacter', () => {
  it.each([
    ['000000021825009', '7'],
    ['000000015109370', '0'],
    ['000000021694233', 'X'],
    ['000000000000000', '1'],
    ['000000000000002', '8'],
  ])('computes the check character of %s as %s', (first15, expected) => {
    expect(orcidCheckCharacter(first15)).toBe(expected);
    expect(referenceCheckCharacter(first15)).toBe(expected);
  });

  it('agrees with the reference on many iDs', () => {
    for (let n = 0; n < 2000; n += 1) {
      const first15 = String((n * 7_919_007_013 + 15_000_000) % 1e15).padStart(15, '0');
      expect(orcidCheckCharacter(first15)).toBe(referenceCheckCharacter(first15));
    }
  });

  it('refuses anything but fifteen digits', () => {
    expect(() => orcidCheckCharacter('00000002182500')).toThrow(RangeError);
    expect(() => orcidCheckCharacter('0000000218250097')).toThrow(RangeError);
    expect(() => orcidCheckCharacter('0000-0002-1825-0')).toThrow(RangeError);
    expect(() => orcidCheckCharacter('00000002182500X')).toThrow(RangeError);
  });
});

describe('checkOrcid', () => {
  it.each(['0000-0002-1825-0097', '0000-0001-5109-3700', '0000-0002-1694-233X'])(
    'accepts the known valid iD %s',
    (orcid) => {
      expect(checkOrcid(orcid)).toEqual({ ok: true, orcid });
    },
  );

  it.each([
    ['https://orcid.org/0000-0002-1825-0097', '0000-0002-1825-0097'],
    ['http://orcid.org/0000-0002-1825-0097', '0000-0002-1825-0097'],
    ['https://www.orcid.org/0000-0002-1825-0097', '0000-0002-1825-0097'],
    ['orcid.org/0000-0002-1825-0097', '0000-0002-1825-0097'],
    ['HTTPS://ORCID.ORG/0000-0002-1825-0097', '0000-0002-1825-0097'],
    ['0000000218250097', '0000-0002-1825-0097'],
    ['https://orcid.org/000000021694233X', '0000-0002-1694-233X'],
    ['0000-0002-1694-233x', '0000-0002-1694-233X'],
    ['  0000-0001-5109-3700\t', '0000-0001-5109-3700'],
  ])('accepts %j and writes it as %s', (input, orcid) => {
    expect(checkOrcid(input)).toEqual({ ok: true, orcid });
  });

  it('names the right last character when the check fails', () => {
    expect(checkOrcid('0000-0002-1825-0095')).toEqual({
      ok: false,
      problem: 'fails its ISO 7064 MOD 11-2 check: the last character should be 7, not 5',
    });
    expect(checkOrcid('0000-0002-1694-2330')).toEqual({
      ok: false,
      problem: 'fails its ISO 7064 MOD 11-2 check: the last character should be X, not 0',
    });
    expect(checkOrcid('0000-0001-5109-370X')).toEqual({
      ok: false,
      problem: 'fails its ISO 7064 MOD 11-2 check: the last character should be 0, not X',
    });
  });

  it('catches a swap of two neighbouring digits', () => {
    expect(checkOrcid('0000-0002-8125-0097').ok).toBe(false);
    expect(checkOrcid('0000-0002-1852-0097').ok).toBe(false);
  });

  it.each([
    ['0000-0002-1825-009', 'must be 16 characters like 0000-0002-1825-0097; got 15'],
    ['00000002182500970', 'must be 16 characters like 0000-0002-1825-0097; got 17'],
    ['https://orcid.org/', 'is empty; enter the 16 characters such as 0000-0002-1825-0097'],
    ['--', 'must be 16 characters like 0000-0002-1825-0097; got 0'],
  ])('says how many characters %j has', (input, problem) => {
    expect(checkOrcid(input)).toEqual({ ok: false, problem });
  });

  it('says so when nothing was entered', () => {
    expect(checkOrcid('   ')).toEqual({
      ok: false,
      problem: 'is empty; enter the 16 characters such as 0000-0002-1825-0097',
    });
  });

  it.each([
    '0000 0002 1825 0097',
    '0000.0002.1825.0097',
    '0000-0002-1825-OO97',
    'https://example.org/0000-0002-1825-0097',
    '０000-0002-1825-0097',
  ])('refuses other characters in %j', (input) => {
    expect(checkOrcid(input)).toEqual({
      ok: false,
      problem: 'may contain only digits, hyphens and a final X, such as 0000-0002-1825-0097',
    });
  });

  it('allows X only as the last character', () => {
    expect(checkOrcid('0000-000X-1825-0097')).toEqual({
      ok: false,
      problem: 'may have X only as its last character, such as 0000-0002-1694-233X',
    });
  });

  it.each([
    '0000-00021825-0097',
    '00-000002-1825-0097',
    '0000--0002-1825-0097',
    '-0000000218250097',
  ])('refuses hyphens out of place in %j', (input) => {
    expect(checkOrcid(input)).toEqual({
      ok: false,
      problem:
        'must be written in 4 groups of 4 characters separated by hyphens, like 0000-0002-1825-0097',
    });
  });
});

describe('randomOrcid', () => {
  it('makes hyphenated iDs that pass the check', () => {
    for (let n = 0; n < 200; n += 1) {
      const orcid = randomOrcid();
      expect(orcid).toMatch(/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/);
      expect(checkOrcid(orcid)).toEqual({ ok: true, orcid });
    }
  });

  it('stays outside the blocks ORCID issues from', () => {
    for (let n = 0; n < 50; n += 1) {
      expect(randomOrcid().startsWith('0000-0000-')).toBe(true);
    }
  });
});
