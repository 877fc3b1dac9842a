import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { LedgerModule } from '@vcp/compute/ledger';
import { computeConfig } from '../compute.config';
import { CreditExpiryJob } from './credit-expiry.job';

/** The credit ledger's background work in the compute subgraph. */
@Module({
  imports: [LedgerModule, ConfigModule.forFeature(computeConfig)],
  providers: [CreditExpiryJob],
})
export class CreditsModule {}
