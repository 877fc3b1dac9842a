import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  EngagementAccessService,
  EngagementsService,
  EngagementViewsService,
  UniversitiesService,
} from '@vcp/consortia/engagements';
import {
  ApiScope,
  Authenticated,
  CurrentPrincipal,
  CurrentUser,
  type Principal,
  type PrincipalRequest,
  Scopes,
  type UserPrincipal,
} from '@vcp/platform/auth';
import {
  type GraphQLRequestContext,
  mapConnection,
  NotFoundError,
  UUID,
} from '@vcp/platform/graphql';
import { ConsortiumModel } from '../consortiums/models/consortium.model';
import { DirectoryLoaders } from '../directory/directory-loaders';
import { OrganizationModel } from '../organizations/models/organization.model';
import {
  ApproveEngagementArgs,
  CreateEngagementInput,
  DeclareDisclosureInput,
  EngagementReasonArgs,
  EngagementsArgs,
  HourLogsArgs,
} from './dto/engagement.inputs';
import { EngagementLoaders } from './engagement-loaders';
import { DisclosureModel, EngagementConnection, EngagementModel } from './models/engagement.model';
import { HourLogModel } from './models/hour-log.model';
import { ResearcherModel } from './models/researcher.model';

/**
 * Engagements from draft to end. EngagementsService decides who may change what (the researcher
 * their own, officers of the researcher's university decide); reads go through the caller's
 * EngagementScope.
 */
@Resolver(() => EngagementModel)
export class EngagementsResolver {
  constructor(
    private readonly engagementsService: EngagementsService,
    private readonly universities: UniversitiesService,
    private readonly views: EngagementViewsService,
    private readonly access: EngagementAccessService,
    private readonly loaders: EngagementLoaders,
    private readonly directory: DirectoryLoaders,
  ) {}

  @Authenticated()
  @Scopes(ApiScope.ENGAGEMENTS_READ)
  @Query(() => EngagementModel, {
    description:
      "For the researcher, their university's officers and HR partner clients, the consortium's leads and managers, and operators.",
  })
  async engagement(
    @Args('id', { type: () => UUID }) id: string,
    @CurrentPrincipal() principal: Principal,
    @Context() { req }: GraphQLRequestContext,
  ): Promise<EngagementModel> {
    const engagement = await this.loaders.engagement(req).load(id);
    if (!engagement) throw new NotFoundError('Engagement', id);
    this.access.assertCanRead(await this.loaders.scope(req, principal), engagement);
    return EngagementModel.from(engagement);
  }

  @Authenticated()
  @Scopes(ApiScope.ENGAGEMENTS_READ)
  @Query(() => EngagementConnection, {
    description:
      'The engagements you may read (your own, your university’s, your consortium’s, or all for operators), newest first.',
  })
  async engagements(
    @Args() { filter, ...page }: EngagementsArgs,
    @CurrentPrincipal() principal: Principal,
    @Context() { req }: GraphQLRequestContext,
  ): Promise<EngagementConnection> {
    const scope = await this.loaders.scope(req, principal);
    return mapConnection(await this.views.page(scope, filter ?? {}, page), EngagementModel.from);
  }

  @Authenticated()
  @Query(() => [EngagementModel], {
    description:
      'Submissions waiting for a decision, oldest first: of the universities you are an officer of, or of the one named (its officers, operators).',
  })
  async officerQueue(
    @CurrentUser() user: UserPrincipal,
    @Args('universityId', { type: () => UUID, nullable: true }) universityId?: string,
  ): Promise<EngagementModel[]> {
    let universityIds: string[];
    if (universityId) {
      await this.universities.assertOfficer(user, universityId);
      universityIds = [universityId];
    } else {
      universityIds = await this.universities.officerUniversityIds(user.userId);
    }
    return (await this.views.officerQueue(universityIds)).map(EngagementModel.from);
  }

  @Authenticated()
  @Mutation(() => EngagementModel, {
    description:
      'Draft an engagement with a firm (the anchor or an active firm member) of a consortium.',
  })
  async createEngagement(
    @Args('input') input: CreateEngagementInput,
    @CurrentUser() user: UserPrincipal,
  ): Promise<EngagementModel> {
    return EngagementModel.from(await this.engagementsService.create(input, user));
  }

  @Authenticated()
  @Mutation(() => DisclosureModel, {
    description:
      'Declare your conflicts of interest for an engagement; each change is a new version.',
  })
  async declareDisclosure(
    @Args('input') { engagementId, ...disclosure }: DeclareDisclosureInput,
    @CurrentUser() user: UserPrincipal,
  ): Promise<DisclosureModel> {
    return DisclosureModel.from(
      await this.engagementsService.declareDisclosure(engagementId, disclosure, user),
    );
  }

  @Authenticated()
  @Mutation(() => EngagementModel, {
    description:
      'DRAFT → SUBMITTED, with a disclosure on file; approved at once where the university needs no approval.',
  })
  async submitEngagement(
    @Args('id', { type: () => UUID }) id: string,
    @CurrentUser() user: UserPrincipal,
  ): Promise<EngagementModel> {
    return EngagementModel.from(await this.engagementsService.submit(id, user));
  }

  @Authenticated()
  @Mutation(() => EngagementModel, {
    description:
      "SUBMITTED → APPROVED by an officer of the researcher's university, within its weekly cap.",
  })
  async approveEngagement(
    @Args() { id, acknowledgeCompeting }: ApproveEngagementArgs,
    @CurrentUser() user: UserPrincipal,
  ): Promise<EngagementModel> {
    return EngagementModel.from(
      await this.engagementsService.approve(id, acknowledgeCompeting, user),
    );
  }

  @Authenticated()
  @Mutation(() => EngagementModel, { description: 'SUBMITTED → REJECTED, by an officer.' })
  async rejectEngagement(
    @Args() { id, reason }: EngagementReasonArgs,
    @CurrentUser() user: UserPrincipal,
  ): Promise<EngagementModel> {
    return EngagementModel.from(await this.engagementsService.reject(id, reason, user));
  }

  @Authenticated()
  @Mutation(() => EngagementModel, {
    description: 'Withdraw a submission or an approval before the end, by an officer.',
  })
  async revokeEngagement(
    @Args() { id, reason }: EngagementReasonArgs,
    @CurrentUser() user: UserPrincipal,
  ): Promise<EngagementModel> {
    return EngagementModel.from(await this.engagementsService.revoke(id, reason, user));
  }

  @Authenticated()
  @Mutation(() => EngagementModel, {
    description: 'APPROVED → ACTIVE from the start date (logging hours also does it).',
  })
  async activateEngagement(
    @Args('id', { type: () => UUID }) id: string,
    @CurrentUser() user: UserPrincipal,
  ): Promise<EngagementModel> {
    return EngagementModel.from(await this.engagementsService.activate(id, user));
  }

  @Authenticated()
  @Mutation(() => EngagementModel, { description: 'APPROVED or ACTIVE → ENDED.' })
  async endEngagement(
    @Args('id', { type: () => UUID }) id: string,
    @CurrentUser() user: UserPrincipal,
  ): Promise<EngagementModel> {
    return EngagementModel.from(await this.engagementsService.end(id, user));
  }

  @ResolveField(() => ResearcherModel)
  async researcher(
    @Parent() engagement: EngagementModel,
    @Context() { req }: GraphQLRequestContext,
  ): Promise<ResearcherModel> {
    const researcher = await this.loaders.researcher(req).load(engagement.researcherId);
    if (!researcher) throw new NotFoundError('Researcher', engagement.researcherId);
    return ResearcherModel.from(researcher);
  }

  @ResolveField(() => ConsortiumModel)
  async consortium(
    @Parent() engagement: EngagementModel,
    @Context() { req }: GraphQLRequestContext,
  ): Promise<ConsortiumModel> {
    const consortium = await this.directory.consortium(req).load(engagement.consortiumId);
    if (!consortium) throw new NotFoundError('Consortium', engagement.consortiumId);
    return ConsortiumModel.from(consortium);
  }

  @ResolveField(() => OrganizationModel, { description: 'The firm the researcher works for.' })
  host(
    @Parent() engagement: EngagementModel,
    @Context() { req }: GraphQLRequestContext,
  ): Promise<OrganizationModel> {
    return this.directory.organizationModel(req, engagement.hostOrganizationId);
  }

  @ResolveField(() => [DisclosureModel], {
    nullable: true,
    description:
      "Every version, latest first; null unless you are the researcher, their university's officer or HR client, or an operator.",
  })
  async disclosures(
    @Parent() engagement: EngagementModel,
    @Context() { req }: GraphQLRequestContext,
  ): Promise<DisclosureModel[] | null> {
    const caller = (req as PrincipalRequest).user;
    if (!caller) return null;
    const scope = await this.loaders.scope(req, caller);
    if (!this.access.canReadDisclosures(scope, engagement.entity)) return null;
    return (await this.loaders.disclosures(req).load(engagement.id)).map(DisclosureModel.from);
  }

  @ResolveField(() => [HourLogModel], {
    description: 'Current entries (corrections replace what they corrected), newest date first.',
  })
  async hourLogs(
    @Parent() engagement: EngagementModel,
    @Args() { first }: HourLogsArgs,
    @Context() { req }: GraphQLRequestContext,
  ): Promise<HourLogModel[]> {
    const entries = await this.loaders.hourLogs(req, Math.min(first, 200)).load(engagement.id);
    return entries.map(HourLogModel.from);
  }
}
