import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { LedgerModule } from '@vcp/compute/ledger';
import { ReservationsModule } from '@vcp/compute/reservations';
import { computeConfig } from '../compute.config';
import { ConsortiumAccessClient } from '../hardware/consortium-access.client';
import { AllocationRoundsResolver } from './allocation-rounds.resolver';
import { ComputePoolsResolver } from './compute-pools.resolver';
import { ComputeHousekeepingJob } from './compute-housekeeping.job';
import { ConsortiumComputeUseResolver } from './consortium-compute-use.resolver';
import { CreditLedgerResolver } from './credit-ledger.resolver';
import { CreditParties } from './credit-parties';
import { MandatesResolver } from './mandates.resolver';
import { ReservationViewsResolver } from './reservation-views.resolver';
import { ReservationsResolver } from './reservations.resolver';
import { UsageResolver } from './usage.resolver';
import { WalletStatementResolver } from './wallet-statement.resolver';

/**
 * The credit ledger's background work, and the GraphQL surface of pools, grants, wallets,
 * mandates, reservations, usage and allocation rounds in the compute subgraph.
 */
@Module({
  imports: [LedgerModule, ReservationsModule, ConfigModule.forFeature(computeConfig)],
  providers: [
    ComputeHousekeepingJob,
    ConsortiumAccessClient,
    CreditParties,
    ComputePoolsResolver,
    ConsortiumComputeUseResolver,
    CreditLedgerResolver,
    MandatesResolver,
    ReservationsResolver,
    ReservationViewsResolver,
    WalletStatementResolver,
    UsageResolver,
    AllocationRoundsResolver,
  ],
})
export class CreditsModule {}
