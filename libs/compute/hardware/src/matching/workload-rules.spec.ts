import { Precision, Site } from '../catalog/device';
import { VERTICAL_TEMPLATES } from './vertical-templates';
import { DataResidency, ModelFamily, type WorkloadSpec } from './workload';
import { workloadProblems } from './workload-rules';

const base: WorkloadSpec = {
  name: 'Inspection',
  family: ModelFamily.CNN_VISION,
  parameters: 25.6e6,
  precision: Precision.INT8,
  batch: 1,
  site: Site.EDGE,
  residency: DataResidency.ANY,
};

describe('workload rules', () => {
  it('accept every vertical template', () => {
    for (const templates of Object.values(VERTICAL_TEMPLATES)) {
      for (const template of templates) expect(workloadProblems(template)).toEqual([]);
    }
  });

  it.each<[Partial<WorkloadSpec>, keyof WorkloadSpec]>([
    [{ parameters: 0 }, 'parameters'],
    [{ parameters: -5 }, 'parameters'],
    [{ parameters: 10e12, site: Site.CENTER }, 'parameters'],
    [{ parameters: 10e12 }, 'parameters'],
    [{ parameters: 70e9 }, 'parameters'],
    [{ latencyTargetMs: 0 }, 'latencyTargetMs'],
    [{ batch: 0 }, 'batch'],
    [{ batch: 1.5 }, 'batch'],
    [{ inputSize: 5 }, 'inputSize'],
    [{ powerBudgetW: -1 }, 'powerBudgetW'],
    [{ throughputTarget: Number.NaN }, 'throughputTarget'],
    [{ residency: DataResidency.ON_SITE, site: Site.CENTER }, 'residency'],
  ])('refuse %j, naming %s', (change, field) => {
    expect(workloadProblems({ ...base, ...change }).map((p) => p.field)).toContain(field);
  });
});
