import { Precision, Site } from '../catalog/device';
import { DataResidency, ModelFamily, type WorkloadSpec } from './workload';

export interface WorkloadProblem {
  field: keyof WorkloadSpec;
  message: string;
}

/** Smallest model worth matching: a thousand weights. */
export const MIN_PARAMETERS = 1e3;
/** Largest model any deployment could hold: 2 trillion weights (a server of the biggest GPUs). */
export const MAX_PARAMETERS = 2e12;
/** Largest model an edge module could hold: 50 billion weights. */
export const MAX_EDGE_PARAMETERS = 50e9;
export const MAX_BATCH = 4096;
/** The shortest latency target that makes sense: 10 µs. */
export const MIN_LATENCY_TARGET_MS = 0.01;

const INPUT_SIZE_LIMITS: Readonly<Record<ModelFamily, [number, number, string]>> = {
  CNN_VISION: [16, 8192, 'image side in pixels'],
  TRANSFORMER_ENCODER: [1, 32768, 'sequence length in tokens'],
  LLM_DECODE: [1, 1_048_576, 'context length in tokens'],
  RECOMMENDATION: [1, 100_000, 'embedding lookups per sample'],
  TIME_SERIES: [1, 1_000_000, 'window length in steps'],
};

const positiveFinite = (value: number) => Number.isFinite(value) && value > 0;

/** Every way a workload description is impossible or absurd, each naming its field. */
export function workloadProblems(workload: WorkloadSpec): WorkloadProblem[] {
  const problems: WorkloadProblem[] = [];
  const add = (field: keyof WorkloadSpec, message: string) => problems.push({ field, message });
  if (!workload.name?.trim() || workload.name.trim().length > 120) {
    add('name', 'name must be 1 to 120 characters');
  } else if (/\p{Cc}/u.test(workload.name)) {
    add('name', 'name may not contain control characters');
  }
  if (!Object.values(ModelFamily).includes(workload.family)) add('family', 'unknown model family');
  if (!Object.values(Precision).includes(workload.precision)) add('precision', 'unknown precision');
  if (!Object.values(Site).includes(workload.site)) add('site', 'unknown site');
  if (!Object.values(DataResidency).includes(workload.residency))
    add('residency', 'unknown residency');
  if (!positiveFinite(workload.parameters) || workload.parameters < MIN_PARAMETERS) {
    add('parameters', `parameters must be a number of weights of at least ${MIN_PARAMETERS}`);
  } else if (workload.parameters > MAX_PARAMETERS) {
    add(
      'parameters',
      `parameters must be at most ${MAX_PARAMETERS.toExponential()} (2 trillion); got ${workload.parameters.toExponential()}`,
    );
  } else if (workload.site === Site.EDGE && workload.parameters > MAX_EDGE_PARAMETERS) {
    add(
      'parameters',
      `an edge model has at most 50 billion weights; got ${workload.parameters.toExponential()}`,
    );
  }
  if (!Number.isInteger(workload.batch) || workload.batch < 1 || workload.batch > MAX_BATCH) {
    add('batch', `batch must be a whole number from 1 to ${MAX_BATCH}`);
  }
  if (workload.inputSize !== undefined && Object.values(ModelFamily).includes(workload.family)) {
    const [min, max, what] = INPUT_SIZE_LIMITS[workload.family];
    if (
      !Number.isInteger(workload.inputSize) ||
      workload.inputSize < min ||
      workload.inputSize > max
    ) {
      add('inputSize', `inputSize is the ${what}: a whole number from ${min} to ${max}`);
    }
  }
  if (workload.latencyTargetMs !== undefined && workload.latencyTargetMs !== null) {
    if (
      !positiveFinite(workload.latencyTargetMs) ||
      workload.latencyTargetMs < MIN_LATENCY_TARGET_MS
    ) {
      add('latencyTargetMs', `latencyTargetMs must be at least ${MIN_LATENCY_TARGET_MS} ms`);
    }
  }
  if (
    workload.throughputTarget !== undefined &&
    workload.throughputTarget !== null &&
    !positiveFinite(workload.throughputTarget)
  ) {
    add('throughputTarget', 'throughputTarget must be a positive number per second');
  }
  if (
    workload.powerBudgetW !== undefined &&
    workload.powerBudgetW !== null &&
    !positiveFinite(workload.powerBudgetW)
  ) {
    add('powerBudgetW', 'powerBudgetW must be a positive number of watts');
  }
  if (workload.residency === DataResidency.ON_SITE && workload.site === Site.CENTER) {
    add(
      'residency',
      'data that must stay on site cannot run in the computing center; choose EDGE or ON_PREMISES',
    );
  }
  return problems;
}
