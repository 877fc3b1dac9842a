import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  EngagementAccessService,
  HourLogsService,
  ResearchersService,
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
import { ForbiddenError, type GraphQLRequestContext, UUID } from '@vcp/platform/graphql';
import {
  CorrectHourLogInput,
  LogHoursInput,
  MyHoursArgs,
  ResearcherHoursArgs,
} from './dto/engagement.inputs';
import { EngagementLoaders } from './engagement-loaders';
import { HourPeriod } from './engagement-enums';
import { HourLogModel, HoursByPeriodModel } from './models/hour-log.model';

/** Researchers' daily hours; HourLogsService holds the caps, the dates and the correction window. */
@Resolver(() => HourLogModel)
export class HourLogsResolver {
  constructor(
    private readonly hourLogs: HourLogsService,
    private readonly researchers: ResearchersService,
    private readonly loaders: EngagementLoaders,
    private readonly access: EngagementAccessService,
  ) {}

  @Authenticated()
  @Mutation(() => HourLogModel, {
    description:
      "Log a day's hours on your approved or active engagement, within the university's weekly cap.",
  })
  async logHours(
    @Args('input') input: LogHoursInput,
    @CurrentUser() user: UserPrincipal,
  ): Promise<HourLogModel> {
    return HourLogModel.from(await this.hourLogs.log(input, user));
  }

  @Authenticated()
  @Mutation(() => HourLogModel, {
    description:
      'Correct one of your entries up to 14 days after its date; the corrected entry is kept in its history.',
  })
  async correctHourLog(
    @Args('id', { type: () => UUID }) id: string,
    @Args('input') input: CorrectHourLogInput,
    @CurrentUser() user: UserPrincipal,
  ): Promise<HourLogModel> {
    return HourLogModel.from(await this.hourLogs.correct(id, input, user));
  }

  @Authenticated()
  @Query(() => [HoursByPeriodModel], {
    description: 'Your hours per ISO week or month across engagements, newest first.',
  })
  async myHours(
    @Args() { by, from, to }: MyHoursArgs,
    @CurrentUser() user: UserPrincipal,
  ): Promise<HoursByPeriodModel[]> {
    const researcher = await this.researchers.requireOwn(user);
    const totals = await this.hourLogs.totals(
      researcher.id,
      by === HourPeriod.WEEK ? 'week' : 'month',
      from,
      to,
    );
    return totals.map(HoursByPeriodModel.from);
  }

  @Authenticated()
  @Scopes(ApiScope.ENGAGEMENTS_READ)
  @Query(() => [HoursByPeriodModel], {
    description:
      "A researcher's hours per ISO week or month: for their university's officers and HR clients, and operators.",
  })
  async researcherHours(
    @Args() { researcherId, by, from, to }: ResearcherHoursArgs,
    @CurrentPrincipal() principal: Principal,
    @Context() { req }: GraphQLRequestContext,
  ): Promise<HoursByPeriodModel[]> {
    const researcher = await this.researchers.findById(researcherId);
    if (!this.access.canReadResearcher(await this.loaders.scope(req, principal), researcher)) {
      throw new ForbiddenError(
        "A researcher's hours are read by the researcher, their university's officers and HR client, and operators.",
      );
    }
    const totals = await this.hourLogs.totals(
      researcher.id,
      by === HourPeriod.WEEK ? 'week' : 'month',
      from,
      to,
    );
    return totals.map(HoursByPeriodModel.from);
  }

  @ResolveField(() => [HourLogModel], {
    description: 'This entry and the versions it corrected, newest first.',
  })
  async history(
    @Parent() entry: HourLogModel,
    @Context() { req }: GraphQLRequestContext,
  ): Promise<HourLogModel[]> {
    return (await this.loaders.history(req).load(entry.id)).map(HourLogModel.from);
  }
}
