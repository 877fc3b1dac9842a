import { Module } from '@nestjs/common';
import { EventsModule } from '@vcp/platform/events';
import { LedgerService } from './ledger.service';
import { WalletStatementService } from './wallet-statement.service';

/** The compute credit ledger. */
@Module({
  imports: [EventsModule],
  providers: [LedgerService, WalletStatementService],
  exports: [LedgerService, WalletStatementService],
})
export class LedgerModule {}
