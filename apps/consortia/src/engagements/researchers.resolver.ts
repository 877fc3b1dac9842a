import {
  Args,
  Context,
  Float,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import {
  EngagementAccessService,
  ResearchersService,
  UniversitiesService,
} from '@vcp/consortia/engagements';
import {
  ApiScope,
  Authenticated,
  CurrentPrincipal,
  CurrentUser,
  type Principal,
  Scopes,
  type UserPrincipal,
} from '@vcp/platform/auth';
import {
  ForbiddenError,
  type GraphQLRequestContext,
  NotFoundError,
  UUID,
} from '@vcp/platform/graphql';
import { DirectoryLoaders } from '../directory/directory-loaders';
import { OrganizationModel } from '../organizations/models/organization.model';
import { RegisterResearcherInput } from './dto/engagement.inputs';
import { EngagementLoaders } from './engagement-loaders';
import { ResearcherModel } from './models/researcher.model';

/** Researcher profiles; ResearchersService decides who may register whom. */
@Resolver(() => ResearcherModel)
export class ResearchersResolver {
  constructor(
    private readonly researchers: ResearchersService,
    private readonly loaders: EngagementLoaders,
    private readonly directory: DirectoryLoaders,
    private readonly access: EngagementAccessService,
    private readonly universities: UniversitiesService,
  ) {}

  @Authenticated()
  @Query(() => ResearcherModel, {
    nullable: true,
    description: 'Your researcher profile; null until you register one.',
  })
  async myResearcherProfile(@CurrentUser() user: UserPrincipal): Promise<ResearcherModel | null> {
    const researcher = await this.researchers.findByUser(user.userId);
    return researcher ? ResearcherModel.from(researcher) : null;
  }

  @Authenticated()
  @Scopes(ApiScope.ENGAGEMENTS_READ)
  @Query(() => ResearcherModel, {
    description:
      "For the researcher, their university's officers and HR partner clients, and operators.",
  })
  async researcher(
    @Args('id', { type: () => UUID }) id: string,
    @CurrentPrincipal() principal: Principal,
    @Context() { req }: GraphQLRequestContext,
  ): Promise<ResearcherModel> {
    const researcher = await this.loaders.researcher(req).load(id);
    if (!researcher) throw new NotFoundError('Researcher', id);
    if (!this.access.canReadResearcher(await this.loaders.scope(req, principal), researcher)) {
      throw new ForbiddenError(
        "Researcher profiles are read by the researcher, their university's officers and operators.",
      );
    }
    return ResearcherModel.from(researcher);
  }

  @Authenticated()
  @Mutation(() => ResearcherModel, {
    description:
      'Register your researcher profile at your own university (operators may register someone).',
  })
  async registerResearcher(
    @Args('input') { userId, ...profile }: RegisterResearcherInput,
    @CurrentUser() user: UserPrincipal,
  ): Promise<ResearcherModel> {
    return ResearcherModel.from(
      await this.researchers.register(userId ?? user.userId, profile, user),
    );
  }

  @ResolveField(() => String)
  async displayName(
    @Parent() researcher: ResearcherModel,
    @Context() { req }: GraphQLRequestContext,
  ): Promise<string> {
    return (await this.directory.user(req).load(researcher.userId))?.displayName ?? 'Former user';
  }

  @ResolveField(() => OrganizationModel)
  university(
    @Parent() researcher: ResearcherModel,
    @Context() { req }: GraphQLRequestContext,
  ): Promise<OrganizationModel> {
    return this.directory.organizationModel(req, researcher.universityId);
  }

  @ResolveField(() => Float, {
    description:
      "The university's weekly cap: hours a week the researcher may commit to, and log on, engagements together (ISO weeks, Korea time).",
  })
  async weeklyCapHours(@Parent() researcher: ResearcherModel): Promise<number> {
    return (await this.universities.policyOf(researcher.universityId)).weeklyCapHours;
  }
}

/**
 * The profile itself: its researcher, the university's readers (officers, its HR client) and
 * operators. Consortium leads reach researchers through the engagements they may read.
 */
