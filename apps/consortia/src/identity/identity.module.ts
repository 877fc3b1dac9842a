import { Module } from '@nestjs/common';
import { OrganizationsModule } from '@vcp/consortia/organizations';
import { IdentityModule as IdentityServicesModule } from '@vcp/platform/auth';
import { IdentityResolver } from './identity.resolver';

/** The GraphQL surface of identity: sign-in, sessions, the current user, partner clients. */
@Module({
  imports: [IdentityServicesModule, OrganizationsModule],
  providers: [IdentityResolver],
})
export class IdentityGraphModule {}
