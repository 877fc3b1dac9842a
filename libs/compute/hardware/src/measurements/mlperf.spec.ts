import {
  loadMlperfResults,
  medianErrorFactor,
  mlperfProblems,
  parseMlperfResults,
  resultsFor,
  spearman,
  type MlperfResult,
} from './mlperf';

/** The device ids of the hardware catalog the table may refer to. */
const CATALOG_IDS = new Set([
  'nvidia-a100-sxm-80gb',
  'nvidia-a100-pcie-80gb',
  'nvidia-h100-sxm',
  'nvidia-h100-pcie',
  'nvidia-h200-sxm',
  'nvidia-l4',
  'nvidia-l40s',
  'nvidia-a10',
  'nvidia-a30',
  'nvidia-t4',
  'amd-mi300x',
  'intel-gaudi2',
  'qualcomm-cloud-ai-100-standard',
  'furiosa-warboy',
  'furiosa-rngd',
  'rebellions-atom',
  'nvidia-jetson-agx-orin-64gb',
  'nvidia-jetson-orin-nx-16gb',
  'hailo-8',
]);

const row: MlperfResult = {
  benchmark: 'resnet50',
  division: 'closed',
  category: 'datacenter',
  scenario: 'Offline',
  deviceId: 'nvidia-l40s',
  acceleratorsInSystem: 8,
  systemThroughput: 369341,
  unit: 'samples/s',
  perAccelerator: 46167.625, // 369341 / 8
  submitter: 'ASUSTeK',
  system: 'ESC8000-E11 (8x L40S, TensorRT)',
  version: 'v4.0',
  source: 'https://github.com/mlcommons/inference_results_v4.0',
  confidence: 'read',
};

const problemFields = (change: Record<string, unknown>) =>
  mlperfProblems({ results: [{ ...row, ...change }] }, { knownDeviceIds: CATALOG_IDS }).map(
    (p) => p.field,
  );

describe('spearman', () => {
  it('is 1 for the same order and -1 for the reverse', () => {
    expect(spearman([1, 2, 3, 4], [10, 20, 30, 40])).toBeCloseTo(1, 12);
    expect(spearman([1, 2, 3, 4], [40, 30, 20, 10])).toBeCloseTo(-1, 12);
  });

  it('depends on ranks only', () => {
    // ranks of [1, 10, 100, 1000] and of [2, 3, 5, 7] are both [1, 2, 3, 4]
    expect(spearman([1, 10, 100, 1000], [2, 3, 5, 7])).toBeCloseTo(1, 12);
  });

  it('matches 1 - 6 Σd² / (n (n² - 1)) without ties', () => {
    // ranks x = [1, 2, 3, 4, 5], y = [2, 1, 4, 3, 5]; d = [-1, 1, -1, 1, 0], Σd² = 4
    // rho = 1 - 6 * 4 / (5 * 24) = 1 - 24 / 120 = 0.8
    expect(spearman([1, 2, 3, 4, 5], [2, 1, 4, 3, 5])).toBeCloseTo(0.8, 12);
  });

  it('gives tied values the average of their ranks', () => {
    // x = [1, 2, 2, 3] ranks [1, 2.5, 2.5, 4]; y = [1, 2, 3, 4] ranks [1, 2, 3, 4]; means 2.5
    // dx = [-1.5, 0, 0, 1.5], dy = [-1.5, -0.5, 0.5, 1.5]
    // Σdx·dy = 2.25 + 0 + 0 + 2.25 = 4.5; Σdx² = 4.5; Σdy² = 5
    // rho = 4.5 / √(4.5 · 5) = 4.5 / √22.5 = √0.9 ≈ 0.948683
    expect(spearman([1, 2, 2, 3], [1, 2, 3, 4])).toBeCloseTo(Math.sqrt(0.9), 12);
  });

  it('is NaN when one side is all ties, and refuses unmatched or too few pairs', () => {
    expect(spearman([5, 5, 5], [1, 2, 3])).toBeNaN();
    expect(() => spearman([1, 2], [1])).toThrow();
    expect(() => spearman([1], [1])).toThrow();
    expect(() => spearman([1, Number.NaN], [1, 2])).toThrow();
  });
});

describe('medianErrorFactor', () => {
  it('takes the median of max(p/m, m/p) over an odd count', () => {
    // factors: 2/1 = 2, 1/1 = 1, 10/30 → 30/10 = 3; sorted [1, 2, 3]; median 2
    expect(medianErrorFactor([2, 1, 10], [1, 1, 30])).toBe(2);
  });

  it('averages the two middle factors over an even count', () => {
    // factors: 2/1 = 2, 4/1 = 4, 1/1 = 1, 1.5/1 = 1.5; sorted [1, 1.5, 2, 4]
    // median (1.5 + 2) / 2 = 1.75
    expect(medianErrorFactor([1, 4, 1, 1], [2, 1, 1, 1.5])).toBeCloseTo(1.75, 12);
  });

  it('is 1 for exact predictions and refuses bad input', () => {
    expect(medianErrorFactor([3, 7], [3, 7])).toBe(1);
    expect(() => medianErrorFactor([], [])).toThrow();
    expect(() => medianErrorFactor([1, 2], [1])).toThrow();
    expect(() => medianErrorFactor([0], [1])).toThrow();
    expect(() => medianErrorFactor([1], [-1])).toThrow();
  });
});

describe('MLPerf results validation', () => {
  it('accepts a sound row', () => {
    expect(problemFields({})).toEqual([]);
  });

  it.each<[Record<string, unknown>, string]>([
    [{ benchmark: 'mobilenet' }, 'benchmark'],
    [{ division: 'open' }, 'division'],
    [{ category: 'mobile' }, 'category'],
    [{ scenario: 'Server' }, 'scenario'],
    [{ deviceId: 'NVIDIA L40S' }, 'deviceId'],
    [{ deviceId: 'nvidia-b200' }, 'deviceId'],
    [{ acceleratorsInSystem: 0 }, 'acceleratorsInSystem'],
    [{ acceleratorsInSystem: 1.5 }, 'acceleratorsInSystem'],
    [{ systemThroughput: -1 }, 'systemThroughput'],
    [{ perAccelerator: Number.NaN }, 'perAccelerator'],
    // 369341 / 8 = 46167.6; 46700 is 1.15% above it, beyond the 1% allowed
    [{ perAccelerator: 46700 }, 'perAccelerator'],
    [{ unit: 'queries/s' }, 'unit'],
    [{ unit: 'tokens/s' }, 'unit'],
    [{ submitter: ' ' }, 'submitter'],
    [{ system: '' }, 'system'],
    [{ version: '4.0' }, 'version'],
    [{ version: 'v4' }, 'version'],
    [{ resultId: '42' }, 'resultId'],
    [{ source: 'http://mlcommons.org/benchmarks/inference-datacenter/' }, 'source'],
    [{ source: 'not a url' }, 'source'],
    [{ confidence: 'guessed' }, 'confidence'],
  ])('refuses %j, naming %s', (change, field) => {
    expect(problemFields(change)).toContain(field);
  });

  it('allows perAccelerator within 1% and a well-formed resultId', () => {
    // 46167.625 · 1.009 ≈ 46583.1, inside the 1% band
    expect(problemFields({ perAccelerator: 46583, resultId: '4.0-0042' })).toEqual([]);
  });

  it('refuses two rows for the same benchmark and device', () => {
    const problems = mlperfProblems({ results: [row, { ...row, version: 'v4.1' }] });
    expect(problems).toEqual([expect.objectContaining({ index: 1, field: 'deviceId' })]);
  });

  it('refuses a file without a results array, and parse throws on problems', () => {
    expect(mlperfProblems([row])).toHaveLength(1);
    expect(() => parseMlperfResults({ results: [{ ...row, version: 'four' }] })).toThrow(/version/);
  });
});

describe('the bundled MLPerf table', () => {
  const results = loadMlperfResults({ knownDeviceIds: CATALOG_IDS });

  it('validates against the catalog', () => {
    expect(mlperfProblems({ results }, { knownDeviceIds: CATALOG_IDS })).toEqual([]);
  });

  it.each(['resnet50', 'bert-99', 'llama2-70b-99'] as const)(
    'covers at least five devices for %s',
    (benchmark) => {
      const devices = new Set(resultsFor(results, benchmark).map((r) => r.deviceId));
      expect(devices.size).toBeGreaterThanOrEqual(5);
    },
  );

  it('reports the LLM benchmark in tokens/s', () => {
    const llm = resultsFor(results, 'llama2-70b-99');
    expect(llm.every((r) => r.unit === 'tokens/s')).toBe(true);
  });

  it('orders NVIDIA datacenter generations as expected', () => {
    const per = (benchmark: 'resnet50' | 'bert-99', deviceId: string) =>
      resultsFor(results, benchmark).find((r) => r.deviceId === deviceId)?.perAccelerator ??
      Number.NaN;
    // resnet50: H200 756960 / 8 = 94620 > H100 91825.7 > A100-SXM 42379.3
    expect(per('resnet50', 'nvidia-h200-sxm')).toBeGreaterThan(per('resnet50', 'nvidia-h100-sxm'));
    expect(per('resnet50', 'nvidia-h100-sxm')).toBeGreaterThan(
      per('resnet50', 'nvidia-a100-sxm-80gb'),
    );
    // bert-99: H100 9369.12 > A100-SXM 3590.46 (H200 73309.5 / 8 = 9163.69 is within 3% of H100)
    expect(per('bert-99', 'nvidia-h100-sxm')).toBeGreaterThan(
      per('bert-99', 'nvidia-a100-sxm-80gb'),
    );
  });
});
