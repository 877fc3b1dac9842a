import { type Device, DeviceCategory, Precision, Site } from '../catalog/device';
import { Bound, matchWorkload } from './matcher';
import { DataResidency, ModelFamily, type WorkloadSpec, workPerInference } from './workload';

const source = [
  { id: 's', document: 'Test sheet', url: 'https://example.com/sheet', asOf: '2026-01-01' },
];
const figure = (value: number) => ({ value, source: 's' });

/** Round-number devices so the arithmetic below can be followed by hand. */
function device(id: string, overrides: Partial<Device> = {}): Device {
  return {
    id,
    name: id,
    vendor: 'Test',
    category: DeviceCategory.NPU,
    formFactor: 'PCIe card',
    sites: [Site.CENTER, Site.ON_PREMISES],
    peak: { INT8: figure(100), FP16: figure(50) },
    memoryGb: figure(8),
    memoryBandwidthGBps: figure(100),
    powerW: figure(10),
    sources: source,
    ...overrides,
  };
}

const resnet50 = (overrides: Partial<WorkloadSpec> = {}): WorkloadSpec => ({
  name: 'ResNet-50',
  family: ModelFamily.CNN_VISION,
  parameters: 25.6e6,
  precision: Precision.INT8,
  batch: 8,
  site: Site.ON_PREMISES,
  residency: DataResidency.ANY,
  ...overrides,
});

describe('work per inference (worked examples)', () => {
  it('CNN: ResNet-50 at 224×224 in INT8 is 8.2 GFLOPs and 47.6 MB at batch 1', () => {
    const work = workPerInference(resnet50({ batch: 1 }));
    // MACs = 25.6 M weights × (4.1 G / 25.6 M = 160.16 MACs a weight) × (224/224)² = 4.1 G; FLOPs = 2 × MACs
    expect(work.flops).toBeCloseTo(8.2e9, -6);
    // bytes = 25.6 M weights × 1 byte / batch 1 + 22 M activations × 1 byte = 47.6 MB
    expect(work.bytes).toBeCloseTo(47.6e6, -3);
  });

  it('CNN work grows with the square of the image side', () => {
    // (448/224)² = 4 times the MACs: 4 × 8.2 G = 32.8 GFLOPs
    expect(workPerInference(resnet50({ batch: 1, inputSize: 448 })).flops).toBeCloseTo(32.8e9, -6);
  });

  it('encoder: BERT-Large (336 M) on 384 tokens in FP16 is 258 GFLOPs', () => {
    const work = workPerInference({
      ...resnet50(),
      family: ModelFamily.TRANSFORMER_ENCODER,
      parameters: 336e6,
      precision: Precision.FP16,
      batch: 1,
    });
    // FLOPs = 2 × 336 M × 384 = 258.0 G
    expect(work.flops).toBeCloseTo(258.048e9, -6);
    // width = √(336 M / (12 × 24)) = 1080.1; hidden = 4 × 384 × 1080.1 × 24 layers × 2 bytes = 79.6 MB
    // bytes = 336 M × 2 / 1 + 79.6 M = 751.6 MB
    expect(work.bytes).toBeCloseTo(672e6 + 79.64e6, -5);
  });

  it('LLM decode: a 7 B model in FP16 streams its 14 GB of weights once per step, shared by the batch', () => {
    const one = workPerInference({
      ...resnet50(),
      family: ModelFamily.LLM_DECODE,
      parameters: 7e9,
      precision: Precision.FP16,
      batch: 1,
      inputSize: 2048,
    });
    // per token FLOPs = 2 × 7 G = 14 G
    expect(one.flops).toBe(14e9);
    // layers = ∛(7 G / (12 × 128²)) = ∛35,604 = 32.9; width = 128 × 32.9 = 4,210
    // KV cache = 2 × 32.9 × 4,210 × 2,048 tokens × 2 bytes = 1.134 GB per sequence
    expect(one.bytes).toBeCloseTo(14e9 + 1.134e9, -7);
    const batched = workPerInference({
      ...resnet50(),
      family: ModelFamily.LLM_DECODE,
      parameters: 7e9,
      precision: Precision.FP16,
      batch: 16,
      inputSize: 2048,
    });
    // weights shared by 16 sequences: 14 GB / 16 = 0.875 GB, plus each sequence's own KV cache
    expect(batched.bytes).toBeCloseTo(0.875e9 + 1.134e9, -7);
  });
});

describe('matching', () => {
  it('predicts with the roofline: the slower of compute and memory traffic', () => {
    const { ranking } = matchWorkload(resnet50(), [device('npu')]);
    const [prediction] = ranking;
    // batch of 8: compute = 8 × 8.2 GFLOP / 100 TOPS = 0.656 ms
    //             memory = (25.6 MB / 8 + 22 MB) × 8 = 201.6 MB / 100 GB/s = 2.016 ms  → memory-bound
    expect(prediction.bound).toBe(Bound.MEMORY);
    expect(prediction.latencyMs).toBeCloseTo(2.016, 3);
    // throughput = 8 / 2.016 ms = 3,968 images/s; energy = 10 W × 2.016 ms / 8 = 2.52 mJ
    expect(prediction.throughput).toBeCloseTo(3968.25, 1);
    expect(prediction.energyPerInferenceJ).toBeCloseTo(0.00252, 6);
    expect(prediction.explanations.find((e) => e.factor === 'roofline')?.text).toMatch(
      /^Memory-bound/,
    );
  });

  it('uses a PIM device’s internal bandwidth for the memory traffic', () => {
    const pim = device('pim', {
      category: DeviceCategory.PIM,
      internalBandwidthGBps: figure(400),
    });
    // memory = 201.6 MB / 400 GB/s = 0.504 ms, now below compute (0.656 ms): compute-bound
    const [prediction] = matchWorkload(resnet50(), [pim]).ranking;
    expect(prediction.bound).toBe(Bound.COMPUTE);
    expect(prediction.latencyMs).toBeCloseTo(0.656, 3);
  });

  it('spreads a model too big for one device over several, up to a server', () => {
    // 100 B decode in FP16: 200 GB of weights, plus a grouped-query KV cache of
    // 2 × 79.8 layers × width 10,214 × ⅛ × 2,048 tokens × 2 bytes = 0.84 GB;
    // ⌈200.8 GB / (0.9 × 80 GB)⌉ = ⌈2.79⌉ = 3 devices
    const big = device('gpu', {
      memoryGb: figure(80),
      peak: { FP16: figure(1000) },
      memoryBandwidthGBps: figure(3000),
    });
    const [prediction] = matchWorkload(
      {
        ...resnet50(),
        family: ModelFamily.LLM_DECODE,
        parameters: 100e9,
        precision: Precision.FP16,
        batch: 1,
        site: Site.CENTER,
      },
      [big],
    ).ranking;
    expect(prediction.devices).toBe(3);
  });

  it('scores against the best on a fixed span, so near-equal devices score near-equal', () => {
    const a = device('a', { memoryBandwidthGBps: figure(100) });
    const b = device('b', { memoryBandwidthGBps: figure(100.3) });
    const [first, second] = matchWorkload(resnet50(), [a, b]).ranking;
    expect(first.score - second.score).toBeLessThan(1);
    // alone, a device is the best there is on every factor
    expect(matchWorkload(resnet50(), [a]).ranking[0].score).toBe(100);
  });

  it('excludes devices with the reason for each hard limit, and ranks nothing rather than failing', () => {
    const result = matchWorkload(
      resnet50({
        precision: Precision.INT4,
        site: Site.EDGE,
        residency: DataResidency.ON_SITE,
        powerBudgetW: 5,
      }),
      [device('center-only', { sites: [Site.CENTER] })],
    );
    expect(result.ranking).toEqual([]);
    expect(result.exclusions[0].reasons).toEqual([
      'It does not run INT4; it supports INT8, FP16.',
      'It is not deployed at edge sites (only computing-center).',
      'The data must stay on the firm’s site, and this device runs only in the computing center.',
      '1 × 10 W = 10 W is over the 5 W power budget.',
    ]);
  });

  it('ranks faster and leaner devices higher, and halves the score of one that misses the latency target', () => {
    const fast = device('fast', { memoryBandwidthGBps: figure(400), powerW: figure(20) });
    const slow = device('slow');
    const { ranking } = matchWorkload(resnet50({ latencyTargetMs: 1 }), [slow, fast]);
    expect(ranking.map((p) => p.deviceId)).toEqual(['fast', 'slow']);
    // fast: compute 0.656 ms vs memory 0.504 ms → 0.656 ms, within 1 ms; slow: 2.016 ms, over it
    expect(ranking[0].meetsLatencyTarget).toBe(true);
    expect(ranking[1].meetsLatencyTarget).toBe(false);
    expect(ranking[1].explanations.at(-1)?.text).toContain('halved for missing the latency target');
  });

  it('prices with the pools’ rates: credits per hour and per million inferences', () => {
    const [prediction] = matchWorkload(resnet50(), [device('npu')], {
      rates: new Map([['npu', { poolName: 'Gwangju NPU pool', creditsPerDeviceHour: 36 }]]),
    }).ranking;
    // 36 credits/hour ÷ 3,600 s ÷ 3,968.25 images/s × 1 M = 2.52 credits per million images
    expect(prediction.creditsPerHour).toBe(36);
    expect(prediction.creditsPerMillionInferences).toBeCloseTo(2.52, 2);
  });
});
