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
import { ConsortiumAccessService } from '@vcp/consortia/consortiums';
import { OrganizationsService, VerticalsService } from '@vcp/consortia/organizations';
import {
  ApiScope,
  Authenticated,
  CurrentUser,
  PlatformRole,
  RequestAuthenticator,
  Roles,
  Scopes,
  type UserPrincipal,
} from '@vcp/platform/auth';
import {
  type GraphQLRequestContext,
  mapConnection,
  NotFoundError,
  UUID,
} from '@vcp/platform/graphql';
import { callerOf } from '../directory/directory-caller';
import { DirectoryLoaders } from '../directory/directory-loaders';
import {
  CertifyIntegratorInput,
  OrganizationsArgs,
  RegisterOrganizationInput,
  UpdateOrganizationInput,
} from './dto/organization.inputs';
import {
  OrganizationConnection,
  OrganizationCountModel,
  OrganizationDetailsModel,
  OrganizationModel,
  VerticalModel,
} from './models/organization.model';

@Resolver(() => OrganizationModel)
export class OrganizationsResolver {
  constructor(
    private readonly organizationsService: OrganizationsService,
    private readonly verticalsService: VerticalsService,
    private readonly access: ConsortiumAccessService,
    private readonly loaders: DirectoryLoaders,
    private readonly authenticator: RequestAuthenticator,
  ) {}

  @Authenticated()
  @Scopes(ApiScope.CONSORTIA_READ)
  @Query(() => OrganizationConnection, {
    description: 'The organisation directory by name, filtered by kind, region, industry or name.',
  })
  async organizations(@Args() args: OrganizationsArgs): Promise<OrganizationConnection> {
    const page = await this.organizationsService.page(args.filter ?? {}, args);
    return mapConnection(page, (entity) => this.model(entity));
  }

  @Authenticated()
  @Scopes(ApiScope.CONSORTIA_READ)
  @Query(() => OrganizationModel)
  async organization(@Args('id', { type: () => UUID }) id: string): Promise<OrganizationModel> {
    return this.model(await this.organizationsService.findById(id));
  }

  @Authenticated()
  @Scopes(ApiScope.CONSORTIA_READ)
  @Query(() => [OrganizationCountModel], {
    description: 'Registered organisations by kind (adoption figures divide by the SMEs).',
  })
  organizationCounts(): Promise<OrganizationCountModel[]> {
    return this.organizationsService.countsByKind();
  }

  @Authenticated()
  @Scopes(ApiScope.CONSORTIA_READ)
  @Query(() => [VerticalModel], { description: 'The industry verticals, by name.' })
  verticals(): Promise<VerticalModel[]> {
    return this.verticalsService.list();
  }

  @Roles(PlatformRole.OPERATOR)
  @Mutation(() => OrganizationModel, {
    description: 'Register an organisation; its size class is derived from its figures.',
  })
  async registerOrganization(
    @Args('input') input: RegisterOrganizationInput,
    @CurrentUser() user: UserPrincipal,
  ): Promise<OrganizationModel> {
    return this.model(await this.organizationsService.register(input, user));
  }

  @Roles(PlatformRole.OPERATOR)
  @Mutation(() => OrganizationModel)
  async updateOrganization(
    @Args('input') { id, ...changes }: UpdateOrganizationInput,
    @CurrentUser() user: UserPrincipal,
  ): Promise<OrganizationModel> {
    return this.model(await this.organizationsService.update(id, changes, user));
  }

  @Roles(PlatformRole.OPERATOR)
  @Mutation(() => OrganizationModel, {
    description: "Record or renew an integrator's certification.",
  })
  async certifyIntegrator(
    @Args('input') { organizationId, ...certification }: CertifyIntegratorInput,
    @CurrentUser() user: UserPrincipal,
  ): Promise<OrganizationModel> {
    return this.model(
      await this.organizationsService.certifyIntegrator(organizationId, certification, user),
    );
  }

  @Roles(PlatformRole.OPERATOR)
  @Mutation(() => OrganizationModel, {
    description: 'Make a person of the organisation one of its admins, who answer its invitations.',
  })
  async grantOrganizationAdmin(
    @Args('organizationId', { type: () => UUID }) organizationId: string,
    @Args('userId', { type: () => UUID }) userId: string,
    @CurrentUser() user: UserPrincipal,
  ): Promise<OrganizationModel> {
    await this.organizationsService.grantAdmin(organizationId, userId, user);
    return this.model(await this.organizationsService.findById(organizationId));
  }

  @Roles(PlatformRole.OPERATOR)
  @Mutation(() => OrganizationModel, { description: "Take away a person's admin standing." })
  async revokeOrganizationAdmin(
    @Args('organizationId', { type: () => UUID }) organizationId: string,
    @Args('userId', { type: () => UUID }) userId: string,
    @CurrentUser() user: UserPrincipal,
  ): Promise<OrganizationModel> {
    await this.organizationsService.revokeAdmin(organizationId, userId, user);
    return this.model(await this.organizationsService.findById(organizationId));
  }

  @ResolveField(() => OrganizationDetailsModel, {
    nullable: true,
    description:
      "Null unless you are an operator, one of the organisation's people or a reading partner.",
  })
  async details(
    @Parent() organization: OrganizationModel,
    @Context() context: GraphQLRequestContext,
  ): Promise<OrganizationDetailsModel | null> {
    const caller = callerOf(context);
    if (!caller) return null;
    const profile = await this.loaders.accessProfile(context.req, caller);
    return this.access.canSeeOrganizationDetails(profile, organization.id)
      ? OrganizationDetailsModel.from(organization.entity, organization.classification)
      : null;
  }

  /** Another subgraph's result names an organisation; readable by whoever may read the directory. */
  @ResolveReference()
  async resolveReference(
    reference: { id: string },
    context: GraphQLRequestContext,
  ): Promise<OrganizationModel> {
    await this.authenticator.require(context.req, ApiScope.CONSORTIA_READ);
    const organization = await this.loaders.organization(context.req).load(reference.id);
    if (!organization) throw new NotFoundError('Organisation', reference.id);
    return this.model(organization);
  }

  private model(entity: Parameters<OrganizationsService['classify']>[0]): OrganizationModel {
    return OrganizationModel.from(entity, this.organizationsService.classify(entity));
  }
}
