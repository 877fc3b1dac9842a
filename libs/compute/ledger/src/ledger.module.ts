import { Module } from '@nestjs/common';
import { LedgerService } from './ledger.service';

/** The compute credit ledger. */
@Module({ providers: [LedgerService], exports: [LedgerService] })
export class LedgerModule {}
