/*
 * In-process timings of the hardware matcher: one workload against 1,000 devices, and a batch of
 * 1,000 workloads × 500 devices. The devices are variants of the catalog's (figures scaled by a
 * fixed pseudo-random factor), so the work per device is realistic.
 */
import {
  type Device,
  loadCatalog,
  matchWorkload,
  VERTICAL_TEMPLATES,
  type WorkloadSpec,
} from '@vcp/compute/hardware';

/** A repeatable pseudo-random sequence (mulberry32), so every run matches the same devices. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` devices derived from the catalog, each figure scaled by 0.5–2×. */
export function syntheticDevices(count: number, seed = 42): Device[] {
  const catalog = loadCatalog();
  const next = random(seed);
  return Array.from({ length: count }, (_, i) => {
    const base = catalog[i % catalog.length];
    const scale = 0.5 + next() * 1.5;
    const figure = <T extends { value: number }>(f: T): T => ({
      ...f,
      value: Number((f.value * scale).toPrecision(4)),
    });
    return {
      ...base,
      id: `${base.id}-v${i}`,
      name: `${base.name} (variant ${i})`,
      peak: Object.fromEntries(
        Object.entries(base.peak).map(([precision, f]) => [precision, figure(f)]),
      ),
      memoryGb: figure(base.memoryGb),
      memoryBandwidthGBps: figure(base.memoryBandwidthGBps),
      ...(base.internalBandwidthGBps
        ? { internalBandwidthGBps: figure(base.internalBandwidthGBps) }
        : {}),
      powerW: figure(base.powerW),
    };
  });
}

/** `count` workloads: the vertical templates with sizes and batches varied. */
export function syntheticWorkloads(count: number, seed = 7): WorkloadSpec[] {
  const templates = Object.values(VERTICAL_TEMPLATES).flat();
  const next = random(seed);
  return Array.from({ length: count }, (_, i) => {
    const base = templates[i % templates.length];
    return {
      ...base,
      name: `${base.name} #${i}`,
      parameters: base.parameters * (0.5 + next()),
      batch: Math.max(1, Math.round(base.batch * (0.5 + next()))),
    };
  });
}

/** The workload the matching scenarios rank devices for: e-commerce recommendation in the center. */
export const BENCH_MATCH_WORKLOAD: WorkloadSpec = VERTICAL_TEMPLATES.E_COMMERCE[0];

export interface MatchingTimings {
  oneWorkloadThousandDevices: {
    runs: number;
    medianMs: number;
    p95Ms: number;
    ranked: number;
    excluded: number;
  };
  thousandWorkloadsFiveHundredDevices: { seconds: number; matchesPerSecond: number };
}

export function timeMatching(): MatchingTimings {
  const thousand = syntheticDevices(1000);
  // A computing-center FP16 workload, so most variants are ranked rather than excluded.
  const workload = BENCH_MATCH_WORKLOAD;
  // Warm the JIT before timing.
  for (let i = 0; i < 5; i++) matchWorkload(workload, thousand);
  const samples: number[] = [];
  let last = matchWorkload(workload, thousand);
  for (let i = 0; i < 50; i++) {
    const started = process.hrtime.bigint();
    last = matchWorkload(workload, thousand);
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  samples.sort((a, b) => a - b);

  const fiveHundred = syntheticDevices(500, 99);
  const workloads = syntheticWorkloads(1000);
  const started = process.hrtime.bigint();
  for (const spec of workloads) matchWorkload(spec, fiveHundred);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return {
    oneWorkloadThousandDevices: {
      runs: samples.length,
      medianMs: samples[Math.floor(samples.length / 2)],
      p95Ms: samples[Math.floor(samples.length * 0.95)],
      ranked: last.ranking.length,
      excluded: last.exclusions.length,
    },
    thousandWorkloadsFiveHundredDevices: {
      seconds,
      matchesPerSecond: (workloads.length * fiveHundred.length) / seconds,
    },
  };
}

if (require.main === module) {
  const timings = timeMatching();
  process.stdout.write(`${JSON.stringify(timings, null, 2)}\n`);
}
