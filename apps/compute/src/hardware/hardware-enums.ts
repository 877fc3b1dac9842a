import { registerEnumType } from '@nestjs/graphql';
import {
  Bound,
  DataResidency,
  DeviceCategory,
  ModelFamily,
  Precision,
  ProfileOrigin,
  Site,
} from '@vcp/compute/hardware';

/** The unit of a peak figure: floating-point precisions in TFLOPS, integer ones in TOPS. */
export enum PeakUnit {
  TFLOPS = 'TFLOPS',
  TOPS = 'TOPS',
}

/** What a sentence of a prediction explains. */
export enum ExplanationFactor {
  FIT = 'FIT',
  ROOFLINE = 'ROOFLINE',
  THROUGHPUT = 'THROUGHPUT',
  LATENCY = 'LATENCY',
  ENERGY = 'ENERGY',
  COST = 'COST',
  SCORE = 'SCORE',
}

registerEnumType(DeviceCategory, {
  name: 'DeviceCategory',
  description: 'PIM (processing-in-memory), NPU, GPU or EDGE (embedded modules).',
});
registerEnumType(Precision, {
  name: 'Precision',
  description: 'Numeric precision a model runs in; peak figures are dense (no sparsity).',
});
registerEnumType(Site, {
  name: 'DeploymentSite',
  description:
    'Where a device can be deployed: at the edge, on the firm’s premises, in the center.',
});
registerEnumType(ModelFamily, { name: 'ModelFamily' });
registerEnumType(DataResidency, {
  name: 'DataResidency',
  description:
    'Where the data may go: anywhere, only to Korean sites (the center qualifies), or not off the firm’s site.',
});
registerEnumType(Bound, {
  name: 'RooflineBound',
  description: 'Whether compute or memory traffic limits the device on this workload.',
});
registerEnumType(ProfileOrigin, {
  name: 'HardwareProfileOrigin',
  description: 'From the bundled catalog file, or added by an operator.',
});
registerEnumType(PeakUnit, { name: 'PeakUnit' });
registerEnumType(ExplanationFactor, { name: 'ExplanationFactor' });

export { Bound, DataResidency, DeviceCategory, ModelFamily, Precision, ProfileOrigin, Site };
