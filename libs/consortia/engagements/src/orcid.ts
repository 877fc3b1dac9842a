import { randomInt } from 'node:crypto';

/**
 * ORCID iDs identify the university researchers who take part in engagements. An iD is sixteen
 * characters written in four groups of four, 0000-0002-1825-0097; the last character is a check
 * character (a digit or X), so most typing mistakes are caught before a researcher is stored.
 */

/** The outcome of checking an iD: its hyphenated form, or a problem a person can act on. */
export type OrcidCheck = { ok: true; orcid: string } | { ok: false; problem: string };

const EXAMPLE = '0000-0002-1825-0097';

/** People often paste the iD as the link from their ORCID record, so the link prefix is dropped. */
const URL_PREFIX = /^(?:https?:\/\/)?(?:www\.)?orcid\.org\//i;

/**
 * The check character of the first fifteen digits by ISO 7064 MOD 11-2: for each digit,
 * total = (total + digit) × 2; then (12 − total mod 11) mod 11, where 10 is written X.
 */
export function orcidCheckCharacter(first15digits: string): string {
  if (!/^\d{15}$/.test(first15digits)) {
    throw new RangeError(`orcidCheckCharacter needs exactly 15 digits; got "${first15digits}"`);
  }
  let total = 0;
  for (const digit of first15digits) {
    total = (total + Number(digit)) * 2;
  }
  const result = (12 - (total % 11)) % 11;
  return result === 10 ? 'X' : String(result);
}

/**
 * Checks an iD as a person typed or pasted it. Surrounding blanks and an orcid.org link prefix
 * are ignored, the hyphens may be left out and a lower-case x is read as X, so
 * 'https://orcid.org/0000-0002-1694-233X', '000000021694233x' and '0000-0002-1694-233X' are the
 * same iD.
 */
export function checkOrcid(input: string): OrcidCheck {
  const trimmed = input.trim().replace(URL_PREFIX, '');
  if (trimmed === '') {
    return { ok: false, problem: `is empty; enter the 16 characters such as ${EXAMPLE}` };
  }
  if (/[^\dXx-]/.test(trimmed)) {
    return {
      ok: false,
      problem: `may contain only digits, hyphens and a final X, such as ${EXAMPLE}`,
    };
  }
  const characters = trimmed.replace(/-/g, '').toUpperCase();
  if (characters.length !== 16) {
    return {
      ok: false,
      problem: `must be 16 characters like ${EXAMPLE}; got ${characters.length}`,
    };
  }
  if (characters.slice(0, 15).includes('X')) {
    return {
      ok: false,
      problem: `may have X only as its last character, such as 0000-0002-1694-233X`,
    };
  }
  if (trimmed.includes('-') && !/^[\dXx]{4}(?:-[\dXx]{4}){3}$/.test(trimmed)) {
    return {
      ok: false,
      problem: `must be written in 4 groups of 4 characters separated by hyphens, like ${EXAMPLE}`,
    };
  }
  const expected = orcidCheckCharacter(characters.slice(0, 15));
  const actual = characters.charAt(15);
  if (expected !== actual) {
    return {
      ok: false,
      problem: `fails its ISO 7064 MOD 11-2 check: the last character should be ${expected}, not ${actual}`,
    };
  }
  return { ok: true, orcid: formatGroups(characters) };
}

function formatGroups(characters: string): string {
  return `${characters.slice(0, 4)}-${characters.slice(4, 8)}-${characters.slice(8, 12)}-${characters.slice(12)}`;
}

/**
 * A well-formed iD for generated and demo data. It starts 0000-0000, outside the blocks ORCID
 * issues from (0000-0001-5000-0007 to 0000-0003-5000-0001 and 0009-0000-0000-0000 to
 * 0009-0010-0000-0000), so it never leads to a real researcher's ORCID record.
 */
export function randomOrcid(): string {
  const first15 = `00000000${Array.from({ length: 7 }, () => randomInt(10)).join('')}`;
  return formatGroups(`${first15}${orcidCheckCharacter(first15)}`);
}
