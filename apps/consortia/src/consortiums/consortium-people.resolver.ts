import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ConsortiumPeopleService } from '@vcp/consortia/consortiums';
import { Authenticated, CurrentUser, type UserPrincipal } from '@vcp/platform/auth';
import { type GraphQLRequestContext, UUID } from '@vcp/platform/graphql';
import { DirectoryLoaders } from '../directory/directory-loaders';
import { OrganizationModel } from '../organizations/models/organization.model';
import { AssignConsortiumRoleInput } from './dto/consortium.inputs';
import { ConsortiumPersonModel } from './models/consortium-person.model';

/** People's roles in a consortium; leads of the consortium and operators assign them. */
@Resolver(() => ConsortiumPersonModel)
export class ConsortiumPeopleResolver {
  constructor(
    private readonly people: ConsortiumPeopleService,
    private readonly loaders: DirectoryLoaders,
  ) {}

  @Authenticated()
  @Mutation(() => ConsortiumPersonModel, {
    description: 'Give a person a role: LEADs from the anchor firm, others from its organisations.',
  })
  async assignConsortiumRole(
    @Args('input') { consortiumId, userId, role }: AssignConsortiumRoleInput,
    @CurrentUser() user: UserPrincipal,
  ): Promise<ConsortiumPersonModel> {
    return ConsortiumPersonModel.from(await this.people.assign(consortiumId, userId, role, user));
  }

  @Authenticated()
  @Mutation(() => ConsortiumPersonModel, {
    description: 'Take a role away; a live consortium keeps a lead.',
  })
  async revokeConsortiumRole(
    @Args('consortiumId', { type: () => UUID }) consortiumId: string,
    @Args('userId', { type: () => UUID }) userId: string,
    @CurrentUser() user: UserPrincipal,
  ): Promise<ConsortiumPersonModel> {
    return ConsortiumPersonModel.from(await this.people.revoke(consortiumId, userId, user));
  }

  @ResolveField(() => String)
  async displayName(
    @Parent() person: ConsortiumPersonModel,
    @Context() { req }: GraphQLRequestContext,
  ): Promise<string> {
    return (await this.loaders.user(req).load(person.userId))?.displayName ?? 'Former user';
  }

  @ResolveField(() => OrganizationModel)
  organization(
    @Parent() person: ConsortiumPersonModel,
    @Context() { req }: GraphQLRequestContext,
  ): Promise<OrganizationModel> {
    return this.loaders.organizationModel(req, person.organizationId);
  }
}
