export {
  startService,
  stopService,
  waitUntilReady,
  type RunningService,
  type ServiceSpec,
} from './supervisor';
export { serviceEntry, SERVICE_NAMES, type ServiceName } from './services';
