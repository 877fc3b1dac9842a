import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ConsortiumAccessLevel, ConsortiumAccessService } from '@vcp/consortia/consortiums';
import { AI_EXPERTS_TARGET_2030, EngagementViewsService } from '@vcp/consortia/engagements';
import {
  Authenticated,
  CurrentUser,
  PlatformRole,
  Roles,
  type UserPrincipal,
} from '@vcp/platform/auth';
import {
  ForbiddenError,
  type GraphQLRequestContext,
  NotFoundError,
  UUID,
} from '@vcp/platform/graphql';
import { DirectoryLoaders } from '../directory/directory-loaders';
import { EngagementLoaders } from './engagement-loaders';
import {
  ConsortiumResearcherModel,
  EngagedResearchersModel,
  FacultyMemberModel,
  NationalEngagementFiguresModel,
} from './models/engagement-views.model';
import { EngagementModel } from './models/engagement.model';
import { ResearcherModel } from './models/researcher.model';

const CONSORTIUM_READERS = new Set([
  ConsortiumAccessLevel.OPERATOR,
  ConsortiumAccessLevel.LEAD,
  ConsortiumAccessLevel.MANAGER,
]);

/** A consortium's researchers, for its leads and managers. */
@Resolver(() => ConsortiumResearcherModel)
export class ConsortiumResearchersResolver {
  constructor(
    private readonly views: EngagementViewsService,
    private readonly consortiumAccess: ConsortiumAccessService,
    private readonly loaders: EngagementLoaders,
    private readonly directory: DirectoryLoaders,
  ) {}

  @Authenticated()
  @Query(() => [ConsortiumResearcherModel], {
    description:
      "The consortium's researchers (approved, active and ended engagements) with their hours: its leads and managers, operators.",
  })
  async consortiumResearchers(
    @Args('consortiumId', { type: () => UUID }) consortiumId: string,
    @CurrentUser() user: UserPrincipal,
    @Context() { req }: GraphQLRequestContext,
  ): Promise<ConsortiumResearcherModel[]> {
    const consortium = await this.directory.consortium(req).load(consortiumId);
    if (!consortium) throw new NotFoundError('Consortium', consortiumId);
    const profile = await this.directory.accessProfile(req, user);
    if (!CONSORTIUM_READERS.has(this.consortiumAccess.levelFor(profile, consortiumId))) {
      throw new ForbiddenError(
        `Only ${consortium.name}'s leads and managers, or a program operator, read its researchers.`,
      );
    }
    return (await this.views.consortiumResearchers(consortiumId)).map(
      ConsortiumResearcherModel.from,
    );
  }

  @ResolveField(() => String)
  async displayName(
    @Parent() row: ConsortiumResearcherModel,
    @Context() { req }: GraphQLRequestContext,
  ): Promise<string> {
    return (await this.directory.user(req).load(row.userId))?.displayName ?? 'Former user';
  }

  @ResolveField(() => ResearcherModel)
  async researcher(
    @Parent() row: ConsortiumResearcherModel,
    @Context() { req }: GraphQLRequestContext,
  ): Promise<ResearcherModel> {
    const researcher = await this.loaders.researcher(req).load(row.researcherId);
    if (!researcher) throw new NotFoundError('Researcher', row.researcherId);
    return ResearcherModel.from(researcher);
  }

  @ResolveField(() => EngagementModel)
  async engagement(
    @Parent() row: ConsortiumResearcherModel,
    @Context() { req }: GraphQLRequestContext,
  ): Promise<EngagementModel> {
    const engagement = await this.loaders.engagement(req).load(row.engagementId);
    if (!engagement) throw new NotFoundError('Engagement', row.engagementId);
    return EngagementModel.from(engagement);
  }
}

/** The faculty rows of `faculty`; who may read them is decided by that query. */
@Resolver(() => FacultyMemberModel)
export class FacultyMembersResolver {
  constructor(
    private readonly loaders: EngagementLoaders,
    private readonly directory: DirectoryLoaders,
  ) {}

  @ResolveField(() => String)
  async displayName(
    @Parent() member: FacultyMemberModel,
    @Context() { req }: GraphQLRequestContext,
  ): Promise<string> {
    return (await this.directory.user(req).load(member.userId))?.displayName ?? 'Former user';
  }

  @ResolveField(() => ResearcherModel)
  async researcher(
    @Parent() member: FacultyMemberModel,
    @Context() { req }: GraphQLRequestContext,
  ): Promise<ResearcherModel> {
    const researcher = await this.loaders.researcher(req).load(member.researcherId);
    if (!researcher) throw new NotFoundError('Researcher', member.researcherId);
    return ResearcherModel.from(researcher);
  }
}

/** The program dashboard's engagement figures. */
@Resolver(() => NationalEngagementFiguresModel)
export class EngagementFiguresResolver {
  constructor(private readonly views: EngagementViewsService) {}

  @Roles(PlatformRole.OPERATOR)
  @Query(() => NationalEngagementFiguresModel, {
    description: 'Researchers with an active engagement nationally, against the 2030 target.',
  })
  async nationalEngagementFigures(): Promise<NationalEngagementFiguresModel> {
    const figures = await this.views.nationalFigures();
    return Object.assign(new NationalEngagementFiguresModel(), {
      engagedResearchers: figures.total,
      target: AI_EXPERTS_TARGET_2030,
      byVertical: figures.byVertical.map(EngagedResearchersModel.from),
      byRegion: figures.byRegion.map(EngagedResearchersModel.from),
    });
  }
}
