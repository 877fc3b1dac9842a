export { MandatesService, type Mandate } from './mandates.service';
export { PoolsService, type NewPool, type Pool } from './pools.service';
export { ReservationsModule } from './reservations.module';
export {
  HOLD_MINUTES,
  ReservationsService,
  ReservationStatus,
  type HoldRequest,
  type Reservation,
} from './reservations.service';
export { assertReservationWindow, MAX_RESERVATION_HOURS, refundFor, slotsOf } from './slots';
