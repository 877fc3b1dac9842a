export const SERVICE_METRICS = Symbol('SERVICE_METRICS');
