import { Module } from '@nestjs/common';
import { HardwareModule } from '@vcp/compute/hardware';
import { ReservationsModule } from '@vcp/compute/reservations';
import { ConsortiumAccessClient } from './consortium-access.client';
import { ConsortiumHardwareResolver } from './consortium-hardware.resolver';
import { HardwareLoaders } from './hardware-loaders';
import { HardwarePlansResolver } from './hardware-plans.resolver';
import { HardwareProfilesResolver } from './hardware-profiles.resolver';
import {
  HardwareExclusionResolver,
  HardwarePredictionResolver,
  MatchingResolver,
} from './matching.resolver';
import { WorkloadsResolver } from './workloads.resolver';

/** The GraphQL surface of the hardware catalog, workloads, matching and hardware plans. */
@Module({
  imports: [HardwareModule, ReservationsModule],
  providers: [
    ConsortiumAccessClient,
    HardwareLoaders,
    HardwareProfilesResolver,
    WorkloadsResolver,
    MatchingResolver,
    HardwarePredictionResolver,
    HardwareExclusionResolver,
    HardwarePlansResolver,
    ConsortiumHardwareResolver,
  ],
})
export class HardwareGraphModule {}
