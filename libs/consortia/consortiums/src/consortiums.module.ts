import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@vcp/consortia/audit';
import { OrganizationsModule } from '@vcp/consortia/organizations';
import { IdentityModule } from '@vcp/platform/auth';
import { EventsModule } from '@vcp/platform/events';
import { ConsortiumAccessService } from './consortium-access.service';
import { ConsortiumPeopleService } from './consortium-people.service';
import { ConsortiumPersonEntity } from './consortium-person.entity';
import { ConsortiumEntity } from './consortium.entity';
import { ConsortiumsService } from './consortiums.service';
import { MembershipEntity } from './membership.entity';
import { MembershipsService } from './memberships.service';

/** Consortiums, their memberships and invitations, people's roles and the access rules over them. */
@Module({
  imports: [
    TypeOrmModule.forFeature([ConsortiumEntity, MembershipEntity, ConsortiumPersonEntity]),
    OrganizationsModule,
    AuditModule,
    IdentityModule,
    EventsModule,
  ],
  providers: [
    ConsortiumAccessService,
    ConsortiumPeopleService,
    ConsortiumsService,
    MembershipsService,
  ],
  exports: [
    ConsortiumAccessService,
    ConsortiumPeopleService,
    ConsortiumsService,
    MembershipsService,
  ],
})
export class ConsortiumsModule {}
