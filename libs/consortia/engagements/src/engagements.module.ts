import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@vcp/consortia/audit';
import { ConsortiumsModule } from '@vcp/consortia/consortiums';
import { EventsModule } from '@vcp/platform/events';
import { OrganizationsModule } from '@vcp/consortia/organizations';
import { IdentityModule } from '@vcp/platform/auth';
import { EngagementAccessService } from './engagement-access.service';
import { EngagementViewsService } from './engagement-views.service';
import {
  DisclosureEntity,
  EngagementEntity,
  HourLogEntity,
  ResearcherEntity,
  UniversityOfficerEntity,
  UniversityPolicyEntity,
} from './engagement.entities';
import { EngagementsService } from './engagements.service';
import { HourLogsService } from './hour-logs.service';
import { ResearchersService } from './researchers.service';
import { UniversitiesService } from './universities.service';

const SERVICES = [
  UniversitiesService,
  ResearchersService,
  EngagementsService,
  HourLogsService,
  EngagementAccessService,
  EngagementViewsService,
];

/** Researchers, university policies, engagements with disclosures, and hour logs. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      UniversityPolicyEntity,
      UniversityOfficerEntity,
      ResearcherEntity,
      EngagementEntity,
      DisclosureEntity,
      HourLogEntity,
    ]),
    OrganizationsModule,
    ConsortiumsModule,
    AuditModule,
    IdentityModule,
    EventsModule,
  ],
  providers: SERVICES,
  exports: SERVICES,
})
export class EngagementsModule {}
