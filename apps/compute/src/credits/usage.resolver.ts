import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { LedgerService } from '@vcp/compute/ledger';
import { UsageService } from '@vcp/compute/reservations';
import {
  ApiScope,
  type ClientPrincipal,
  CurrentPrincipal,
  PlatformRole,
  Roles,
  Scopes,
} from '@vcp/platform/auth';
import { BadUserInputError, type GraphQLRequestContext } from '@vcp/platform/graphql';
import { ConsortiumAccessClient } from '../hardware/consortium-access.client';
import { ReportUsageInput } from './dto/usage.inputs';
import {
  AdoptionModel,
  CreditFiguresModel,
  UsageReportModel,
  UtilizationModel,
} from './models/usage.models';
import { UTILIZATION_KEY, UtilizationGrouping } from './usage-enums';

/** The program's 2030 target for industrial AI adoption (share of firms using AI). */
export const INDUSTRIAL_AI_ADOPTION_TARGET = 0.7;

/**
 * Usage the computing center reports (its usage:write partner client only), and what operators
 * read of utilization and the program's credit figures.
 */
@Resolver()
export class UsageResolver {
  constructor(
    private readonly usage: UsageService,
    private readonly ledger: LedgerService,
    private readonly directory: ConsortiumAccessClient,
  ) {}

  @Scopes(ApiScope.USAGE_WRITE)
  @Mutation(() => UsageReportModel, {
    description:
      "Report device-hours used on a confirmed reservation that has started (the computing center's usage:write client). A retry with the same idempotency key returns the first report.",
  })
  async reportUsage(
    @Args('input') input: ReportUsageInput,
    @CurrentPrincipal() client: ClientPrincipal,
  ): Promise<UsageReportModel> {
    return UsageReportModel.from(
      await this.usage.report(
        {
          reservationId: input.reservationId,
          deviceHours: input.deviceHours,
          idempotencyKey: input.idempotencyKey,
        },
        client,
      ),
    );
  }

  @Roles(PlatformRole.OPERATOR)
  @Scopes(ApiScope.COMPUTE_READ)
  @Query(() => [UtilizationModel], {
    description:
      'Used against reserved device-hours of the reservations starting in [from, to), per pool or per consortium.',
  })
  async computeUtilization(
    @Args('by', { type: () => UtilizationGrouping }) by: UtilizationGrouping,
    @Args('from', { type: () => Date }) from: Date,
    @Args('to', { type: () => Date }) to: Date,
    @Context() { req }: GraphQLRequestContext,
  ): Promise<UtilizationModel[]> {
    if (!(from < to)) {
      throw new BadUserInputError('from must be before to.', {
        rule: 'UTILIZATION_PERIOD',
        fields: [{ field: 'to', message: 'after from' }],
      });
    }
    const rows = await this.usage.utilization(UTILIZATION_KEY[by], from, to);
    if (by !== UtilizationGrouping.VERTICAL && by !== UtilizationGrouping.REGION) {
      return rows.map(UtilizationModel.from);
    }
    // Vertical and regions belong to the consortia subgraph: ask it, then add the consortiums up.
    const facts = await this.directory.consortiumFacts(
      req,
      rows.map((row) => row.key),
    );
    const totals = new Map<string, { reserved: number; used: number }>();
    for (const row of rows) {
      const fact = facts.get(row.key);
      const keys = !fact
        ? ['UNKNOWN']
        : by === UtilizationGrouping.VERTICAL
          ? [fact.verticalCode]
          : fact.regions;
      for (const key of keys) {
        const total = totals.get(key) ?? { reserved: 0, used: 0 };
        total.reserved += row.reservedDeviceHours;
        total.used += row.usedDeviceHours;
        totals.set(key, total);
      }
    }
    return [...totals.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, total]) =>
        UtilizationModel.from({
          key,
          reservedDeviceHours: total.reserved,
          usedDeviceHours: total.used,
          utilization: total.reserved > 0 ? total.used / total.reserved : null,
        }),
      );
  }

  @Roles(PlatformRole.OPERATOR)
  @Query(() => AdoptionModel, {
    description:
      'Industrial AI adoption: SMEs with a completed reservation over registered SMEs, beside the 70% target for 2030.',
  })
  async computeAdoption(@Context() { req }: GraphQLRequestContext): Promise<AdoptionModel> {
    const [adopted, registered] = await Promise.all([
      this.usage.adoptedSmes(),
      this.directory.registeredSmes(req),
    ]);
    return Object.assign(new AdoptionModel(), {
      smesWithCompletedReservation: adopted,
      registeredSmes: registered,
      share: registered > 0 ? adopted / registered : null,
      target: INDUSTRIAL_AI_ADOPTION_TARGET,
    });
  }

  @Roles(PlatformRole.OPERATOR)
  @Query(() => CreditFiguresModel, {
    description: 'Credits issued, redeemed, expired and forfeited, program-wide.',
  })
  async creditFigures(): Promise<CreditFiguresModel> {
    return CreditFiguresModel.from(await this.ledger.figures());
  }
}
