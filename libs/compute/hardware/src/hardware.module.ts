import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { HardwareCatalogService } from './hardware-catalog.service';
import { HardwarePlansService } from './hardware-plans.service';
import { HardwareProfileEntity } from './hardware-profile.entity';
import { MatchingService } from './matching.service';
import { HardwarePlanEntryEntity, WorkloadEntity } from './workload.entity';
import { WorkloadsService } from './workloads.service';

const SERVICES = [HardwareCatalogService, WorkloadsService, MatchingService, HardwarePlansService];

/** The hardware catalog, consortiums' workloads, matching and hardware plans. */
@Module({
  imports: [
    TypeOrmModule.forFeature([HardwareProfileEntity, WorkloadEntity, HardwarePlanEntryEntity]),
  ],
  providers: SERVICES,
  exports: SERVICES,
})
export class HardwareModule {}
