import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  EngagementViewsService,
  type EngagementScope,
  UniversitiesService,
} from '@vcp/consortia/engagements';
import {
  ApiScope,
  Authenticated,
  CurrentPrincipal,
  CurrentUser,
  PlatformRole,
  type Principal,
  Roles,
  Scopes,
  type UserPrincipal,
} from '@vcp/platform/auth';
import { ForbiddenError, type GraphQLRequestContext, UUID } from '@vcp/platform/graphql';
import { DirectoryLoaders } from '../directory/directory-loaders';
import { OrganizationModel } from '../organizations/models/organization.model';
import { HourLogsCsvArgs, UniversityPolicyInput } from './dto/engagement.inputs';
import { EngagementLoaders } from './engagement-loaders';
import { FacultyMemberModel } from './models/engagement-views.model';
import { UniversityPolicyModel } from './models/researcher.model';

/** Universities' policies and officers, and what their officers and HR systems read. */
@Resolver(() => UniversityPolicyModel)
export class UniversitiesResolver {
  constructor(
    private readonly universities: UniversitiesService,
    private readonly views: EngagementViewsService,
    private readonly loaders: EngagementLoaders,
    private readonly directory: DirectoryLoaders,
  ) {}

  @Authenticated()
  @Mutation(() => UniversityPolicyModel, {
    description: "Change the university's weekly cap or approval rule (its officers, operators).",
  })
  async setUniversityPolicy(
    @Args('universityId', { type: () => UUID }) universityId: string,
    @Args('input') input: UniversityPolicyInput,
    @CurrentUser() user: UserPrincipal,
  ): Promise<UniversityPolicyModel> {
    return UniversityPolicyModel.from(await this.universities.setPolicy(universityId, input, user));
  }

  @Roles(PlatformRole.OPERATOR)
  @Mutation(() => OrganizationModel, {
    description: 'Make a person of the university one of its officers, who decide on engagements.',
  })
  async grantUniversityOfficer(
    @Args('universityId', { type: () => UUID }) universityId: string,
    @Args('userId', { type: () => UUID }) userId: string,
    @CurrentUser() user: UserPrincipal,
    @Context() { req }: GraphQLRequestContext,
  ): Promise<OrganizationModel> {
    await this.universities.grantOfficer(universityId, userId, user);
    return this.directory.organizationModel(req, universityId);
  }

  @Roles(PlatformRole.OPERATOR)
  @Mutation(() => OrganizationModel, { description: "Take a person's officer rights away." })
  async revokeUniversityOfficer(
    @Args('universityId', { type: () => UUID }) universityId: string,
    @Args('userId', { type: () => UUID }) userId: string,
    @CurrentUser() user: UserPrincipal,
    @Context() { req }: GraphQLRequestContext,
  ): Promise<OrganizationModel> {
    await this.universities.revokeOfficer(universityId, userId, user);
    return this.directory.organizationModel(req, universityId);
  }

  @Authenticated()
  @Scopes(ApiScope.ENGAGEMENTS_READ)
  @Query(() => [FacultyMemberModel], {
    description:
      "The university's researchers with their commitments and this week's and month's hours: its officers, its HR partner clients, operators.",
  })
  async faculty(
    @Args('universityId', { type: () => UUID }) universityId: string,
    @CurrentPrincipal() principal: Principal,
    @Context() { req }: GraphQLRequestContext,
  ): Promise<FacultyMemberModel[]> {
    assertReadsUniversity(await this.loaders.scope(req, principal), universityId);
    return (await this.views.faculty(universityId)).map(FacultyMemberModel.from);
  }

  @Authenticated()
  @Scopes(ApiScope.ENGAGEMENTS_READ)
  @Query(() => String, {
    description:
      "The faculty's current hour-log entries between two dates (inclusive) as CSV for HR systems: its officers, its HR partner clients, operators.",
  })
  async hourLogsCsv(
    @Args() { universityId, from, to }: HourLogsCsvArgs,
    @CurrentPrincipal() principal: Principal,
    @Context() { req }: GraphQLRequestContext,
  ): Promise<string> {
    assertReadsUniversity(await this.loaders.scope(req, principal), universityId);
    return this.views.hourLogsCsv(universityId, from, to);
  }
}

function assertReadsUniversity(scope: EngagementScope, universityId: string): void {
  if (scope.all || scope.universityIds.includes(universityId)) return;
  throw new ForbiddenError(
    "A university's faculty and hours are read by its officers, its own HR partner clients and operators.",
  );
}
