export { exitOnStartupError, listen } from './bootstrap';
export { HealthModule, type ReadinessCheck } from './health';
export {
  drainOnSignals,
  isDraining,
  shutdownSettings,
  ShutdownEnv,
  type ShutdownSettings,
  type SignalSource,
} from './shutdown';
export { loggingModule, REQUEST_ID_HEADER, requestIdFor } from './logging';
export { metricsConfig, type MetricsConfig } from './metrics/metrics.config';
export { scrapeAllowed } from './metrics/metrics.controller';
export { MetricsModule } from './metrics/metrics.module';
export { MAX_OPERATION_NAMES, ServiceMetrics, type PoolFigures } from './metrics/service-metrics';
