import { Module } from '@nestjs/common';
import { AuditModule } from '@vcp/consortia/audit';
import { ConsortiumsModule } from '@vcp/consortia/consortiums';
import { EngagementsModule } from '@vcp/consortia/engagements';
import { OrganizationsModule } from '@vcp/consortia/organizations';
import { IdentityModule } from '@vcp/platform/auth';
import { DirectoryGraphModule } from '../directory/directory.module';
import { EngagementLoaders } from './engagement-loaders';
import {
  ConsortiumResearchersResolver,
  EngagementFiguresResolver,
  FacultyMembersResolver,
} from './engagement-views.resolver';
import { EngagementsResolver } from './engagements.resolver';
import { HourLogsResolver } from './hour-logs.resolver';
import { ResearchersResolver } from './researchers.resolver';
import { UniversitiesResolver } from './universities.resolver';

/** The GraphQL surface of researchers, university policies, engagements and hour logs. */
@Module({
  imports: [
    EngagementsModule,
    OrganizationsModule,
    ConsortiumsModule,
    AuditModule,
    IdentityModule,
    DirectoryGraphModule,
  ],
  providers: [
    EngagementLoaders,
    ResearchersResolver,
    UniversitiesResolver,
    EngagementsResolver,
    HourLogsResolver,
    ConsortiumResearchersResolver,
    FacultyMembersResolver,
    EngagementFiguresResolver,
  ],
})
export class EngagementsGraphModule {}
