export { startProduct, type ProductOptions, type RunningProduct } from './product';
export { serviceEntry, SERVICE_NAMES, tracingPreload, type ServiceName } from './services';
export {
  startService,
  stopService,
  waitUntilReady,
  type RunningService,
  type ServiceSpec,
} from './supervisor';
