import 'reflect-metadata';
import { ConfigurationError } from '@vcp/platform/config';
import { sizePolicyConfig } from './size-policy.config';
import { DEFAULT_SIZE_POLICY } from './size-policy';

const VARIABLES = [
  'SIZE_POLICY_SME_ASSET_CEILING_KRW',
  'SIZE_POLICY_MID_SIZED_ASSET_CEILING_KRW',
  'SIZE_POLICY_SME_REVENUE_CEILINGS_KRW',
] as const;

type Variable = (typeof VARIABLES)[number];

describe('size policy configuration', () => {
  const saved = new Map<Variable, string | undefined>();

  beforeEach(() => {
    for (const name of VARIABLES) {
      saved.set(name, process.env[name]);
      delete process.env[name];
    }
  });

  afterEach(() => {
    for (const name of VARIABLES) {
      const value = saved.get(name);
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  const load = (env: Partial<Record<Variable, string>>) => {
    Object.assign(process.env, env);
    return sizePolicyConfig();
  };

  it('is registered under the sizePolicy namespace', () => {
    expect(sizePolicyConfig.KEY).toBe('CONFIGURATION(sizePolicy)');
  });

  it('defaults to Korean law when nothing is set', () => {
    expect(load({})).toEqual(DEFAULT_SIZE_POLICY);
  });

  it('reads the asset ceilings and merges revenue ceilings over the defaults', () => {
    const policy = load({
      SIZE_POLICY_SME_ASSET_CEILING_KRW: '600000000000',
      SIZE_POLICY_MID_SIZED_ASSET_CEILING_KRW: '12000000000000',
      SIZE_POLICY_SME_REVENUE_CEILINGS_KRW: '{"c26": 120000000000, "J62": 90000000000}',
    });
    expect(policy.smeAssetCeilingKrw).toBe(600_000_000_000);
    expect(policy.midSizedAssetCeilingKrw).toBe(12_000_000_000_000);
    expect(policy.smeRevenueCeilingsKrw).toEqual({
      ...DEFAULT_SIZE_POLICY.smeRevenueCeilingsKrw,
      C26: 120_000_000_000,
      J62: 90_000_000_000,
    });
  });

  it.each([
    [
      'SIZE_POLICY_SME_ASSET_CEILING_KRW',
      '0',
      /SIZE_POLICY_SME_ASSET_CEILING_KRW must be at least 1/,
    ],
    [
      'SIZE_POLICY_SME_ASSET_CEILING_KRW',
      'lots',
      /SIZE_POLICY_SME_ASSET_CEILING_KRW must be a whole number of won/,
    ],
    [
      'SIZE_POLICY_MID_SIZED_ASSET_CEILING_KRW',
      '1.5',
      /SIZE_POLICY_MID_SIZED_ASSET_CEILING_KRW must be a whole number/,
    ],
    [
      'SIZE_POLICY_MID_SIZED_ASSET_CEILING_KRW',
      '1e20',
      /SIZE_POLICY_MID_SIZED_ASSET_CEILING_KRW must be at most 9007199254740991/,
    ],
  ] as const)('refuses %s=%s', (name, value, message) => {
    expect(() => load({ [name]: value })).toThrow(ConfigurationError);
    expect(() => load({ [name]: value })).toThrow(message);
  });

  it('refuses a mid-sized ceiling at or under the SME ceiling', () => {
    expect(() => load({ SIZE_POLICY_SME_ASSET_CEILING_KRW: '10000000000000' })).toThrow(
      /SIZE_POLICY_MID_SIZED_ASSET_CEILING_KRW \(10000000000000\) must be above SIZE_POLICY_SME_ASSET_CEILING_KRW \(10000000000000\)/,
    );
  });

  it.each([
    ['{"C26": 1', /SIZE_POLICY_SME_REVENUE_CEILINGS_KRW is not valid JSON/],
    ['', /SIZE_POLICY_SME_REVENUE_CEILINGS_KRW is not valid JSON/],
    ['[1, 2]', /SIZE_POLICY_SME_REVENUE_CEILINGS_KRW must be a JSON object .*; got \[1,2\]/],
    ['120000000000', /SIZE_POLICY_SME_REVENUE_CEILINGS_KRW must be a JSON object/],
    [
      '{"X99": 1, "G26": 1}',
      /SIZE_POLICY_SME_REVENUE_CEILINGS_KRW names unknown industry codes "X99", "G26"/,
    ],
    [
      '{"C26": "100bn", "J": -5, "G": 1.5, "F": 1e20}',
      /SIZE_POLICY_SME_REVENUE_CEILINGS_KRW must give each industry a positive whole number of won .*"C26" is "100bn", "J" is -5, "G" is 1.5, "F" is 100000000000000000000/,
    ],
    ['{"c26": 1, "C26": 2}', /SIZE_POLICY_SME_REVENUE_CEILINGS_KRW names C26 more than once/],
  ])('refuses revenue ceilings %j', (value, message) => {
    expect(() => load({ SIZE_POLICY_SME_REVENUE_CEILINGS_KRW: value })).toThrow(ConfigurationError);
    expect(() => load({ SIZE_POLICY_SME_REVENUE_CEILINGS_KRW: value })).toThrow(message);
  });

  it('reports every bad variable at once', () => {
    expect(() =>
      load({
        SIZE_POLICY_SME_ASSET_CEILING_KRW: '-1',
        SIZE_POLICY_SME_REVENUE_CEILINGS_KRW: '{"Z": 1}',
      }),
    ).toThrow(
      /SIZE_POLICY_SME_ASSET_CEILING_KRW must be at least 1[\s\S]*SIZE_POLICY_SME_REVENUE_CEILINGS_KRW names unknown industry codes "Z"/,
    );
  });
});
