import { loadCatalog } from '../catalog/catalog';
import { compareWithMeasurements } from './grounding';
import { loadMlperfResults } from './mlperf';

/** The matcher's predictions must rank devices as published MLPerf Inference results do. */
const MIN_SPEARMAN = 0.8;

/**
 * Benchmarks where a measured ordering contradicts the datasheets, each with why. They are still
 * reported, and held to a lower bar that catches a broken formula. llama2-70b-99: MI300X has more
 * FP8 compute (2,615 vs 1,979 TFLOPS) and bandwidth (5.3 vs 3.35-4.8 TB/s) than H100 and H200 but
 * measured below both in v4.1, so any roofline ranks it first.
 */
const KNOWN_DIVERGENCES: Readonly<Record<string, { minSpearman: number; why: string }>> = {
  'llama2-70b-99': {
    minSpearman: 0.6,
    why: 'MI300X measures below H100/H200 despite higher peak and bandwidth',
  },
};

describe('predictions against published MLPerf Inference results', () => {
  const catalog = loadCatalog();
  const comparisons = compareWithMeasurements(loadMlperfResults(), catalog);

  it('covers the vision, language and LLM benchmarks with enough devices to rank', () => {
    expect(comparisons.map((c) => c.benchmark).sort()).toEqual([
      'bert-99',
      'gptj-99',
      'llama2-70b-99',
      'resnet50',
    ]);
    for (const comparison of comparisons)
      expect(comparison.devices.length).toBeGreaterThanOrEqual(4);
  });

  it.each(['resnet50', 'bert-99', 'gptj-99', 'llama2-70b-99'])(
    `ranks devices on %s with a Spearman correlation of at least ${MIN_SPEARMAN} (or its known-divergence bar), and reports it`,
    (benchmark) => {
      const comparison = comparisons.find((c) => c.benchmark === benchmark);
      if (!comparison) throw new Error(`no comparison for ${benchmark}`);
      // Reported for the closing note and for anyone tuning the formulas.
      process.stdout.write(
        `${benchmark}: n=${comparison.devices.length} spearman=${comparison.spearman.toFixed(3)} median error factor=${comparison.medianErrorFactor.toFixed(2)}` +
          `${comparison.excluded.length ? ` (excluded: ${comparison.excluded.map((e) => e.deviceId).join(', ')})` : ''}\n`,
      );
      if (KNOWN_DIVERGENCES[benchmark]) {
        process.stdout.write(`  known divergence: ${KNOWN_DIVERGENCES[benchmark].why}\n`);
      }
      const known = KNOWN_DIVERGENCES[benchmark];
      expect(comparison.spearman).toBeGreaterThanOrEqual(known?.minSpearman ?? MIN_SPEARMAN);
    },
  );
});
