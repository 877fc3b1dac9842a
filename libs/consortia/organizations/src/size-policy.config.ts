import { IsOptional, ValidateBy, type ValidationArguments } from 'class-validator';
import { ConfigurationError, defineConfig, OptionalIntEnv } from '@vcp/platform/config';
import { findIndustry } from './industries';
import { DEFAULT_SIZE_POLICY, type SizePolicy } from './size-policy';

const SME_ASSETS = 'SIZE_POLICY_SME_ASSET_CEILING_KRW';
const MID_SIZED_ASSETS = 'SIZE_POLICY_MID_SIZED_ASSET_CEILING_KRW';
const REVENUE_CEILINGS = 'SIZE_POLICY_SME_REVENUE_CEILINGS_KRW';
const EXAMPLE = '{"C26": 120000000000, "J": 90000000000}';

type ParsedCeilings =
  { ok: true; ceilings: Record<string, number> } | { ok: false; problem: string };

const describeJson = (value: unknown) => (value === undefined ? 'nothing' : JSON.stringify(value));

/** Reads the revenue-ceiling overrides, naming every code and amount that is wrong at once. */
function parseRevenueCeilings(raw: string): ParsedCeilings {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error: unknown) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    return {
      ok: false,
      problem: `${REVENUE_CEILINGS} is not valid JSON${detail}; write an object such as ${EXAMPLE}`,
    };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return {
      ok: false,
      problem: `${REVENUE_CEILINGS} must be a JSON object of industry code to won, such as ${EXAMPLE}; got ${describeJson(parsed)}`,
    };
  }

  const ceilings: Record<string, number> = {};
  const unknownCodes: string[] = [];
  const badAmounts: string[] = [];
  const repeated: string[] = [];
  const seen = new Set<string>();
  for (const [key, amount] of Object.entries(parsed)) {
    const industry = findIndustry(key);
    if (!industry) {
      unknownCodes.push(JSON.stringify(key));
      continue;
    }
    if (seen.has(industry.code)) {
      repeated.push(industry.code);
      continue;
    }
    seen.add(industry.code);
    if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount <= 0) {
      badAmounts.push(`${JSON.stringify(key)} is ${describeJson(amount)}`);
      continue;
    }
    ceilings[industry.code] = amount;
  }

  const problems: string[] = [];
  if (unknownCodes.length > 0) {
    problems.push(
      `${REVENUE_CEILINGS} names unknown industry codes ${unknownCodes.join(', ')}; use a KSIC rev. 10 section letter such as "G" or a division such as "C26"`,
    );
  }
  if (repeated.length > 0) {
    problems.push(`${REVENUE_CEILINGS} names ${repeated.join(', ')} more than once`);
  }
  if (badAmounts.length > 0) {
    problems.push(
      `${REVENUE_CEILINGS} must give each industry a positive whole number of won (a JSON number up to ${Number.MAX_SAFE_INTEGER}); ${badAmounts.join(', ')}`,
    );
  }
  return problems.length > 0 ? { ok: false, problem: problems.join('; ') } : { ok: true, ceilings };
}

/** Optional overrides of the default (Korean law) size policy, each validated at boot. */
export class SizePolicyEnv {
  /** Won; an SME's total assets must be below this. Default KRW 500 bn. */
  @OptionalIntEnv(SME_ASSETS, 1, Number.MAX_SAFE_INTEGER, 'won')
  SIZE_POLICY_SME_ASSET_CEILING_KRW?: number;

  /** Won; a mid-sized firm's total assets must be below this. Default KRW 10 trillion. */
  @OptionalIntEnv(MID_SIZED_ASSETS, 1, Number.MAX_SAFE_INTEGER, 'won')
  SIZE_POLICY_MID_SIZED_ASSET_CEILING_KRW?: number;

  /** JSON object of industry code to won, merged over the default SME revenue ceilings. */
  @IsOptional()
  @ValidateBy({
    name: 'revenueCeilings',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && parseRevenueCeilings(value).ok,
      defaultMessage: (args?: ValidationArguments) => {
        const value: unknown = args?.value;
        if (typeof value !== 'string') return `${REVENUE_CEILINGS} must be a JSON object`;
        const result = parseRevenueCeilings(value);
        return result.ok ? `${REVENUE_CEILINGS} is invalid` : result.problem;
      },
    },
  })
  SIZE_POLICY_SME_REVENUE_CEILINGS_KRW?: string;
}

export const sizePolicyConfig = defineConfig('sizePolicy', SizePolicyEnv, (env): SizePolicy => {
  const overrides =
    env.SIZE_POLICY_SME_REVENUE_CEILINGS_KRW === undefined
      ? { ok: true as const, ceilings: {} }
      : parseRevenueCeilings(env.SIZE_POLICY_SME_REVENUE_CEILINGS_KRW);
  // Already validated; kept so the mapping never trusts an unchecked value.
  if (!overrides.ok) throw new ConfigurationError([overrides.problem]);

  const smeAssetCeilingKrw =
    env.SIZE_POLICY_SME_ASSET_CEILING_KRW ?? DEFAULT_SIZE_POLICY.smeAssetCeilingKrw;
  const midSizedAssetCeilingKrw =
    env.SIZE_POLICY_MID_SIZED_ASSET_CEILING_KRW ?? DEFAULT_SIZE_POLICY.midSizedAssetCeilingKrw;
  // A mid-sized ceiling at or under the SME one would leave no firm mid-sized.
  if (midSizedAssetCeilingKrw <= smeAssetCeilingKrw) {
    throw new ConfigurationError([
      `${MID_SIZED_ASSETS} (${midSizedAssetCeilingKrw}) must be above ${SME_ASSETS} (${smeAssetCeilingKrw})`,
    ]);
  }

  return Object.freeze({
    smeAssetCeilingKrw,
    midSizedAssetCeilingKrw,
    smeRevenueCeilingsKrw: Object.freeze({
      ...DEFAULT_SIZE_POLICY.smeRevenueCeilingsKrw,
      ...overrides.ceilings,
    }),
  });
});
