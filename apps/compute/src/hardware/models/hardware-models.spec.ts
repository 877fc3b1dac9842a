import 'reflect-metadata';
import {
  type HardwareProfileEntity,
  loadCatalog,
  matchWorkload,
  ProfileOrigin,
  VERTICAL_TEMPLATES,
} from '@vcp/compute/hardware';
import { ExplanationFactor, PeakUnit } from '../hardware-enums';
import { HardwareProfileModel } from './hardware-profile.model';
import { MatchResultModel } from './match-result.model';
import { WorkloadTemplateModel } from './workload.model';

const catalog = loadCatalog();
const entityOf = (id: string): HardwareProfileEntity => {
  const spec = catalog.find((device) => device.id === id);
  if (!spec) throw new Error(`no device ${id}`);
  return {
    id,
    name: spec.name,
    vendor: spec.vendor,
    category: spec.category,
    spec,
    origin: ProfileOrigin.CATALOG,
    addedBy: null,
    retiredAt: null,
    createdAt: new Date(),
  };
};

describe('hardware models', () => {
  it('maps every catalog device, each figure with its source document', () => {
    for (const device of catalog) {
      const model = HardwareProfileModel.from(entityOf(device.id));
      expect(model.peaks.length).toBe(Object.keys(device.peak).length);
      for (const figure of [...model.peaks, model.memoryGb, model.powerW]) {
        expect(figure.source.document).not.toBe('');
        expect(figure.source.url).toMatch(/^https:\/\//);
      }
    }
  });

  it('gives integer peaks in TOPS and floating-point ones in TFLOPS, in precision order', () => {
    const h100 = HardwareProfileModel.from(entityOf('nvidia-h100-sxm'));
    expect(h100.peaks.map((p) => [p.precision, p.unit])).toEqual([
      ['FP32', PeakUnit.TFLOPS],
      ['TF32', PeakUnit.TFLOPS],
      ['FP16', PeakUnit.TFLOPS],
      ['BF16', PeakUnit.TFLOPS],
      ['FP8', PeakUnit.TFLOPS],
      ['INT8', PeakUnit.TOPS],
    ]);
    expect(h100.internalBandwidthGBps).toBeNull();
    const pim = HardwareProfileModel.from(entityOf('upmem-pim-dimm'));
    expect(pim.internalBandwidthGBps?.value).toBeGreaterThan(0);
  });

  it('maps a match result with every explanation factor in upper case', () => {
    const [template] = VERTICAL_TEMPLATES.MANUFACTURING;
    const result = MatchResultModel.from(matchWorkload(template, catalog));
    expect(result.ranking.length).toBeGreaterThan(0);
    expect(result.flopsPerInference).toBeGreaterThan(0);
    for (const prediction of result.ranking) {
      for (const explanation of prediction.explanations) {
        expect(Object.values(ExplanationFactor)).toContain(explanation.factor);
      }
    }
  });

  it('keeps a template’s unset targets as null', () => {
    const template = VERTICAL_TEMPLATES.LOGISTICS[1];
    expect(WorkloadTemplateModel.from('LOGISTICS', template)).toMatchObject({
      verticalCode: 'LOGISTICS',
      latencyTargetMs: null,
      powerBudgetW: null,
    });
  });
});
