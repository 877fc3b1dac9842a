import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ReservationViewsService } from '@vcp/compute/reservations';
import { type GraphQLRequestContext } from '@vcp/platform/graphql';
import { ConsortiumAccessClient } from '../hardware/consortium-access.client';
import { ConsortiumModel } from '../hardware/models/consortium.model';
import { ConsortiumComputeUseModel } from './models/consortium-compute-use.model';

/** The pool time and credits a consortium's reservations took, for the people who run it. */
@Resolver(() => ConsortiumModel)
export class ConsortiumComputeUseResolver {
  constructor(
    private readonly access: ConsortiumAccessClient,
    private readonly views: ReservationViewsService,
  ) {}

  @ResolveField(() => ConsortiumComputeUseModel, {
    nullable: true,
    description:
      "Device-hours reserved and used, credits spent and forfeited, and the reservations, for its reservations starting in [from, to) (at most 366 days). The consortium's leads and managers, and operators; FORBIDDEN to others.",
  })
  async computeUse(
    @Parent() consortium: ConsortiumModel,
    @Args('from', { type: () => Date }) from: Date,
    @Args('to', { type: () => Date }) to: Date,
    @Context() { req }: GraphQLRequestContext,
  ): Promise<ConsortiumComputeUseModel> {
    await this.access.assertCanReadComputeUse(req, consortium.id);
    return ConsortiumComputeUseModel.from(await this.views.consortiumUse(consortium.id, from, to));
  }
}
