import {
  brnCheckDigit,
  checkBusinessRegistrationNumber,
  formatBusinessRegistrationNumber,
} from './business-registration-number';

/** The check digit written out a second way, so the tests do not trust the code they test. */
function referenceCheckDigit(firstNine: string): number {
  const weights = '137137135';
  let sum = 0;
  for (let i = 0; i < 9; i += 1) sum += Number(firstNine[i]) * Number(weights[i]);
  sum += Math.floor((Number(firstNine[8]) * 5) / 10);
  return (10 - (sum % 10)) % 10;
}

describe('brnCheckDigit', () => {
  it.each([
    // 2·1 + 2·3 + 0·7 + 8·1 + 1·3 + 6·7 + 2·1 + 5·3 + 1·5 = 83; ⌊1·5/10⌋ = 0; 83 → 7 (a real number)
    ['220816251', 7],
    // 1 + 6 + 21 + 4 + 15 + 42 + 7 + 24 + 45 = 165; ⌊9·5/10⌋ = 4; 169 → 1
    ['123456789', 1],
    // 1 + 0 + 7 + 8 + 3 + 7 + 2 + 9 + 20 = 57; ⌊4·5/10⌋ = 2; 59 → 1
    ['101811234', 1],
    // 1 + 0 + 28 + 8 + 3 + 0 + 0 + 0 + 0 = 40; 40 is already a multiple of ten → 0
    ['104810000', 0],
  ])('computes the check digit of %s as %i', (firstNine, expected) => {
    expect(brnCheckDigit(firstNine)).toBe(expected);
    expect(referenceCheckDigit(firstNine)).toBe(expected);
  });

  it('agrees with the reference on many numbers', () => {
    for (let n = 0; n < 2000; n += 1) {
      const firstNine = String((n * 7_919_007 + 104_810_000) % 1_000_000_000).padStart(9, '0');
      expect(brnCheckDigit(firstNine)).toBe(referenceCheckDigit(firstNine));
    }
  });

  it('refuses anything but nine digits', () => {
    expect(() => brnCheckDigit('12345678')).toThrow(RangeError);
    expect(() => brnCheckDigit('12345678a')).toThrow(RangeError);
    expect(() => brnCheckDigit('123-45-678')).toThrow(RangeError);
  });
});

describe('checkBusinessRegistrationNumber', () => {
  it.each(['220-81-62517', '2208162517', ' 220-81-62517 ', '220 81 62517', '220-8162517'])(
    'accepts %j and returns its bare digits',
    (input) => {
      expect(checkBusinessRegistrationNumber(input)).toEqual({ ok: true, digits: '2208162517' });
    },
  );

  it('accepts numbers whose check digit is 0', () => {
    expect(checkBusinessRegistrationNumber('104-81-00000')).toEqual({
      ok: true,
      digits: '1048100000',
    });
  });

  it('names the right last digit when the check digit is wrong', () => {
    expect(checkBusinessRegistrationNumber('220-81-62511')).toEqual({
      ok: false,
      problem: 'fails its check digit: the last digit should be 7, not 1',
    });
    // The format's own example is not a valid number: 123-45-6789 takes 1.
    expect(checkBusinessRegistrationNumber('123-45-67890')).toEqual({
      ok: false,
      problem: 'fails its check digit: the last digit should be 1, not 0',
    });
  });

  it('catches a swap of two digits', () => {
    const result = checkBusinessRegistrationNumber('202-81-62517');
    expect(result.ok).toBe(false);
  });

  it.each([
    ['220-81-6251', 'must be 10 digits such as 123-45-67890; got 9 digits'],
    ['220-81-625170', 'must be 10 digits such as 123-45-67890; got 11 digits'],
    ['2', 'must be 10 digits such as 123-45-67890; got 1 digit'],
    ['--', 'must be 10 digits such as 123-45-67890; got 0 digits'],
  ])('says how many digits %j has', (input, problem) => {
    expect(checkBusinessRegistrationNumber(input)).toEqual({ ok: false, problem });
  });

  it.each([
    '220-81-6251O',
    'ABC-DE-FGHIJ',
    '220.81.62517',
    '220/81/62517',
    '２２０-８１-６２５１７',
  ])('refuses other characters in %j', (input) => {
    expect(checkBusinessRegistrationNumber(input)).toEqual({
      ok: false,
      problem: 'may contain only digits and hyphens, such as 123-45-67890',
    });
  });

  it('says so when nothing was entered', () => {
    expect(checkBusinessRegistrationNumber('   ')).toEqual({
      ok: false,
      problem: 'is empty; enter the 10 digits such as 123-45-67890',
    });
  });
});

describe('formatBusinessRegistrationNumber', () => {
  it('writes ten digits as NNN-NN-NNNNN', () => {
    expect(formatBusinessRegistrationNumber('2208162517')).toBe('220-81-62517');
  });

  it('round-trips with the check', () => {
    const result = checkBusinessRegistrationNumber('220 81 62517');
    if (!result.ok) throw new Error(result.problem);
    expect(formatBusinessRegistrationNumber(result.digits)).toBe('220-81-62517');
  });

  it('refuses anything but ten bare digits', () => {
    expect(() => formatBusinessRegistrationNumber('220-81-62517')).toThrow(RangeError);
    expect(() => formatBusinessRegistrationNumber('220816251')).toThrow(RangeError);
  });
});
