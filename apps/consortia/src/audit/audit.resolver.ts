import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { AuditLogService } from '@vcp/consortia/audit';
import { ConsortiumAccessService } from '@vcp/consortia/consortiums';
import { Authenticated, CurrentUser, type UserPrincipal } from '@vcp/platform/auth';
import { type GraphQLRequestContext, mapConnection } from '@vcp/platform/graphql';
import { DirectoryLoaders } from '../directory/directory-loaders';
import { AuditTrailArgs } from './dto/audit-trail.args';
import { AuditEventConnection, AuditEventModel } from './models/audit-event.model';

@Resolver(() => AuditEventModel)
export class AuditResolver {
  constructor(
    private readonly audit: AuditLogService,
    private readonly access: ConsortiumAccessService,
    private readonly loaders: DirectoryLoaders,
  ) {}

  @Authenticated()
  @Query(() => AuditEventConnection, {
    description: "Changes, newest first: operators see all, leads their consortium's trail.",
  })
  async auditTrail(
    @Args() { first, after, ...filter }: AuditTrailArgs,
    @CurrentUser() user: UserPrincipal,
    @Context() context: GraphQLRequestContext,
  ): Promise<AuditEventConnection> {
    const profile = await this.loaders.accessProfile(context.req, user);
    this.access.assertCanReadAuditTrail(profile, filter.consortiumId);
    return mapConnection(await this.audit.page(filter, { first, after }), AuditEventModel.from);
  }
}
