import { randomInt } from 'node:crypto';

/**
 * Korean business registration numbers (사업자등록번호): ten digits written NNN-NN-NNNNN, issued
 * by the National Tax Service. The tenth digit is a check digit, so most typing mistakes are
 * caught before a registration is stored.
 */

/** The outcome of checking a number: its ten bare digits, or a problem a person can act on. */
export type BrnCheck = { ok: true; digits: string } | { ok: false; problem: string };

const WEIGHTS = [1, 3, 7, 1, 3, 7, 1, 3, 5] as const;
const EXAMPLE = '123-45-67890';

/**
 * The check digit for the first nine digits: each digit times its weight (1,3,7,1,3,7,1,3,5),
 * plus the tens of the ninth digit times five, and the digit that brings the sum to a multiple
 * of ten.
 */
export function brnCheckDigit(firstNine: string): number {
  if (!/^\d{9}$/.test(firstNine)) {
    throw new RangeError(`brnCheckDigit needs exactly 9 digits; got "${firstNine}"`);
  }
  const digits = [...firstNine].map(Number);
  let sum = 0;
  WEIGHTS.forEach((weight, index) => {
    sum += digits[index] * weight;
  });
  sum += Math.floor((digits[8] * 5) / 10);
  return (10 - (sum % 10)) % 10;
}

/**
 * Checks a number as a person typed it. Surrounding blanks, hyphens and spaces are ignored, so
 * '220-81-62517', '220 81 62517' and '2208162517' are the same number.
 */
export function checkBusinessRegistrationNumber(input: string): BrnCheck {
  const trimmed = input.trim();
  if (trimmed === '') {
    return { ok: false, problem: `is empty; enter the 10 digits such as ${EXAMPLE}` };
  }
  if (/[^\d\s-]/.test(trimmed)) {
    return { ok: false, problem: `may contain only digits and hyphens, such as ${EXAMPLE}` };
  }
  const digits = trimmed.replace(/[\s-]/g, '');
  if (digits.length !== 10) {
    const got = `${digits.length} digit${digits.length === 1 ? '' : 's'}`;
    return { ok: false, problem: `must be 10 digits such as ${EXAMPLE}; got ${got}` };
  }
  const expected = brnCheckDigit(digits.slice(0, 9));
  const actual = Number(digits.charAt(9));
  if (expected !== actual) {
    return {
      ok: false,
      problem: `fails its check digit: the last digit should be ${expected}, not ${actual}`,
    };
  }
  return { ok: true, digits };
}

/** Writes ten digits in the usual NNN-NN-NNNNN form. */
export function formatBusinessRegistrationNumber(digits: string): string {
  if (!/^\d{10}$/.test(digits)) {
    throw new RangeError(`a business registration number has exactly 10 digits; got "${digits}"`);
  }
  return `${digits.slice(0, 3)}-${digits.slice(3, 5)}-${digits.slice(5)}`;
}

/** A well-formed number nobody was issued on purpose: for generated and demo data. */
export function randomBusinessRegistrationNumber(): string {
  const firstNine = Array.from({ length: 9 }, () => randomInt(10)).join('');
  return `${firstNine}${brnCheckDigit(firstNine)}`;
}
