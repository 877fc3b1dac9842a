import { findIndustry, KSIC_DIVISIONS, KSIC_SECTIONS } from './industries';
import {
  classifyFirm,
  DEFAULT_SIZE_POLICY,
  formatKrw,
  SizeClass,
  smeRevenueCeilingFor,
  type FirmFigures,
  type SizePolicy,
} from './size-policy';

const BN = 1_000_000_000;

const firm = (overrides: Partial<FirmFigures>): FirmFigures => ({
  industryCode: 'C26',
  annualRevenueKrw: 50 * BN,
  totalAssetsKrw: 100 * BN,
  inLargeBusinessGroup: false,
  ...overrides,
});

describe('KSIC rev. 10', () => {
  it('has 21 sections and 77 divisions, each under an existing section', () => {
    expect(KSIC_SECTIONS.map((section) => section.code).join('')).toBe('ABCDEFGHIJKLMNOPQRSTU');
    expect(KSIC_DIVISIONS).toHaveLength(77);
    const sections = new Set(KSIC_SECTIONS.map((section) => section.code));
    for (const division of KSIC_DIVISIONS) {
      expect(division.code).toMatch(/^[A-U]\d{2}$/);
      expect(sections.has(division.section)).toBe(true);
      expect(division.code.startsWith(division.section)).toBe(true);
    }
  });

  it('finds sections and divisions whatever their case', () => {
    expect(findIndustry('g')).toEqual({
      kind: 'section',
      code: 'G',
      name: 'Wholesale and retail trade',
    });
    expect(findIndustry(' c26 ')).toEqual({
      kind: 'division',
      code: 'C26',
      section: 'C',
      name: 'Electronic components, computer, radio, television and communication equipment',
    });
  });

  it.each(['G26', 'C09', 'C35', 'V', '26', '', 'C2'])('does not know %j', (code) => {
    expect(findIndustry(code)).toBeUndefined();
  });

  it('keys every default ceiling by a known code', () => {
    for (const code of Object.keys(DEFAULT_SIZE_POLICY.smeRevenueCeilingsKrw)) {
      expect(findIndustry(code)?.code).toBe(code);
    }
  });
});

describe('smeRevenueCeilingFor', () => {
  it.each([
    ['C26', 100 * BN],
    ['c14', 150 * BN],
    ['J62', 80 * BN],
    ['J', 80 * BN],
    ['E36', 100 * BN],
    ['E38', 80 * BN],
    ['N75', 60 * BN],
    ['N76', 40 * BN],
    ['C34', 60 * BN],
    ['G47', 100 * BN],
  ])('gives %s a ceiling of %d won', (code, expected) => {
    expect(smeRevenueCeilingFor(code)).toBe(expected);
  });

  it.each(['O84', 'T97', 'U99', 'C', 'X12', 'G26'])('gives %s no ceiling', (code) => {
    expect(smeRevenueCeilingFor(code, DEFAULT_SIZE_POLICY)).toBeNull();
  });
});

describe('classifyFirm', () => {
  describe.each([
    ['C14', 150, 'Wearing apparel, clothing accessories and fur articles'],
    ['C26', 100, 'Electronic components, computer, radio, television and communication equipment'],
    ['H49', 80, 'Land transport and transport via pipelines'],
    ['M70', 60, 'Research and development'],
    ['I56', 40, 'Food and beverage service activities'],
  ])('%s, whose SME ceiling is KRW %i bn', (code, ceilingBn, name) => {
    it('is an SME with revenue exactly at the ceiling', () => {
      expect(classifyFirm(firm({ industryCode: code, annualRevenueKrw: ceilingBn * BN }))).toEqual({
        sizeClass: SizeClass.SME,
        reason: `revenue KRW ${ceilingBn} bn is within the SME ceiling of KRW ${ceilingBn} bn for industry ${code} (${name}), and assets KRW 100 bn are below the SME ceiling of KRW 500 bn`,
      });
    });

    it('is mid-sized with revenue one won over the ceiling', () => {
      const revenue = ceilingBn * BN + 1;
      const result = classifyFirm(firm({ industryCode: code, annualRevenueKrw: revenue }));
      expect(result.sizeClass).toBe(SizeClass.MID_SIZED);
      // Rounded, the two amounts would read the same, so both are written in full.
      expect(result.reason).toBe(
        `revenue KRW ${revenue.toLocaleString('en-US')} is above the SME ceiling of KRW ${(ceilingBn * BN).toLocaleString('en-US')} for industry ${code} (${name}); assets KRW 100 bn are below the mid-sized ceiling of KRW 10,000 bn`,
      );
    });
  });

  it('explains a mid-sized firm in plain figures', () => {
    expect(classifyFirm(firm({ annualRevenueKrw: 180 * BN, totalAssetsKrw: 900 * BN }))).toEqual({
      sizeClass: SizeClass.MID_SIZED,
      reason:
        'revenue KRW 180 bn is above the SME ceiling of KRW 100 bn for industry C26 ' +
        '(Electronic components, computer, radio, television and communication equipment); ' +
        'assets KRW 900 bn are at or above the SME ceiling of KRW 500 bn but below the ' +
        'mid-sized ceiling of KRW 10,000 bn',
    });
  });

  it('uses the section ceiling for a division without its own', () => {
    expect(classifyFirm(firm({ industryCode: 'J62', annualRevenueKrw: 80 * BN })).sizeClass).toBe(
      SizeClass.SME,
    );
    expect(classifyFirm(firm({ industryCode: 'J62', annualRevenueKrw: 81 * BN })).sizeClass).toBe(
      SizeClass.MID_SIZED,
    );
  });

  it('lets a division entry win over its section: water supply against the rest of E', () => {
    expect(classifyFirm(firm({ industryCode: 'E36', annualRevenueKrw: 90 * BN })).sizeClass).toBe(
      SizeClass.SME,
    );
    expect(classifyFirm(firm({ industryCode: 'E38', annualRevenueKrw: 90 * BN })).sizeClass).toBe(
      SizeClass.MID_SIZED,
    );
  });

  describe('SME asset ceiling (below KRW 500 bn)', () => {
    it('is an SME one won below it', () => {
      expect(classifyFirm(firm({ totalAssetsKrw: 500 * BN - 1 })).sizeClass).toBe(SizeClass.SME);
    });

    it('is mid-sized exactly at it, even with revenue inside the industry ceiling', () => {
      expect(classifyFirm(firm({ totalAssetsKrw: 500 * BN }))).toEqual({
        sizeClass: SizeClass.MID_SIZED,
        reason:
          'assets KRW 500 bn are at or above the SME ceiling of KRW 500 bn but below the ' +
          'mid-sized ceiling of KRW 10,000 bn',
      });
    });
  });

  describe('mid-sized asset ceiling (below KRW 10 trillion)', () => {
    it('is mid-sized one won below it', () => {
      expect(
        classifyFirm(firm({ annualRevenueKrw: 500 * BN, totalAssetsKrw: 10_000 * BN - 1 }))
          .sizeClass,
      ).toBe(SizeClass.MID_SIZED);
    });

    it('is large exactly at it', () => {
      expect(
        classifyFirm(firm({ annualRevenueKrw: 5_000 * BN, totalAssetsKrw: 10_000 * BN })),
      ).toEqual({
        sizeClass: SizeClass.LARGE,
        reason:
          'revenue KRW 5,000 bn is above the SME ceiling of KRW 100 bn for industry C26 ' +
          '(Electronic components, computer, radio, television and communication equipment); ' +
          'assets KRW 10,000 bn are at or above the mid-sized ceiling of KRW 10,000 bn',
      });
    });
  });

  it('classifies any firm in a large business group as large, however small', () => {
    expect(
      classifyFirm(
        firm({ annualRevenueKrw: 1 * BN, totalAssetsKrw: 1 * BN, inLargeBusinessGroup: true }),
      ),
    ).toEqual({
      sizeClass: SizeClass.LARGE,
      reason:
        'the firm belongs to a large business group subject to cross-shareholding ' +
        'restrictions, so it is large whatever its revenue and assets',
    });
  });

  it('never makes a firm without a revenue ceiling an SME', () => {
    expect(classifyFirm(firm({ industryCode: 'O84', annualRevenueKrw: 1 * BN }))).toEqual({
      sizeClass: SizeClass.MID_SIZED,
      reason:
        'industry O84 (Public administration and defence; compulsory social security) has no ' +
        'SME revenue ceiling; assets KRW 100 bn are below the mid-sized ceiling of KRW 10,000 bn',
    });
    expect(classifyFirm(firm({ industryCode: 'Z99', annualRevenueKrw: 1 * BN }))).toEqual({
      sizeClass: SizeClass.MID_SIZED,
      reason:
        'industry code "Z99" is not a KSIC rev. 10 section or division, so no SME revenue ' +
        'ceiling applies; assets KRW 100 bn are below the mid-sized ceiling of KRW 10,000 bn',
    });
  });

  it('follows a custom policy that overrides a ceiling', () => {
    const figures = firm({ industryCode: 'J62', annualRevenueKrw: 120 * BN });
    expect(classifyFirm(figures).sizeClass).toBe(SizeClass.MID_SIZED);

    const generous: SizePolicy = {
      ...DEFAULT_SIZE_POLICY,
      smeRevenueCeilingsKrw: { ...DEFAULT_SIZE_POLICY.smeRevenueCeilingsKrw, J62: 150 * BN },
    };
    expect(classifyFirm(figures, generous)).toEqual({
      sizeClass: SizeClass.SME,
      reason:
        'revenue KRW 120 bn is within the SME ceiling of KRW 150 bn for industry J62 ' +
        '(Computer programming, consultancy and related activities), and assets KRW 100 bn ' +
        'are below the SME ceiling of KRW 500 bn',
    });
    // The rest of section J keeps the default.
    expect(classifyFirm({ ...figures, industryCode: 'J63' }, generous).sizeClass).toBe(
      SizeClass.MID_SIZED,
    );
  });

  it('follows a custom policy that lowers the asset ceilings', () => {
    const strict: SizePolicy = {
      ...DEFAULT_SIZE_POLICY,
      smeAssetCeilingKrw: 50 * BN,
      midSizedAssetCeilingKrw: 80 * BN,
    };
    expect(classifyFirm(firm({ totalAssetsKrw: 60 * BN }), strict).sizeClass).toBe(
      SizeClass.MID_SIZED,
    );
    expect(classifyFirm(firm({ totalAssetsKrw: 100 * BN }), strict).sizeClass).toBe(
      SizeClass.LARGE,
    );
  });

  it('refuses negative or missing figures', () => {
    expect(() => classifyFirm(firm({ annualRevenueKrw: -1 }))).toThrow(
      /annualRevenueKrw must be a finite number/,
    );
    expect(() => classifyFirm(firm({ totalAssetsKrw: Number.NaN }))).toThrow(
      /totalAssetsKrw must be a finite number/,
    );
  });

  it('cannot be changed through the default policy', () => {
    expect(Object.isFrozen(DEFAULT_SIZE_POLICY)).toBe(true);
    expect(Object.isFrozen(DEFAULT_SIZE_POLICY.smeRevenueCeilingsKrw)).toBe(true);
  });
});

describe('formatKrw', () => {
  it.each([
    [0, 'KRW 0'],
    [250_000, 'KRW 250,000'],
    [999_949, 'KRW 999,949'],
    [999_950, 'KRW 1 m'],
    [900_000_000, 'KRW 900 m'],
    [12_345_678, 'KRW 12.3 m'],
    [999_950_000, 'KRW 1 bn'],
    [1_500_000_000, 'KRW 1.5 bn'],
    [180 * BN, 'KRW 180 bn'],
    [10_000 * BN, 'KRW 10,000 bn'],
    [-2_500_000_000, 'KRW -2.5 bn'],
  ])('writes %d as %s', (amount, expected) => {
    expect(formatKrw(amount)).toBe(expected);
  });
});
