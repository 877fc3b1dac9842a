import { Module } from '@nestjs/common';
import { HardwareModule } from '@vcp/compute/hardware';
import { LedgerModule } from '@vcp/compute/ledger';
import { EventsModule } from '@vcp/platform/events';
import { AllocationRoundsService } from './allocation-rounds.service';
import { MandatesService } from './mandates.service';
import { PoolsService } from './pools.service';
import { ReservationViewsService } from './reservation-views.service';
import { ReservationsService } from './reservations.service';
import { UsageService } from './usage.service';

/** Resource pools and reservations of their hourly slots, paid from the credit ledger. */
@Module({
  imports: [HardwareModule, LedgerModule, EventsModule],
  providers: [
    PoolsService,
    MandatesService,
    ReservationsService,
    ReservationViewsService,
    UsageService,
    AllocationRoundsService,
  ],
  exports: [
    PoolsService,
    MandatesService,
    ReservationsService,
    ReservationViewsService,
    UsageService,
    AllocationRoundsService,
  ],
})
export class ReservationsModule {}
