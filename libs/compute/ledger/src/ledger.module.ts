import { Module } from '@nestjs/common';
import { EventsModule } from '@vcp/platform/events';
import { LedgerService } from './ledger.service';

/** The compute credit ledger. */
@Module({ imports: [EventsModule], providers: [LedgerService], exports: [LedgerService] })
export class LedgerModule {}
