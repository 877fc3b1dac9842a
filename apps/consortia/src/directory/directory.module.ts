import { Module } from '@nestjs/common';
import { AuditModule } from '@vcp/consortia/audit';
import { ConsortiumsModule } from '@vcp/consortia/consortiums';
import { OrganizationsModule } from '@vcp/consortia/organizations';
import { IdentityModule } from '@vcp/platform/auth';
import { AuditResolver } from '../audit/audit.resolver';
import { ConsortiumPeopleResolver } from '../consortiums/consortium-people.resolver';
import { ConsortiumsResolver } from '../consortiums/consortiums.resolver';
import { MembershipsResolver } from '../consortiums/memberships.resolver';
import { OrganizationsResolver } from '../organizations/organizations.resolver';
import { DirectoryLoaders } from './directory-loaders';

/** The GraphQL surface of organisations, consortiums, memberships and the audit log. */
@Module({
  imports: [OrganizationsModule, ConsortiumsModule, AuditModule, IdentityModule],
  providers: [
    DirectoryLoaders,
    OrganizationsResolver,
    ConsortiumsResolver,
    MembershipsResolver,
    ConsortiumPeopleResolver,
    AuditResolver,
  ],
  exports: [DirectoryLoaders],
})
export class DirectoryGraphModule {}
