import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
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
import { BadUserInputError } from '@vcp/platform/graphql';
import { ReportUsageInput } from './dto/usage.inputs';
import { CreditFiguresModel, UsageReportModel, UtilizationModel } from './models/usage.models';
import { UTILIZATION_KEY, UtilizationGrouping } from './usage-enums';

/**
 * Usage the computing center reports (its usage:write partner client only), and what operators
 * read of utilization and the program's credit figures.
 */
@Resolver()
export class UsageResolver {
  constructor(
    private readonly usage: UsageService,
    private readonly ledger: LedgerService,
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
  ): Promise<UtilizationModel[]> {
    if (!(from < to)) {
      throw new BadUserInputError('from must be before to.', {
        rule: 'UTILIZATION_PERIOD',
        fields: [{ field: 'to', message: 'after from' }],
      });
    }
    return (await this.usage.utilization(UTILIZATION_KEY[by], from, to)).map(UtilizationModel.from);
  }

  @Roles(PlatformRole.OPERATOR)
  @Query(() => CreditFiguresModel, {
    description: 'Credits issued, redeemed, expired and forfeited, program-wide.',
  })
  async creditFigures(): Promise<CreditFiguresModel> {
    return CreditFiguresModel.from(await this.ledger.figures());
  }
}
