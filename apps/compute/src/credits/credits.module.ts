import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { LedgerModule } from '@vcp/compute/ledger';
import { ReservationsModule } from '@vcp/compute/reservations';
import { computeConfig } from '../compute.config';
import { ConsortiumAccessClient } from '../hardware/consortium-access.client';
import { ComputePoolsResolver } from './compute-pools.resolver';
import { ComputeHousekeepingJob } from './compute-housekeeping.job';
import { CreditLedgerResolver } from './credit-ledger.resolver';
import { CreditParties } from './credit-parties';
import { MandatesResolver } from './mandates.resolver';
import { ReservationsResolver } from './reservations.resolver';

/**
 * The credit ledger's background work, and the GraphQL surface of pools, grants, wallets,
 * mandates and reservations in the compute subgraph.
 */
@Module({
  imports: [LedgerModule, ReservationsModule, ConfigModule.forFeature(computeConfig)],
  providers: [
    ComputeHousekeepingJob,
    ConsortiumAccessClient,
    CreditParties,
    ComputePoolsResolver,
    CreditLedgerResolver,
    MandatesResolver,
    ReservationsResolver,
  ],
})
export class CreditsModule {}
