import {
  Args,
  Context,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
  ResolveReference,
} from '@nestjs/graphql';
import {
  ConsortiumAccessLevel,
  ConsortiumAccessService,
  ConsortiumPersonRole,
  ConsortiumsService,
  LIVE_STATUSES,
  MembershipStatus,
} from '@vcp/consortia/consortiums';
import {
  ApiScope,
  Authenticated,
  CurrentUser,
  PlatformRole,
  type Principal,
  RequestAuthenticator,
  Roles,
  Scopes,
  type UserPrincipal,
} from '@vcp/platform/auth';
import {
  ConnectionArgs,
  type GraphQLRequestContext,
  mapConnection,
  NotFoundError,
  pageSize,
  UUID,
} from '@vcp/platform/graphql';
import { AuditEventConnection, AuditEventModel } from '../audit/models/audit-event.model';
import { callerOf } from '../directory/directory-caller';
import { DirectoryLoaders } from '../directory/directory-loaders';
import { OrganizationModel, VerticalModel } from '../organizations/models/organization.model';
import {
  ConsortiumsArgs,
  CreateConsortiumInput,
  MembersArgs,
  ReasonArgs,
} from './dto/consortium.inputs';
import { ConsortiumPersonModel } from './models/consortium-person.model';
import {
  ActivationGapModel,
  ConsortiumConnection,
  ConsortiumModel,
} from './models/consortium.model';
import { MembershipConnection, MembershipModel } from './models/membership.model';

@Resolver(() => ConsortiumModel)
export class ConsortiumsResolver {
  constructor(
    private readonly consortiumsService: ConsortiumsService,
    private readonly access: ConsortiumAccessService,
    private readonly loaders: DirectoryLoaders,
    private readonly authenticator: RequestAuthenticator,
  ) {}

  @Authenticated()
  @Scopes(ApiScope.CONSORTIA_READ)
  @Query(() => ConsortiumConnection, {
    description: 'The consortium directory by name, filtered by vertical, region, status or name.',
  })
  async consortiums(@Args() args: ConsortiumsArgs): Promise<ConsortiumConnection> {
    return mapConnection(
      await this.consortiumsService.page(args.filter ?? {}, args),
      ConsortiumModel.from,
    );
  }

  @Authenticated()
  @Scopes(ApiScope.CONSORTIA_READ)
  @Query(() => ConsortiumModel)
  async consortium(@Args('id', { type: () => UUID }) id: string): Promise<ConsortiumModel> {
    return ConsortiumModel.from(await this.consortiumsService.findById(id));
  }

  @Roles(PlatformRole.OPERATOR)
  @Mutation(() => ConsortiumModel, {
    description: 'Start a consortium in FORMING, anchored by a mid-sized firm.',
  })
  async createConsortium(
    @Args('input') input: CreateConsortiumInput,
    @CurrentUser() user: UserPrincipal,
  ): Promise<ConsortiumModel> {
    return ConsortiumModel.from(await this.consortiumsService.create(input, user));
  }

  @Authenticated()
  @Mutation(() => ConsortiumModel, {
    description:
      'FORMING → ACTIVE, for operators and the consortium’s leads; the error lists what is missing.',
  })
  async activateConsortium(
    @Args('id', { type: () => UUID }) id: string,
    @CurrentUser() user: UserPrincipal,
  ): Promise<ConsortiumModel> {
    return ConsortiumModel.from(await this.consortiumsService.activate(id, user));
  }

  @Roles(PlatformRole.OPERATOR)
  @Mutation(() => ConsortiumModel, { description: 'ACTIVE → SUSPENDED.' })
  async suspendConsortium(
    @Args() { id, reason }: ReasonArgs,
    @CurrentUser() user: UserPrincipal,
  ): Promise<ConsortiumModel> {
    return ConsortiumModel.from(await this.consortiumsService.suspend(id, reason, user));
  }

  @Roles(PlatformRole.OPERATOR)
  @Mutation(() => ConsortiumModel, {
    description: 'SUSPENDED → ACTIVE; the activation minimums apply again.',
  })
  async reinstateConsortium(
    @Args('id', { type: () => UUID }) id: string,
    @CurrentUser() user: UserPrincipal,
  ): Promise<ConsortiumModel> {
    return ConsortiumModel.from(await this.consortiumsService.reinstate(id, user));
  }

  @Roles(PlatformRole.OPERATOR)
  @Mutation(() => ConsortiumModel, { description: 'Dissolve for good.' })
  async dissolveConsortium(
    @Args() { id, reason }: ReasonArgs,
    @CurrentUser() user: UserPrincipal,
  ): Promise<ConsortiumModel> {
    return ConsortiumModel.from(await this.consortiumsService.dissolve(id, reason, user));
  }

  @ResolveField(() => VerticalModel)
  async vertical(
    @Parent() consortium: ConsortiumModel,
    @Context() { req }: GraphQLRequestContext,
  ): Promise<VerticalModel> {
    const vertical = await this.loaders.vertical(req).load(consortium.verticalCode);
    if (!vertical) throw new NotFoundError('Vertical', consortium.verticalCode);
    return vertical;
  }

  @ResolveField(() => OrganizationModel)
  anchor(
    @Parent() consortium: ConsortiumModel,
    @Context() { req }: GraphQLRequestContext,
  ): Promise<OrganizationModel> {
    return this.loaders.organizationModel(req, consortium.anchorOrganizationId);
  }

  @ResolveField(() => ConsortiumAccessLevel, { description: 'What you may see and do here.' })
  async myAccess(
    @Parent() consortium: ConsortiumModel,
    @Context() context: GraphQLRequestContext,
  ): Promise<ConsortiumAccessLevel> {
    const caller = callerOf(context);
    if (!caller) return ConsortiumAccessLevel.PUBLIC;
    return this.access.levelFor(
      await this.loaders.accessProfile(context.req, caller),
      consortium.id,
    );
  }

  @ResolveField(() => MembershipConnection, {
    nullable: true,
    description:
      'Members by organisation name; null unless you are a member, its people, an operator or a reading partner.',
  })
  async members(
    @Parent() consortium: ConsortiumModel,
    @Args() args: MembersArgs,
    @Context() context: GraphQLRequestContext,
  ): Promise<MembershipConnection | null> {
    if (!(await this.readsMembers(consortium, context))) return null;
    const page = await this.loaders
      .members(context.req, {
        first: pageSize(args),
        after: args.after,
        statuses: args.statuses ?? [...LIVE_STATUSES],
      })
      .load(consortium.id);
    return mapConnection(page, MembershipModel.from);
  }

  @ResolveField(() => [ConsortiumPersonModel], {
    nullable: true,
    description: 'People and their roles; null for the public.',
  })
  async people(
    @Parent() consortium: ConsortiumModel,
    @Context() context: GraphQLRequestContext,
  ): Promise<ConsortiumPersonModel[] | null> {
    if (!(await this.readsMembers(consortium, context))) return null;
    const people = await this.loaders.people(context.req).load(consortium.id);
    return people.map(ConsortiumPersonModel.from);
  }

  @ResolveField(() => [ActivationGapModel], {
    nullable: true,
    description: 'What activation still needs (empty when ready); null for the public.',
  })
  async activationGaps(
    @Parent() consortium: ConsortiumModel,
    @Context() context: GraphQLRequestContext,
  ): Promise<ActivationGapModel[] | null> {
    if (!(await this.readsMembers(consortium, context))) return null;
    const organizations = this.loaders.organization(context.req);
    const [anchor, active, people] = await Promise.all([
      organizations.load(consortium.anchorOrganizationId),
      this.loaders
        .members(context.req, { first: 100, statuses: [MembershipStatus.ACTIVE] })
        .load(consortium.id),
      this.loaders.people(context.req).load(consortium.id),
    ]);
    if (!anchor) throw new NotFoundError('Organisation', consortium.anchorOrganizationId);
    const members = await Promise.all(
      active.nodes.map(async (membership) => ({
        membership,
        organization: await organizations.load(membership.organizationId),
      })),
    );
    const leads = people.filter((person) => person.role === ConsortiumPersonRole.LEAD).length;
    return this.consortiumsService.assessActivation(anchor, members, leads);
  }

  @ResolveField(() => AuditEventConnection, {
    nullable: true,
    description: 'Every change to it, newest first; for operators and its leads.',
  })
  async auditTrail(
    @Parent() consortium: ConsortiumModel,
    @Args() args: ConnectionArgs,
    @Context() context: GraphQLRequestContext,
  ): Promise<AuditEventConnection | null> {
    const caller = callerOf(context);
    if (!caller) return null;
    const profile = await this.loaders.accessProfile(context.req, caller);
    if (!this.access.canReadAuditTrail(profile, consortium.id)) return null;
    return mapConnection(
      await this.loaders.auditTrail(context.req, args).load(consortium.id),
      AuditEventModel.from,
    );
  }

  /** Another subgraph's result names a consortium; readable by whoever may read the directory. */
  @ResolveReference()
  async resolveReference(
    reference: { id: string },
    context: GraphQLRequestContext,
  ): Promise<ConsortiumModel> {
    await this.authenticator.require(context.req, ApiScope.CONSORTIA_READ);
    const consortium = await this.loaders.consortium(context.req).load(reference.id);
    if (!consortium) throw new NotFoundError('Consortium', reference.id);
    return ConsortiumModel.from(consortium);
  }

  private async readsMembers(
    consortium: ConsortiumModel,
    context: GraphQLRequestContext,
  ): Promise<boolean> {
    const caller: Principal | null = callerOf(context);
    if (!caller) return false;
    const profile = await this.loaders.accessProfile(context.req, caller);
    return this.access.canReadMembers(profile, consortium.id);
  }
}
