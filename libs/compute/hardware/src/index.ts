export { CatalogError, loadCatalog, validateDevice } from './catalog/catalog';
export {
  BYTES_PER_VALUE,
  DeviceCategory,
  Precision,
  Site,
  type Device,
  type Figure,
  type FigureSource,
} from './catalog/device';
export {
  Bound,
  matchWorkload,
  MAX_DEVICES,
  type DeviceRate,
  type Exclusion,
  type Explanation,
  type MatchOptions,
  type MatchResult,
  type Prediction,
} from './matching/matcher';
export { VERTICAL_TEMPLATES } from './matching/vertical-templates';
export {
  DataResidency,
  DEFAULT_INPUT_SIZE,
  ModelFamily,
  workPerInference,
  type WorkloadSpec,
  type WorkPerInference,
} from './matching/workload';
export { workloadProblems, type WorkloadProblem } from './matching/workload-rules';
export {
  BENCHMARK_WORKLOADS,
  calibrate,
  compareWithMeasurements,
  type BenchmarkComparison,
} from './measurements/grounding';
export { loadMlperfResults, type MlperfResult } from './measurements/mlperf';
export { HardwareCatalogService, type HardwareProfileFilter } from './hardware-catalog.service';
export { HardwarePlansService } from './hardware-plans.service';
export { HardwareProfileEntity, ProfileOrigin } from './hardware-profile.entity';
export { HardwareModule } from './hardware.module';
export { MatchingService } from './matching.service';
export { HardwarePlanEntryEntity, specOf, WorkloadEntity } from './workload.entity';
export { assertValidWorkload, WorkloadsService } from './workloads.service';
