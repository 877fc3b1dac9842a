import { Injectable, type OnModuleInit } from '@nestjs/common';
import { loadCatalog } from './catalog/catalog';
import { HardwareCatalogService } from './hardware-catalog.service';
import { type DeviceRate, type MatchResult, matchWorkload } from './matching/matcher';
import { ModelFamily, type WorkloadSpec } from './matching/workload';
import { calibrate } from './measurements/grounding';
import { loadMlperfResults } from './measurements/mlperf';
import { assertValidWorkload } from './workloads.service';

/** Which measured benchmark stands for each family when calibrating. */
const FAMILY_BENCHMARK = {
  CNN_VISION: 'resnet50',
  TRANSFORMER_ENCODER: 'bert-99',
  LLM_DECODE: 'llama2-70b-99',
} as const;

/**
 * Matches workloads against the active catalog. Predictions are scaled by the share of the
 * roofline that published MLPerf results reach for the family (derived from the bundled table).
 */
@Injectable()
export class MatchingService implements OnModuleInit {
  private efficiency: Partial<Record<ModelFamily, number>> = {};

  constructor(private readonly catalog: HardwareCatalogService) {}

  onModuleInit(): void {
    const devices = new Map(loadCatalog().map((device) => [device.id, device]));
    const byBenchmark = calibrate(loadMlperfResults(), devices);
    for (const [family, benchmark] of Object.entries(FAMILY_BENCHMARK)) {
      const factor = byBenchmark[benchmark];
      if (factor) this.efficiency[family as ModelFamily] = factor;
    }
  }

  /** The share of the roofline applied per family (1 where no measurement covers it). */
  efficiencyFor(family: ModelFamily): number {
    return this.efficiency[family] ?? 1;
  }

  /** `rates`: the compute pools' prices by device, when the caller has them. */
  async match(spec: WorkloadSpec, rates?: ReadonlyMap<string, DeviceRate>): Promise<MatchResult> {
    assertValidWorkload(spec);
    return matchWorkload(spec, await this.catalog.activeDevices(), {
      efficiency: this.efficiency,
      rates,
    });
  }
}
