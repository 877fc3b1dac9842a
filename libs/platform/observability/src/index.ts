export { exitOnStartupError, listen } from './bootstrap';
export { HealthModule, type ReadinessCheck } from './health';
export { loggingModule, REQUEST_ID_HEADER, requestIdFor } from './logging';
