import { findIndustry, type Industry } from './industries';

/**
 * Firm size classes as Korean law draws them. Consortium rules (an anchor must be mid-sized,
 * members must be SMEs) depend on them, so the rules are a policy the operator can adjust when
 * the decrees change, with the current law as the default.
 *
 * SME (중소기업): Framework Act on Small and Medium Enterprises (중소기업기본법), Enforcement
 * Decree Art. 3 and Annex 1 (as revised 2015): average annual revenue at or below the ceiling
 * for the firm's main industry, AND total assets below KRW 500 billion, AND not an affiliate of a
 * business group subject to cross-shareholding restrictions (상호출자제한기업집단, a "large
 * business group").
 *
 * Annex 1 revenue ceilings by KSIC (rev. 10) code:
 * - KRW 150 bn: C14 apparel, C15 leather/bags/footwear, C17 pulp/paper, C24 basic metals,
 *   C28 electrical equipment, C32 furniture.
 * - KRW 100 bn: A agriculture, forestry and fishing; B mining; C10 food; C12 tobacco;
 *   C13 textiles; C16 wood; C19 coke/refined petroleum; C20 chemicals; C22 rubber/plastics;
 *   C25 fabricated metal; C26 electronic components, computers and communication equipment;
 *   C29 other machinery; C30 motor vehicles; C31 other transport equipment; D electricity, gas
 *   and steam; E36 water supply; F construction; G wholesale and retail.
 * - KRW 80 bn: C11 beverages, C18 printing, C21 pharmaceuticals, C23 non-metallic mineral
 *   products, C27 medical/precision/optical instruments, C33 other manufacturing, E other than
 *   E36 (sewage, waste, remediation), H transportation and storage, J information and
 *   communication.
 * - KRW 60 bn: M professional, scientific and technical; N business facility management,
 *   support and rental; Q health and social work; R arts, sports and recreation; S repair and
 *   other personal services. The table as amended for KSIC rev. 10 also lists C34 industrial
 *   machinery repair here.
 * - KRW 40 bn: I accommodation and food, K financial and insurance, L real estate, P education;
 *   and N76 rental and leasing, which KSIC rev. 10 moved out of real estate into section N.
 *
 * Mid-sized enterprise (중견기업): Act on the Promotion of Mid-sized Enterprises (중견기업법),
 * Enforcement Decree Art. 2: not an SME, not in a large business group, and total assets below
 * KRW 10 trillion.
 *
 * Every other firm is LARGE, and a firm in a large business group is LARGE whatever its figures.
 */
export enum SizeClass {
  SME = 'SME',
  MID_SIZED = 'MID_SIZED',
  LARGE = 'LARGE',
}

export interface SizePolicy {
  /** An SME's total assets must be below this. */
  smeAssetCeilingKrw: number;
  /** A mid-sized firm's total assets must be below this. */
  midSizedAssetCeilingKrw: number;
  /**
   * The highest average annual revenue an SME may have, keyed by KSIC section letter ('A') or
   * division code ('C26'); a division's own entry wins over its section's.
   */
  smeRevenueCeilingsKrw: Readonly<Record<string, number>>;
}

export interface FirmFigures {
  /** A KSIC rev. 10 division code such as 'C26', or a bare section letter such as 'G'. */
  industryCode: string;
  /** Average annual revenue (평균매출액), in won. */
  annualRevenueKrw: number;
  totalAssetsKrw: number;
  /** Belongs to a business group subject to cross-shareholding restrictions. */
  inLargeBusinessGroup: boolean;
}

export interface Classification {
  sizeClass: SizeClass;
  /** A plain-English sentence naming the figures and ceilings that decided the class. */
  reason: string;
}

const BN = 1_000_000_000;

export const DEFAULT_SIZE_POLICY: SizePolicy = Object.freeze({
  smeAssetCeilingKrw: 500 * BN,
  midSizedAssetCeilingKrw: 10_000 * BN,
  smeRevenueCeilingsKrw: Object.freeze({
    C14: 150 * BN,
    C15: 150 * BN,
    C17: 150 * BN,
    C24: 150 * BN,
    C28: 150 * BN,
    C32: 150 * BN,

    A: 100 * BN,
    B: 100 * BN,
    C10: 100 * BN,
    C12: 100 * BN,
    C13: 100 * BN,
    C16: 100 * BN,
    C19: 100 * BN,
    C20: 100 * BN,
    C22: 100 * BN,
    C25: 100 * BN,
    C26: 100 * BN,
    C29: 100 * BN,
    C30: 100 * BN,
    C31: 100 * BN,
    D: 100 * BN,
    E36: 100 * BN,
    F: 100 * BN,
    G: 100 * BN,

    C11: 80 * BN,
    C18: 80 * BN,
    C21: 80 * BN,
    C23: 80 * BN,
    C27: 80 * BN,
    C33: 80 * BN,
    E: 80 * BN,
    H: 80 * BN,
    J: 80 * BN,

    C34: 60 * BN,
    M: 60 * BN,
    N: 60 * BN,
    Q: 60 * BN,
    R: 60 * BN,
    S: 60 * BN,

    I: 40 * BN,
    K: 40 * BN,
    L: 40 * BN,
    N76: 40 * BN,
    P: 40 * BN,
  }),
});

function ceilingIn(policy: SizePolicy, industry: Industry): number | null {
  const ceilings = policy.smeRevenueCeilingsKrw;
  if (Object.hasOwn(ceilings, industry.code)) return ceilings[industry.code];
  if (industry.kind === 'division' && Object.hasOwn(ceilings, industry.section)) {
    return ceilings[industry.section];
  }
  return null;
}

/**
 * The SME revenue ceiling for an industry: the division's own entry, else its section's. Null
 * when none applies (public administration, households, an unknown code): such a firm cannot be
 * an SME.
 */
export function smeRevenueCeilingFor(
  industryCode: string,
  policy: SizePolicy = DEFAULT_SIZE_POLICY,
): number | null {
  const industry = findIndustry(industryCode);
  return industry ? ceilingIn(policy, industry) : null;
}

const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const wholeNumber = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/**
 * A won amount as people read it: 'KRW 1.5 bn', 'KRW 900 m', 'KRW 10,000 bn', one decimal at
 * most; amounts under a million in full ('KRW 250,000').
 */
export function formatKrw(amount: number): string {
  if (!Number.isFinite(amount)) return `KRW ${String(amount)}`;
  const sign = amount < 0 ? '-' : '';
  const size = Math.abs(amount);
  // Thresholds sit where rounding would otherwise print '1,000 m' instead of '1 bn'.
  if (size >= 999_950_000) return `KRW ${sign}${oneDecimal.format(size / BN)} bn`;
  if (size >= 999_950) return `KRW ${sign}${oneDecimal.format(size / 1_000_000)} m`;
  return `KRW ${sign}${wholeNumber.format(size)}`;
}

const exactKrw = (amount: number) => `KRW ${wholeNumber.format(amount)}`;

/**
 * Writes an amount and the ceilings it is compared with, in full when rounding would make a
 * figure just over a ceiling read the same as the ceiling.
 */
function amountsFor(amount: number, ...ceilings: number[]): string[] {
  const blurred = ceilings.some(
    (ceiling) => ceiling !== amount && formatKrw(ceiling) === formatKrw(amount),
  );
  const format = blurred ? exactKrw : formatKrw;
  return [amount, ...ceilings].map(format);
}

function assertFigure(name: string, value: number): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`${name} must be a finite number of won, zero or more; got ${value}`);
  }
}

/**
 * Classifies a firm under a size policy, by default Korea's. Throws a RangeError when revenue or
 * assets are negative or not finite numbers.
 */
export function classifyFirm(
  figures: FirmFigures,
  policy: SizePolicy = DEFAULT_SIZE_POLICY,
): Classification {
  assertFigure('annualRevenueKrw', figures.annualRevenueKrw);
  assertFigure('totalAssetsKrw', figures.totalAssetsKrw);

  if (figures.inLargeBusinessGroup) {
    return {
      sizeClass: SizeClass.LARGE,
      reason:
        'the firm belongs to a large business group subject to cross-shareholding restrictions, ' +
        'so it is large whatever its revenue and assets',
    };
  }

  const industry = findIndustry(figures.industryCode);
  const ceiling = industry ? ceilingIn(policy, industry) : null;
  const revenue = figures.annualRevenueKrw;
  const assets = figures.totalAssetsKrw;
  const smeAssets = policy.smeAssetCeilingKrw;
  const midAssets = policy.midSizedAssetCeilingKrw;

  let revenuePart: string;
  let revenueFits = false;
  if (!industry) {
    revenuePart = `industry code "${figures.industryCode}" is not a KSIC rev. 10 section or division, so no SME revenue ceiling applies`;
  } else if (ceiling === null) {
    revenuePart = `industry ${industry.code} (${industry.name}) has no SME revenue ceiling`;
  } else {
    const [revenueText, ceilingText] = amountsFor(revenue, ceiling);
    revenueFits = revenue <= ceiling;
    revenuePart = `revenue ${revenueText} is ${revenueFits ? 'within' : 'above'} the SME ceiling of ${ceilingText} for industry ${industry.code} (${industry.name})`;
  }

  if (revenueFits && assets < smeAssets) {
    const [assetsText, smeText] = amountsFor(assets, smeAssets);
    return {
      sizeClass: SizeClass.SME,
      reason: `${revenuePart}, and assets ${assetsText} are below the SME ceiling of ${smeText}`,
    };
  }

  const notSme = revenueFits ? [] : [revenuePart];
  if (assets < midAssets) {
    const [assetsText, smeText, midText] = amountsFor(assets, smeAssets, midAssets);
    const assetsPart =
      assets < smeAssets
        ? `assets ${assetsText} are below the mid-sized ceiling of ${midText}`
        : `assets ${assetsText} are at or above the SME ceiling of ${smeText} but below the mid-sized ceiling of ${midText}`;
    return { sizeClass: SizeClass.MID_SIZED, reason: [...notSme, assetsPart].join('; ') };
  }

  const [assetsText, midText] = amountsFor(assets, midAssets);
  return {
    sizeClass: SizeClass.LARGE,
    reason: [
      ...notSme,
      `assets ${assetsText} are at or above the mid-sized ceiling of ${midText}`,
    ].join('; '),
  };
}
