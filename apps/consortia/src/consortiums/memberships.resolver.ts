import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { MembershipsService } from '@vcp/consortia/consortiums';
import { Authenticated, CurrentUser, type UserPrincipal } from '@vcp/platform/auth';
import {
  ConnectionArgs,
  type GraphQLRequestContext,
  mapConnection,
  NotFoundError,
  toConnection,
  UUID,
} from '@vcp/platform/graphql';
import { DirectoryLoaders } from '../directory/directory-loaders';
import { OrganizationModel } from '../organizations/models/organization.model';
import { InviteMemberInput, OptionalReasonArgs, ReasonArgs } from './dto/consortium.inputs';
import { ConsortiumModel } from './models/consortium.model';
import { MembershipConnection, MembershipModel } from './models/membership.model';

/** Invitations and membership changes; who may do what is decided by MembershipsService. */
@Resolver(() => MembershipModel)
export class MembershipsResolver {
  constructor(
    private readonly memberships: MembershipsService,
    private readonly loaders: DirectoryLoaders,
  ) {}

  @Authenticated()
  @Query(() => MembershipConnection, {
    description: 'Open invitations to your organisation, soonest deadline first.',
  })
  async myInvitations(
    @Args() args: ConnectionArgs,
    @CurrentUser() user: UserPrincipal,
  ): Promise<MembershipConnection> {
    const page = user.organizationId
      ? await this.memberships.openInvitationsFor(user.organizationId, args)
      : toConnection([], 0, () => []);
    return mapConnection(page, MembershipModel.from);
  }

  @Authenticated()
  @Mutation(() => MembershipModel, {
    description: 'Invite an organisation (leads, managers, operators); it has 7 days to answer.',
  })
  async inviteMember(
    @Args('input') input: InviteMemberInput,
    @CurrentUser() user: UserPrincipal,
  ): Promise<MembershipModel> {
    return MembershipModel.from(await this.memberships.invite(input, user));
  }

  @Authenticated()
  @Mutation(() => MembershipModel, { description: 'Accept for your organisation (its admins).' })
  async acceptInvitation(
    @Args('id', { type: () => UUID }) id: string,
    @CurrentUser() user: UserPrincipal,
  ): Promise<MembershipModel> {
    return MembershipModel.from(await this.memberships.accept(id, user));
  }

  @Authenticated()
  @Mutation(() => MembershipModel, { description: 'Decline for your organisation (its admins).' })
  async declineInvitation(
    @Args() { id, reason }: OptionalReasonArgs,
    @CurrentUser() user: UserPrincipal,
  ): Promise<MembershipModel> {
    return MembershipModel.from(await this.memberships.decline(id, reason ?? null, user));
  }

  @Authenticated()
  @Mutation(() => MembershipModel)
  async suspendMembership(
    @Args() { id, reason }: ReasonArgs,
    @CurrentUser() user: UserPrincipal,
  ): Promise<MembershipModel> {
    return MembershipModel.from(await this.memberships.suspend(id, reason, user));
  }

  @Authenticated()
  @Mutation(() => MembershipModel)
  async reinstateMembership(
    @Args('id', { type: () => UUID }) id: string,
    @CurrentUser() user: UserPrincipal,
  ): Promise<MembershipModel> {
    return MembershipModel.from(await this.memberships.reinstate(id, user));
  }

  @Authenticated()
  @Mutation(() => MembershipModel, {
    description: 'Remove a member or withdraw an invitation; its people lose their roles here.',
  })
  async removeMembership(
    @Args() { id, reason }: OptionalReasonArgs,
    @CurrentUser() user: UserPrincipal,
  ): Promise<MembershipModel> {
    return MembershipModel.from(await this.memberships.remove(id, reason ?? null, user));
  }

  // Resolved once per member of every listed consortium: without parameter decorators Nest calls
  // it directly with GraphQL's (parent, args, context), skipping its per-call parameter pipeline.
  @ResolveField(() => OrganizationModel)
  organization(
    membership: MembershipModel,
    _args: unknown,
    { req }: GraphQLRequestContext,
  ): Promise<OrganizationModel> {
    return this.loaders.organizationModel(req, membership.organizationId);
  }

  @ResolveField(() => ConsortiumModel)
  async consortium(
    @Parent() membership: MembershipModel,
    @Context() { req }: GraphQLRequestContext,
  ): Promise<ConsortiumModel> {
    const consortium = await this.loaders.consortium(req).load(membership.consortiumId);
    if (!consortium) throw new NotFoundError('Consortium', membership.consortiumId);
    return ConsortiumModel.from(consortium);
  }
}
