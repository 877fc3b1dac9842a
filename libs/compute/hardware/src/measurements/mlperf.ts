import { readFileSync } from 'fs';
import { join } from 'path';

/**
 * Published MLPerf Inference results (MLCommons, closed division, Offline scenario) for devices
 * of the hardware catalog, kept to check that a performance model ranks devices like the
 * measurements do. Every row is per-accelerator comparable: `perAccelerator` is the system's
 * throughput divided by the accelerators in it.
 */

export const MLPERF_BENCHMARKS = [
  'resnet50',
  'retinanet',
  'bert-99',
  'gptj-99',
  'llama2-70b-99',
  '3d-unet-99',
  'dlrm-v2-99',
] as const;
export type MlperfBenchmark = (typeof MLPERF_BENCHMARKS)[number];

export type MlperfCategory = 'datacenter' | 'edge';
export type MlperfUnit = 'samples/s' | 'tokens/s';
/** 'read': the figure was read from the published source; 'recalled': from memory of one. */
export type MlperfConfidence = 'read' | 'recalled';

export interface MlperfResult {
  benchmark: MlperfBenchmark;
  division: 'closed';
  category: MlperfCategory;
  scenario: 'Offline';
  /** A device id of the hardware catalog. */
  deviceId: string;
  acceleratorsInSystem: number;
  systemThroughput: number;
  unit: MlperfUnit;
  /** systemThroughput / acceleratorsInSystem. */
  perAccelerator: number;
  submitter: string;
  system: string;
  /** MLPerf Inference round, e.g. 'v4.1'. */
  version: string;
  /** MLCommons result id, e.g. '4.0-0042', when known. */
  resultId?: string;
  /** https address of the published figure. */
  source: string;
  confidence: MlperfConfidence;
  note?: string;
}

export interface MlperfProblem {
  /** Index of the row in `results`, or -1 for the table as a whole. */
  index: number;
  field: string;
  message: string;
}

export interface MlperfCheckOptions {
  /** When given, every deviceId must be one of these. */
  knownDeviceIds?: ReadonlySet<string>;
}

/** Benchmarks whose published metric is one unit only; the others (gptj-99) changed over rounds. */
const UNIT_OF: Partial<Record<MlperfBenchmark, MlperfUnit>> = {
  resnet50: 'samples/s',
  retinanet: 'samples/s',
  'bert-99': 'samples/s',
  '3d-unet-99': 'samples/s',
  'dlrm-v2-99': 'samples/s',
  'llama2-70b-99': 'tokens/s',
};

/** How far perAccelerator may be from systemThroughput / acceleratorsInSystem, relatively. */
const PER_ACCELERATOR_TOLERANCE = 0.01;

const VERSION = /^v\d+\.\d+$/;
const RESULT_ID = /^\d+\.\d+-\d+$/;
const DEVICE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isPositive = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0;

const isText = (value: unknown): value is string =>
  typeof value === 'string' && value.trim().length > 0;

function isHttps(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

function rowProblems(row: unknown, index: number, options: MlperfCheckOptions): MlperfProblem[] {
  const problems: MlperfProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ index, field, message });
  if (!isRecord(row)) {
    problem('row', 'is not an object');
    return problems;
  }

  const benchmark = row['benchmark'];
  const knownBenchmark = (MLPERF_BENCHMARKS as readonly unknown[]).includes(benchmark);
  if (!knownBenchmark) problem('benchmark', `unknown benchmark ${JSON.stringify(benchmark)}`);
  if (row['division'] !== 'closed') problem('division', 'must be "closed"');
  if (row['category'] !== 'datacenter' && row['category'] !== 'edge') {
    problem('category', 'must be "datacenter" or "edge"');
  }
  if (row['scenario'] !== 'Offline') problem('scenario', 'must be "Offline"');

  const deviceId = row['deviceId'];
  if (typeof deviceId !== 'string' || !DEVICE_ID.test(deviceId)) {
    problem('deviceId', 'must be a kebab-case device id');
  } else if (options.knownDeviceIds && !options.knownDeviceIds.has(deviceId)) {
    problem('deviceId', `${deviceId} is not in the catalog`);
  }

  const accelerators = row['acceleratorsInSystem'];
  const acceleratorsOk = isPositive(accelerators) && Number.isInteger(accelerators);
  if (!acceleratorsOk) problem('acceleratorsInSystem', 'must be a positive integer');
  const system = row['systemThroughput'];
  if (!isPositive(system)) problem('systemThroughput', 'must be a positive number');
  const per = row['perAccelerator'];
  if (!isPositive(per)) problem('perAccelerator', 'must be a positive number');
  if (acceleratorsOk && isPositive(system) && isPositive(per)) {
    const expected = system / accelerators;
    if (Math.abs(per - expected) > PER_ACCELERATOR_TOLERANCE * expected) {
      problem(
        'perAccelerator',
        `${per} is not systemThroughput / acceleratorsInSystem (${expected})`,
      );
    }
  }

  const unit = row['unit'];
  if (unit !== 'samples/s' && unit !== 'tokens/s') {
    problem('unit', 'must be "samples/s" or "tokens/s"');
  } else if (knownBenchmark) {
    const expectedUnit = UNIT_OF[benchmark as MlperfBenchmark];
    if (expectedUnit && unit !== expectedUnit) {
      problem('unit', `${String(benchmark)} is published in ${expectedUnit}`);
    }
  }

  if (!isText(row['submitter'])) problem('submitter', 'must be given');
  if (!isText(row['system'])) problem('system', 'must be given');
  if (typeof row['version'] !== 'string' || !VERSION.test(row['version'])) {
    problem('version', 'must look like v4.0');
  }
  const resultId = row['resultId'];
  if (resultId !== undefined && (typeof resultId !== 'string' || !RESULT_ID.test(resultId))) {
    problem('resultId', 'must look like 4.0-0042');
  }
  if (!isHttps(row['source'])) problem('source', 'must be an https address');
  if (row['confidence'] !== 'read' && row['confidence'] !== 'recalled') {
    problem('confidence', 'must be "read" or "recalled"');
  }
  if (row['note'] !== undefined && typeof row['note'] !== 'string') {
    problem('note', 'must be text');
  }
  return problems;
}

/** What is wrong with a parsed results file (`{ results: [...] }`); empty when it is sound. */
export function mlperfProblems(data: unknown, options: MlperfCheckOptions = {}): MlperfProblem[] {
  if (!isRecord(data) || !Array.isArray(data['results'])) {
    return [{ index: -1, field: 'results', message: 'must be an object with a results array' }];
  }
  const rows: unknown[] = data['results'];
  const problems = rows.flatMap((row, index) => rowProblems(row, index, options));

  // One row per benchmark and device, so that a ranking compares devices, not submissions.
  const seen = new Map<string, number>();
  rows.forEach((row, index) => {
    if (!isRecord(row)) return;
    const key = `${String(row['benchmark'])} ${String(row['deviceId'])}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else problems.push({ index, field: 'deviceId', message: `repeats row ${first} (${key})` });
  });
  return problems;
}

/** The results of a parsed file, or an error naming every problem. */
export function parseMlperfResults(
  data: unknown,
  options: MlperfCheckOptions = {},
): MlperfResult[] {
  const problems = mlperfProblems(data, options);
  if (problems.length > 0) {
    const lines = problems.map((p) => `  row ${p.index}, ${p.field}: ${p.message}`);
    throw new Error(`Invalid MLPerf results:\n${lines.join('\n')}`);
  }
  return (data as { results: MlperfResult[] }).results;
}

/** The bundled table (mlperf-results.json, copied next to the compiled module), validated. */
export function loadMlperfResults(options: MlperfCheckOptions = {}): MlperfResult[] {
  const text = readFileSync(join(__dirname, 'mlperf-results.json'), 'utf8');
  return parseMlperfResults(JSON.parse(text), options);
}

/** The rows of one benchmark. */
export function resultsFor(results: readonly MlperfResult[], benchmark: MlperfBenchmark) {
  return results.filter((r) => r.benchmark === benchmark);
}

/** 1-based ranks, ascending; tied values share the average of the ranks they span. */
function ranks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const result = new Array<number>(values.length);
  let start = 0;
  while (start < order.length) {
    let end = start;
    while (end + 1 < order.length && order[end + 1].value === order[start].value) end++;
    const rank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) result[order[k].index] = rank;
    start = end + 1;
  }
  return result;
}

function checkPairs(xs: readonly number[], ys: readonly number[], what: string): void {
  if (xs.length !== ys.length) throw new Error(`${what}: ${xs.length} values against ${ys.length}`);
  if ([...xs, ...ys].some((v) => !Number.isFinite(v))) {
    throw new Error(`${what}: values must be finite`);
  }
}

/**
 * Spearman's rank correlation: the Pearson correlation of the ranks, ties taking average ranks.
 * 1 when ys rank the items like xs do, -1 when in reverse; NaN when either side is all ties.
 */
export function spearman(xs: readonly number[], ys: readonly number[]): number {
  checkPairs(xs, ys, 'spearman');
  if (xs.length < 2) throw new Error('spearman: needs at least two pairs');
  const rx = ranks(xs);
  const ry = ranks(ys);
  const mean = (xs.length + 1) / 2; // the mean of the ranks 1..n, ties included
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < rx.length; i++) {
    const dx = rx[i] - mean;
    const dy = ry[i] - mean;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return Number.NaN;
  return sxy / Math.sqrt(sxx * syy);
}

/**
 * The median, over pairs, of max(p/m, m/p): how many times off a typical prediction is,
 * whichever way. 1 is exact; 2 means half the predictions are within a factor of two.
 */
export function medianErrorFactor(
  predicted: readonly number[],
  measured: readonly number[],
): number {
  checkPairs(predicted, measured, 'medianErrorFactor');
  if (predicted.length === 0) throw new Error('medianErrorFactor: needs at least one pair');
  if ([...predicted, ...measured].some((v) => v <= 0)) {
    throw new Error('medianErrorFactor: values must be positive');
  }
  const factors = predicted
    .map((p, i) => Math.max(p / measured[i], measured[i] / p))
    .sort((a, b) => a - b);
  const middle = Math.floor(factors.length / 2);
  return factors.length % 2 === 1 ? factors[middle] : (factors[middle - 1] + factors[middle]) / 2;
}
