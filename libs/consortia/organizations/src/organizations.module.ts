import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@vcp/consortia/audit';
import { IdentityModule } from '@vcp/platform/auth';
import { OrganizationAdminEntity } from './organization-admin.entity';
import { OrganizationEntity } from './organization.entity';
import { OrganizationsService } from './organizations.service';
import { PartnerClientsService } from './partner-clients.service';
import { sizePolicyConfig } from './size-policy.config';
import { VerticalEntity } from './vertical.entity';
import { VerticalsService } from './verticals.service';

/**
 * Organisations, their size classes, admins and certifications, their partner clients, and the
 * verticals list.
 */
@Module({
  imports: [
    ConfigModule.forFeature(sizePolicyConfig),
    TypeOrmModule.forFeature([OrganizationEntity, OrganizationAdminEntity, VerticalEntity]),
    AuditModule,
    IdentityModule,
  ],
  providers: [OrganizationsService, VerticalsService, PartnerClientsService],
  exports: [OrganizationsService, VerticalsService, PartnerClientsService],
})
export class OrganizationsModule {}
