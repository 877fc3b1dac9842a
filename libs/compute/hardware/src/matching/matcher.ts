import { BYTES_PER_VALUE, type Device, DeviceCategory, Site } from '../catalog/device';
import {
  DataResidency,
  fmt,
  ModelFamily,
  type WorkloadSpec,
  type WorkPerInference,
  workPerInference,
} from './workload';

/** A pool's price for a device, when the center offers it. */
export interface DeviceRate {
  poolName: string;
  creditsPerDeviceHour: number;
}

export interface MatchOptions {
  /** Credit rates by device id, from the compute pools. */
  rates?: ReadonlyMap<string, DeviceRate>;
  /** Share of the roofline a family reaches in practice, derived from measurements (default 1). */
  efficiency?: Partial<Record<ModelFamily, number>>;
}

export enum Bound {
  COMPUTE = 'COMPUTE',
  MEMORY = 'MEMORY',
}

export interface Explanation {
  factor: 'fit' | 'roofline' | 'throughput' | 'latency' | 'energy' | 'cost' | 'score';
  text: string;
}

export interface Prediction {
  deviceId: string;
  deviceName: string;
  category: DeviceCategory;
  /** Devices one deployment needs to hold the model. */
  devices: number;
  bound: Bound;
  /** Inferences (tokens for LLM decode) per second for the whole deployment. */
  throughput: number;
  /** Time for one batch (one decoding step), ms. */
  latencyMs: number;
  energyPerInferenceJ: number;
  powerW: number;
  creditsPerHour: number | null;
  creditsPerMillionInferences: number | null;
  meetsLatencyTarget: boolean | null;
  meetsThroughputTarget: boolean | null;
  /** 0–100; higher is better. */
  score: number;
  explanations: Explanation[];
}

export interface Exclusion {
  deviceId: string;
  deviceName: string;
  reasons: string[];
}

export interface MatchResult {
  work: WorkPerInference;
  ranking: Prediction[];
  exclusions: Exclusion[];
}

/** Share of a device's memory a model may use; the rest goes to the runtime and fragmentation. */
export const USABLE_MEMORY_SHARE = 0.9;
/** Most devices one deployment may span: a server's worth in the center, one module at the edge. */
export const MAX_DEVICES: Readonly<Record<Site, number>> = { CENTER: 8, ON_PREMISES: 8, EDGE: 1 };
/** How much each factor weighs in the score. */
export const SCORE_WEIGHTS = { throughput: 0.5, energy: 0.3, cost: 0.2 } as const;
/** A missed latency or throughput target keeps this share of the score. */
export const MISSED_LATENCY_FACTOR = 0.5;
export const MISSED_THROUGHPUT_FACTOR = 0.7;

interface Candidate extends Omit<Prediction, 'score' | 'explanations'> {
  explanations: Explanation[];
}

/**
 * Ranks devices for a workload: hard limits first (precision, memory fit, power, site, data
 * residency), then a roofline estimate of each survivor (the slower of compute and memory
 * traffic), energy and credit cost, and a score. Every number comes with a sentence saying how.
 */
export function matchWorkload(
  workload: WorkloadSpec,
  devices: readonly Device[],
  options: MatchOptions = {},
): MatchResult {
  const work = workPerInference(workload);
  const exclusions: Exclusion[] = [];
  const candidates: Candidate[] = [];
  for (const device of devices) {
    const reasons = hardLimits(workload, work, device);
    if (reasons.length) {
      exclusions.push({ deviceId: device.id, deviceName: device.name, reasons });
      continue;
    }
    candidates.push(predict(workload, work, device, options));
  }
  return { work, ranking: rank(candidates), exclusions };
}

function devicesNeeded(work: WorkPerInference, device: Device): number {
  return Math.max(
    1,
    Math.ceil(work.footprintBytes / (device.memoryGb.value * 1e9 * USABLE_MEMORY_SHARE)),
  );
}

function hardLimits(workload: WorkloadSpec, work: WorkPerInference, device: Device): string[] {
  const reasons: string[] = [];
  if (!device.peak[workload.precision]) {
    reasons.push(
      `It does not run ${workload.precision}; it supports ${Object.keys(device.peak).join(', ')}.`,
    );
  }
  if (!device.sites.includes(workload.site)) {
    reasons.push(
      `It is not deployed at ${siteName(workload.site)} sites (only ${device.sites.map(siteName).join(', ')}).`,
    );
  }
  if (
    workload.residency === DataResidency.ON_SITE &&
    !device.sites.some((site) => site !== Site.CENTER)
  ) {
    reasons.push(
      'The data must stay on the firm’s site, and this device runs only in the computing center.',
    );
  }
  const needed = devicesNeeded(work, device);
  const max = MAX_DEVICES[workload.site];
  if (needed > max) {
    reasons.push(
      `The model needs ${gb(work.footprintBytes)} of memory: ${needed} × ${device.memoryGb.value} GB devices, more than the ${max} one ${siteName(workload.site)} deployment can have.`,
    );
  }
  const power = Math.min(needed, max) * device.powerW.value;
  if (workload.powerBudgetW && power > workload.powerBudgetW) {
    reasons.push(
      `${Math.min(needed, max)} × ${device.powerW.value} W = ${round(power)} W is over the ${workload.powerBudgetW} W power budget.`,
    );
  }
  return reasons;
}

function predict(
  workload: WorkloadSpec,
  work: WorkPerInference,
  device: Device,
  options: MatchOptions,
): Candidate {
  const n = devicesNeeded(work, device);
  const B = workload.batch;
  const efficiency = options.efficiency?.[workload.family] ?? 1;
  const peak = (device.peak[workload.precision]?.value ?? 0) * 1e12 * n * efficiency;
  // Processing-in-memory reads from inside the memory, at its internal bandwidth.
  const internal =
    device.category === DeviceCategory.PIM ? device.internalBandwidthGBps : undefined;
  const pim = internal !== undefined;
  const bandwidthGBps = internal ? internal.value : device.memoryBandwidthGBps.value;
  const bandwidth = bandwidthGBps * 1e9 * n * efficiency;
  const computeSeconds = (work.flops * B) / peak;
  const memorySeconds = (work.bytes * B) / bandwidth;
  const batchSeconds = Math.max(computeSeconds, memorySeconds);
  const bound = memorySeconds > computeSeconds ? Bound.MEMORY : Bound.COMPUTE;
  const throughput = B / batchSeconds;
  const latencyMs = batchSeconds * 1000;
  const powerW = n * device.powerW.value;
  const energyPerInferenceJ = (powerW * batchSeconds) / B;
  const rate = options.rates?.get(device.id);
  const creditsPerHour = rate ? rate.creditsPerDeviceHour * n : null;
  const creditsPerMillionInferences =
    creditsPerHour === null ? null : (creditsPerHour / 3600 / throughput) * 1e6;
  const meetsLatencyTarget = workload.latencyTargetMs
    ? latencyMs <= workload.latencyTargetMs
    : null;
  const meetsThroughputTarget = workload.throughputTarget
    ? throughput >= workload.throughputTarget
    : null;
  const unit = workload.family === ModelFamily.LLM_DECODE ? 'tokens' : 'inferences';
  const step = workload.family === ModelFamily.LLM_DECODE ? 'decoding step' : 'batch';

  const explanations: Explanation[] = [
    {
      factor: 'fit',
      text: `The model needs ${gb(work.footprintBytes)} (${workload.precision}, ${BYTES_PER_VALUE[workload.precision]} bytes a value); ${n === 1 ? `one ${device.memoryGb.value} GB device holds it` : `${n} × ${device.memoryGb.value} GB devices hold it`}.`,
    },
    {
      factor: 'roofline',
      text:
        `${bound === Bound.MEMORY ? 'Memory-bound' : 'Compute-bound'}: a ${step} of ${B} does ${fmt(work.flops * B)}FLOP, ${ms(computeSeconds)} at ${n > 1 ? `${n} × ` : ''}${device.peak[workload.precision]?.value} T${workload.precision.startsWith('INT') ? 'OPS' : 'FLOPS'}` +
        `, and moves ${gb(work.bytes * B)}, ${ms(memorySeconds)} at ${n > 1 ? `${n} × ` : ''}${bandwidthGBps} GB/s${pim ? ' of internal PIM bandwidth' : ''}` +
        `${efficiency !== 1 ? `, both at the ${round(efficiency * 100)}% of peak that published measurements of this kind of model reach` : ''}.`,
    },
    {
      factor: 'throughput',
      text: `About ${fmt(throughput)} ${unit}/s for the deployment${
        meetsThroughputTarget === null
          ? ''
          : meetsThroughputTarget
            ? `, meeting the ${fmt(workload.throughputTarget ?? 0)}/s target`
            : `, short of the ${fmt(workload.throughputTarget ?? 0)}/s target`
      }.`,
    },
    {
      factor: 'latency',
      text: `${ms(batchSeconds)} per ${step}${
        meetsLatencyTarget === null
          ? ''
          : meetsLatencyTarget
            ? `, within the ${workload.latencyTargetMs} ms target`
            : `, over the ${workload.latencyTargetMs} ms target`
      }.`,
    },
    {
      factor: 'energy',
      text: `${round(powerW)} W for ${ms(batchSeconds)} per ${step}: ${energy(energyPerInferenceJ)} per ${unit === 'tokens' ? 'token' : 'inference'}.`,
    },
    {
      factor: 'cost',
      text:
        rate && creditsPerHour !== null && creditsPerMillionInferences !== null
          ? `${rate.poolName} charges ${rate.creditsPerDeviceHour} credits per device-hour: ${round(creditsPerHour)} credits an hour, ${round(creditsPerMillionInferences)} per million ${unit}.`
          : 'No compute pool offers this device yet, so it has no credit cost.',
    },
  ];
  return {
    deviceId: device.id,
    deviceName: device.name,
    category: device.category,
    devices: n,
    bound,
    throughput,
    latencyMs,
    energyPerInferenceJ,
    powerW,
    creditsPerHour,
    creditsPerMillionInferences,
    meetsLatencyTarget,
    meetsThroughputTarget,
    explanations,
  };
}

/**
 * Scores relative to the other candidates on a log scale (so a device twice as fast gains the
 * same wherever it sits): throughput, energy per inference and, where every candidate has a
 * price, credits per million inferences. Missed targets scale the score down.
 */
function rank(candidates: Candidate[]): Prediction[] {
  const priced =
    candidates.length > 0 && candidates.every((c) => c.creditsPerMillionInferences !== null);
  const weights = priced
    ? SCORE_WEIGHTS
    : {
        throughput: SCORE_WEIGHTS.throughput / (1 - SCORE_WEIGHTS.cost),
        energy: SCORE_WEIGHTS.energy / (1 - SCORE_WEIGHTS.cost),
        cost: 0,
      };
  const throughputScore = relative(
    candidates.map((c) => c.throughput),
    true,
  );
  const energyScore = relative(
    candidates.map((c) => c.energyPerInferenceJ),
    false,
  );
  const costScore = priced
    ? relative(
        candidates.map((c) => c.creditsPerMillionInferences ?? 0),
        false,
      )
    : candidates.map(() => 0);
  const ranked = candidates.map((candidate, i) => {
    let score =
      weights.throughput * throughputScore[i] +
      weights.energy * energyScore[i] +
      weights.cost * costScore[i];
    const penalties: string[] = [];
    if (candidate.meetsLatencyTarget === false) {
      score *= MISSED_LATENCY_FACTOR;
      penalties.push(`halved for missing the latency target`);
    }
    if (candidate.meetsThroughputTarget === false) {
      score *= MISSED_THROUGHPUT_FACTOR;
      penalties.push(`× ${MISSED_THROUGHPUT_FACTOR} for missing the throughput target`);
    }
    const value = Math.round(score * 1000) / 10;
    const parts = [
      `throughput ${round(throughputScore[i])} × ${pct(weights.throughput)}`,
      `energy ${round(energyScore[i])} × ${pct(weights.energy)}`,
      ...(priced ? [`cost ${round(costScore[i])} × ${pct(weights.cost)}`] : []),
    ];
    return {
      ...candidate,
      score: value,
      explanations: [
        ...candidate.explanations,
        {
          factor: 'score' as const,
          text: `Score ${value}: ${parts.join(' + ')}, each 0–1 against the other candidates${penalties.length ? `; ${penalties.join(', ')}` : ''}.`,
        },
      ],
    };
  });
  return ranked.sort(
    (a, b) =>
      b.score - a.score || b.throughput - a.throughput || a.deviceId.localeCompare(b.deviceId),
  );
}

/** Position of each value between the worst and the best, on a log scale; 1 when all are equal. */
/**
 * Each value against the best one, on a log scale with a fixed span: the best scores 1, a
 * hundredth as good scores 0. Close values stay close whatever else is in the list.
 */
export const SCORE_SPAN_DECADES = 2;

function relative(values: number[], higherIsBetter: boolean): number[] {
  const usable = values.filter((v) => Number.isFinite(v) && v > 0);
  if (usable.length === 0) return values.map(() => 0);
  const best = higherIsBetter ? Math.max(...usable) : Math.min(...usable);
  return values.map((v) => {
    if (!Number.isFinite(v) || v <= 0) return higherIsBetter || v < 0 ? 0 : 1;
    const decades = Math.abs(Math.log10(higherIsBetter ? best / v : v / best));
    return Math.max(0, 1 - decades / SCORE_SPAN_DECADES);
  });
}

const siteName = (site: Site) =>
  ({ EDGE: 'edge', ON_PREMISES: 'on-premises', CENTER: 'computing-center' })[site];
const round = (value: number) => String(Number(value.toPrecision(3)));
const pct = (share: number) => `${Math.round(share * 100)}%`;
const gb = (bytes: number) => `${round(bytes / 1e9)} GB`;
const ms = (seconds: number) => `${round(seconds * 1000)} ms`;
const energy = (joules: number) =>
  joules >= 1 ? `${round(joules)} J` : `${round(joules * 1000)} mJ`;
