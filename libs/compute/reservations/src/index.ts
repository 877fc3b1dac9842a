export { MandatesService, type Mandate } from './mandates.service';
export {
  PoolsService,
  type MaintenanceWindow,
  type NewPool,
  type Pool,
  type PoolMaintenance,
} from './pools.service';
export { ReservationsModule } from './reservations.module';
export {
  COMPUTE_USE_MAX_DAYS,
  RESERVATION_LIST_LIMIT,
  ReservationViewsService,
  type ConsortiumComputeUse,
  type PoolCalendar,
  type PoolHour,
} from './reservation-views.service';
export {
  HOLD_MINUTES,
  ReservationsService,
  ReservationStatus,
  type HoldRequest,
  type Reservation,
} from './reservations.service';
export {
  assertReservationWindow,
  CONSORTIUM_WEEKLY_SHARE,
  MAX_RESERVATION_HOURS,
  ORGANIZATION_WEEKLY_SHARE,
  peakWindowDeviceHours,
  refundFor,
  slotsOf,
} from './slots';
export { NO_SHOW_MINUTES, UsageService, type UsageReport, type Utilization } from './usage.service';
export {
  allocate,
  MAX_CAPACITY,
  NEUTRAL_UTILIZATION,
  SME_MULTIPLIER,
  UTILIZATION_BASE,
  UTILIZATION_LOOKBACK_DAYS,
  weightOf,
  type AllocationOutcome,
  type AllocationRequest,
  type AllocationResult,
} from './allocation';
export {
  AllocationRoundsService,
  type RoundOutcome,
  type RoundRequest,
} from './allocation-rounds.service';
