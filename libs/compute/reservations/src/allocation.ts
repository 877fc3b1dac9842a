/**
 * Sharing a contested compute window.
 *
 * Requests for devices in one pool window are collected until the window's deadline; if together
 * they ask for more devices than the window holds, the capacity is shared by weighted max-min
 * fairness (water-filling): every request receives min(demand, weight × λ), where the fair-share
 * level λ is the one at which the shares add up to the capacity. A request asking for less than its
 * share is served in full and what it leaves unused is spread over the others.
 *
 * Devices are whole, so the continuous shares are rounded down and the devices left over are handed
 * out one at a time by largest fractional remainder; ties go to the higher weight, then the earlier
 * submission, then the smaller request id (compared code unit by code unit, independent of locale).
 *
 * The algorithm is pure and deterministic: the same requests in any order receive the same devices.
 * It sorts the requests once by demand / weight and once by remainder, so it runs in O(n log n).
 */

/** Utilization is measured over this many days before the deadline: used / reserved device-hours. */
export const UTILIZATION_LOOKBACK_DAYS = 90;

/** Utilization assumed for a firm with no reservations in the lookback period (neither rewarded nor penalised). */
export const NEUTRAL_UTILIZATION = 0.5;

/**
 * Added to the utilization before any multiplier, so an idle firm still weighs 0.5 and a firm of
 * neutral utilization weighs exactly 1 (the base weight). A fully utilizing firm weighs 1.5.
 */
export const UTILIZATION_BASE = 0.5;

/** Multiplier for small and medium-sized enterprises (SMEs). */
export const SME_MULTIPLIER = 1.5;

/** The largest window capacity accepted, in devices; keeps the share arithmetic exact to a millionth of a device. */
export const MAX_CAPACITY = 1_000_000_000;

/** Shares are resolved to a millionth of a device, so float noise cannot move a device or break a tie. */
const SHARE_UNITS = 1_000_000;

/** Weights are rounded to twelve decimals, so 1.2 × 1.5 is reported (and compared) as 1.8. */
const WEIGHT_DECIMALS = 1e12;

export interface AllocationRequest {
  id: string;
  organizationId: string;
  /** Whole devices wanted, at least 1. */
  demand: number;
  /** Used / reserved device-hours over the last {@link UTILIZATION_LOOKBACK_DAYS} days, in [0, 1]; null without history. */
  utilization: number | null;
  isSme: boolean;
  /** Firms in large business groups are excluded from contested windows. */
  inLargeBusinessGroup: boolean;
  submittedAt: Date;
}

export interface AllocationResult {
  id: string;
  demand: number;
  weight: number;
  /** Whole devices granted: never more than the demand. */
  allocated: number;
  /** Plain-language account of the weight, share and rounding, with the numbers. */
  explanation: string;
}

export interface AllocationOutcome {
  /**
   * The fair-share level λ: every eligible request receives min(demand, weight × λ) before rounding.
   * When the capacity covers every demand it is the smallest level that does, max(demand / weight);
   * with no eligible request it is 0.
   */
  level: number;
  /** One result per request, in input order. */
  results: AllocationResult[];
}

/**
 * The weight of a request in a contested window:
 *
 *   weight = (UTILIZATION_BASE + utilization) × (isSme ? SME_MULTIPLIER : 1)
 *          = (0.5 + utilization) × (isSme ? 1.5 : 1.0)
 *
 * with utilization NEUTRAL_UTILIZATION (0.5) for a firm with no history, so weights run from 0.5
 * (idle, not an SME) to 2.25 (fully utilizing SME) around a base of 1. Firms in large business
 * groups weigh 0: they are excluded before allocation.
 */
export function weightOf(
  request: Pick<AllocationRequest, 'utilization' | 'isSme' | 'inLargeBusinessGroup'> & {
    id?: string;
  },
): number {
  assertUtilization(request.utilization, request.id);
  if (request.inLargeBusinessGroup) return 0;
  const utilization = request.utilization ?? NEUTRAL_UTILIZATION;
  const weight = (UTILIZATION_BASE + utilization) * (request.isSme ? SME_MULTIPLIER : 1);
  return Math.round(weight * WEIGHT_DECIMALS) / WEIGHT_DECIMALS;
}

type Outcome =
  | 'excluded' // large business group
  | 'uncontested' // the capacity covers every demand
  | 'served' // demand within the fair share
  | 'capped'; // demand above the fair share: receives the rounded share

interface Entry {
  request: AllocationRequest;
  weight: number;
  time: number;
  /** demand / weight: the level at which the request is fully served. */
  ratio: number;
  outcome: Outcome;
  /** Rounded-down share (capped requests). */
  base: number;
  /** Fractional part of the share, in millionths of a device (capped requests). */
  remainder: number;
  /** +1 for a leftover device, −1 if numerical slack had to be taken back (never in practice). */
  adjustment: number;
  allocated: number;
}

/**
 * Share `capacity` devices among `requests` by weighted max-min fairness with whole devices.
 * Throws a RangeError for a capacity that is not a whole number from 0 to {@link MAX_CAPACITY}, a
 * demand that is not a whole number ≥ 1, a utilization outside [0, 1], an invalid submission time
 * or a repeated request id.
 */
export function allocate(
  capacity: number,
  requests: readonly AllocationRequest[],
): AllocationOutcome {
  if (!Number.isInteger(capacity) || capacity < 0 || capacity > MAX_CAPACITY) {
    throw new RangeError(
      `capacity must be a whole number of devices from 0 to ${MAX_CAPACITY}, got ${String(capacity)}`,
    );
  }

  const entries = requests.map(toEntry);
  assertUniqueIds(entries);

  const eligible = entries.filter((e) => e.outcome !== 'excluded');
  let totalDemand = 0;
  for (const e of eligible) totalDemand += e.request.demand;
  if (!Number.isSafeInteger(totalDemand)) {
    throw new RangeError(`the total demand of ${totalDemand} devices is too large to allocate`);
  }

  let level = 0;
  let leftover = 0;
  if (totalDemand <= capacity) {
    for (const e of eligible) {
      e.outcome = 'uncontested';
      e.allocated = e.request.demand;
      level = Math.max(level, e.ratio);
    }
  } else {
    ({ level, leftover } = waterFill(capacity, eligible));
  }

  const context: Context = {
    capacity,
    totalDemand,
    level,
    leftover,
    lambda: `level λ = ${level.toFixed(2)}`,
    weightTexts: new Map(),
  };
  return {
    level,
    results: entries.map((e) => ({
      id: e.request.id,
      demand: e.request.demand,
      weight: e.weight,
      allocated: e.allocated,
      explanation: explain(e, context),
    })),
  };
}

/** Contested case: serve requests in order of demand / weight while the level allows, share the rest. */
function waterFill(capacity: number, eligible: Entry[]): { level: number; leftover: number } {
  const sorted = eligible.slice().sort((a, b) => a.ratio - b.ratio || byPriority(a, b));
  const m = sorted.length;

  // Remaining weight from each position on, summed from the end (better conditioned than subtracting).
  const weightFrom = new Float64Array(m + 1);
  for (let k = m - 1; k >= 0; k--) weightFrom[k] = weightFrom[k + 1] + sorted[k].weight;

  // Serve fully while demand / weight ≤ remaining capacity / remaining weight (cross-multiplied).
  let remaining = capacity;
  let k = 0;
  while (k < m && sorted[k].request.demand * weightFrom[k] <= remaining * sorted[k].weight) {
    const e = sorted[k];
    e.outcome = 'served';
    e.allocated = e.request.demand;
    remaining -= e.request.demand;
    k++;
  }
  // Total demand exceeds the capacity, so at least the last request is capped; guard regardless.
  if (k === m) return { level: sorted[m - 1].ratio, leftover: 0 };
  const level = remaining / weightFrom[k];

  // Continuous shares of the capped requests, rounded down; their fractions add up to the leftover.
  const capped = sorted.slice(k);
  let handedOut = 0;
  for (const e of capped) {
    e.outcome = 'capped';
    const share = e.weight * level;
    if (share >= e.request.demand) {
      e.base = e.request.demand;
      e.remainder = 0;
    } else {
      const units = Math.round(share * SHARE_UNITS);
      e.base = Math.floor(units / SHARE_UNITS);
      e.remainder = units - e.base * SHARE_UNITS;
      if (e.base >= e.request.demand) {
        e.base = e.request.demand;
        e.remainder = 0;
      }
    }
    handedOut += e.base;
  }

  const leftover = remaining - handedOut;
  if (leftover >= 0) {
    // One more device each, by largest remainder, to requests still below their demand.
    const candidates = capped
      .filter((e) => e.base < e.request.demand)
      .sort((a, b) => b.remainder - a.remainder || byPriority(a, b));
    const count = Math.min(leftover, candidates.length);
    for (let i = 0; i < count; i++) candidates[i].adjustment = 1;
  } else {
    // Only reachable through float slack: take devices back from the smallest remainders.
    const candidates = capped
      .filter((e) => e.base > 0)
      .sort((a, b) => a.remainder - b.remainder || byPriority(b, a));
    const count = Math.min(-leftover, candidates.length);
    for (let i = 0; i < count; i++) candidates[i].adjustment = -1;
  }
  for (const e of capped) e.allocated = e.base + e.adjustment;
  return { level, leftover: Math.max(leftover, 0) };
}

/** Tie-break: higher weight, then earlier submission, then smaller id. */
function byPriority(a: Entry, b: Entry): number {
  return (
    b.weight - a.weight ||
    a.time - b.time ||
    (a.request.id < b.request.id ? -1 : a.request.id > b.request.id ? 1 : 0)
  );
}

function toEntry(request: AllocationRequest): Entry {
  const label = describe(request.id);
  if (typeof request.id !== 'string' || request.id.length === 0) {
    throw new RangeError(`request id must be a non-empty string, got ${label}`);
  }
  const { demand, submittedAt } = request;
  if (!Number.isSafeInteger(demand) || demand < 1) {
    throw new RangeError(
      `request ${label}: demand must be a whole number of devices, at least 1, got ${String(demand)}`,
    );
  }
  if (!(submittedAt instanceof Date) || Number.isNaN(submittedAt.getTime())) {
    throw new RangeError(`request ${label}: submittedAt must be a valid date`);
  }
  const weight = weightOf(request);
  return {
    request,
    weight,
    time: submittedAt.getTime(),
    ratio: weight > 0 ? demand / weight : Infinity,
    outcome: weight > 0 ? 'capped' : 'excluded',
    base: 0,
    remainder: 0,
    adjustment: 0,
    allocated: 0,
  };
}

function assertUtilization(utilization: number | null, id: string | undefined): void {
  if (utilization === null) return;
  if (typeof utilization !== 'number' || !(utilization >= 0 && utilization <= 1)) {
    const who = id === undefined ? '' : `request ${describe(id)}: `;
    throw new RangeError(
      `${who}utilization must be a fraction from 0 to 1 (used / reserved device-hours) or null without history, got ${String(utilization)}`,
    );
  }
}

function assertUniqueIds(entries: Entry[]): void {
  const seen = new Set<string>();
  for (const { request } of entries) {
    if (seen.has(request.id)) {
      throw new RangeError(`request ${describe(request.id)} appears more than once`);
    }
    seen.add(request.id);
  }
}

const describe = (id: unknown): string =>
  typeof id === 'string' ? JSON.stringify(id) : String(id);

interface Context {
  capacity: number;
  totalDemand: number;
  level: number;
  leftover: number;
  /** "level λ = 2.00", formatted once. */
  lambda: string;
  /** Weight descriptions by utilization and SME status: requests share a handful of them. */
  weightTexts: Map<string, string>;
}

/** Up to two decimals, without trailing zeros: 3.6, 2, 3.33. */
const decimals = (x: number): string => String(Number(x.toFixed(2)));
const percent = (fraction: number): string => String(Number((fraction * 100).toFixed(1)));

function weightText(e: Entry, c: Context): string {
  const { utilization, isSme } = e.request;
  const key = `${utilization}|${isSme}`;
  let text = c.weightTexts.get(key);
  if (text === undefined) {
    text = describeWeight(e.weight, utilization, isSme);
    c.weightTexts.set(key, text);
  }
  return text;
}

function describeWeight(weight: number, utilization: number | null, isSme: boolean): string {
  const base = UTILIZATION_BASE + (utilization ?? NEUTRAL_UTILIZATION);
  const measured =
    utilization === null
      ? `no utilization history, counted as ${percent(NEUTRAL_UTILIZATION)}%`
      : `utilization ${percent(utilization)}%`;
  const sme = isSme ? `, SME × ${SME_MULTIPLIER}` : '';
  return `weight ${weight.toFixed(2)} (${measured} → ${base.toFixed(2)}${sme})`;
}

function explain(e: Entry, c: Context): string {
  const { demand } = e.request;
  const { lambda } = c;
  switch (e.outcome) {
    case 'excluded':
      return `excluded before allocation: the firm belongs to a large business group (weight 0); demand ${demand} not served → 0`;
    case 'uncontested':
      return `${weightText(e, c)}; capacity ${c.capacity} covers the total demand of ${c.totalDemand}, so demand ${demand} is served in full → ${demand}`;
    case 'served':
      return `${weightText(e, c)}; demand ${demand} is within its fair share of ${decimals(e.weight * c.level)} devices at ${lambda}, so it is served in full and its unused share goes to the others → ${demand}`;
    case 'capped': {
      const head = `${weightText(e, c)}; `;
      if (c.capacity === 0) return `${head}the window has no devices to share (capacity 0) → 0`;
      const share = `fair share ${decimals(e.weight * c.level)} devices at ${lambda}; demand ${demand} capped to the share`;
      const rounded = `${e.base} device${e.base === 1 ? '' : 's'} after rounding`;
      if (e.adjustment > 0) {
        return `${head}${share}; ${rounded}, +1 for the largest remainder → ${e.allocated}`;
      }
      if (e.adjustment < 0) {
        return `${head}${share}; ${rounded}, −1 to stay within the capacity → ${e.allocated}`;
      }
      const missed =
        e.remainder > 0 && c.leftover > 0
          ? `, remainder ${decimals(e.remainder / SHARE_UNITS)} too small for ${c.leftover === 1 ? 'the leftover device' : `one of the ${c.leftover} leftover devices`}`
          : '';
      return `${head}${share}; ${rounded}${missed} → ${e.allocated}`;
    }
  }
}
