import { type Device, Precision, Site } from '../catalog/device';
import { matchWorkload } from '../matching/matcher';
import { DataResidency, ModelFamily, type WorkloadSpec } from '../matching/workload';
import { medianErrorFactor, type MlperfBenchmark, type MlperfResult, spearman } from './mlperf';

/**
 * The MLPerf Inference benchmarks as workloads: the reference model's size, the precision the
 * submissions run it in, Offline-scenario batching and the dataset's input size.
 */
export const BENCHMARK_WORKLOADS: Readonly<Partial<Record<MlperfBenchmark, WorkloadSpec>>> = {
  // ResNet-50 v1.5 on ImageNet, 224×224, INT8.
  resnet50: {
    name: 'MLPerf resnet50',
    family: ModelFamily.CNN_VISION,
    parameters: 25.6e6,
    precision: Precision.INT8,
    batch: 256,
    inputSize: 224,
    site: Site.CENTER,
    residency: DataResidency.ANY,
  },
  // BERT-Large on SQuAD v1.1, 384 tokens, INT8 (the 99% accuracy target allows it).
  'bert-99': {
    name: 'MLPerf bert-99',
    family: ModelFamily.TRANSFORMER_ENCODER,
    parameters: 336e6,
    precision: Precision.INT8,
    batch: 256,
    inputSize: 384,
    site: Site.CENTER,
    residency: DataResidency.ANY,
  },
  // GPT-J 6B summarising CNN/DailyMail, about 2,048 tokens of context, FP8.
  'gptj-99': {
    name: 'MLPerf gptj-99',
    family: ModelFamily.LLM_DECODE,
    parameters: 6e9,
    precision: Precision.FP8,
    batch: 64,
    inputSize: 2048,
    site: Site.CENTER,
    residency: DataResidency.ANY,
  },
  // Llama 2 70B on OpenOrca, about 2,048 tokens of context, FP8.
  'llama2-70b-99': {
    name: 'MLPerf llama2-70b-99',
    family: ModelFamily.LLM_DECODE,
    parameters: 70e9,
    precision: Precision.FP8,
    batch: 64,
    inputSize: 2048,
    site: Site.CENTER,
    residency: DataResidency.ANY,
  },
};

export interface BenchmarkComparison {
  benchmark: MlperfBenchmark;
  /** Devices with both a prediction and a measurement. */
  devices: string[];
  predicted: number[];
  measured: number[];
  /** Rows the matcher excluded (e.g. no FP8), with why. */
  excluded: { deviceId: string; reasons: string[] }[];
  spearman: number;
  medianErrorFactor: number;
}

/** The roofline's throughput per accelerator for a benchmark, or why the device cannot run it. */
export function predictPerAccelerator(
  workload: WorkloadSpec,
  device: Device,
  efficiency = 1,
): { throughput: number } | { reasons: string[] } {
  // MLPerf places no site limits: each device is measured where it is deployed.
  const site = device.sites.includes(workload.site) ? workload.site : device.sites[0];
  const result = matchWorkload({ ...workload, site }, [device], {
    efficiency: { [workload.family]: efficiency },
  });
  const [prediction] = result.ranking;
  if (!prediction) return { reasons: result.exclusions[0]?.reasons ?? ['not matched'] };
  return { throughput: prediction.throughput / prediction.devices };
}

/**
 * Share of the roofline each benchmark's submissions reach: the median of measured ÷ predicted
 * over its rows. Derived from the table, never typed in; it scales predictions without changing
 * their order.
 */
export function calibrate(
  results: readonly MlperfResult[],
  devices: ReadonlyMap<string, Device>,
): Partial<Record<MlperfBenchmark, number>> {
  const factors: Partial<Record<MlperfBenchmark, number>> = {};
  for (const [benchmark, workload] of Object.entries(BENCHMARK_WORKLOADS) as [
    MlperfBenchmark,
    WorkloadSpec,
  ][]) {
    const ratios = results
      .filter((row) => row.benchmark === benchmark)
      .flatMap((row) => {
        const device = devices.get(row.deviceId);
        const prediction = device ? predictPerAccelerator(workload, device) : null;
        return prediction && 'throughput' in prediction
          ? [row.perAccelerator / prediction.throughput]
          : [];
      })
      .sort((a, b) => a - b);
    // Never above 1: a measurement beyond the roofline means the formula over-counts, not that the
    // hardware beats its own datasheet.
    if (ratios.length) factors[benchmark] = Math.min(1, ratios[Math.floor(ratios.length / 2)]);
  }
  return factors;
}

/** Predicted against measured, per benchmark, after calibration. */
export function compareWithMeasurements(
  results: readonly MlperfResult[],
  catalog: readonly Device[],
): BenchmarkComparison[] {
  const devices = new Map(catalog.map((device) => [device.id, device]));
  const efficiency = calibrate(results, devices);
  return (Object.entries(BENCHMARK_WORKLOADS) as [MlperfBenchmark, WorkloadSpec][]).flatMap(
    ([benchmark, workload]) => {
      const rows = results.filter((row) => row.benchmark === benchmark);
      if (rows.length < 2) return [];
      const comparison: BenchmarkComparison = {
        benchmark,
        devices: [],
        predicted: [],
        measured: [],
        excluded: [],
        spearman: Number.NaN,
        medianErrorFactor: Number.NaN,
      };
      for (const row of rows) {
        const device = devices.get(row.deviceId);
        if (!device) {
          comparison.excluded.push({ deviceId: row.deviceId, reasons: ['not in the catalog'] });
          continue;
        }
        const prediction = predictPerAccelerator(workload, device, efficiency[benchmark] ?? 1);
        if ('reasons' in prediction) {
          comparison.excluded.push({ deviceId: row.deviceId, reasons: prediction.reasons });
          continue;
        }
        comparison.devices.push(row.deviceId);
        comparison.predicted.push(prediction.throughput);
        comparison.measured.push(row.perAccelerator);
      }
      if (comparison.devices.length >= 2) {
        comparison.spearman = spearman(comparison.predicted, comparison.measured);
        comparison.medianErrorFactor = medianErrorFactor(comparison.predicted, comparison.measured);
      }
      return [comparison];
    },
  );
}
