import { Args, Int, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { MandatesService, ReservationViewsService } from '@vcp/compute/reservations';
import {
  ApiScope,
  Authenticated,
  CurrentUser,
  PlatformRole,
  Roles,
  Scopes,
  type UserPrincipal,
} from '@vcp/platform/auth';
import { UUID } from '@vcp/platform/graphql';
import { CreditParties } from './credit-parties';
import { MandateModel } from './models/mandate.model';
import { PoolCalendarModel } from './models/pool-calendar.models';
import { ReservationModel } from './models/reservation.model';

/** What integrators and SMEs read before placing, confirming or cancelling reservations. */
@Resolver(() => ReservationModel)
export class ReservationViewsResolver {
  constructor(
    private readonly views: ReservationViewsService,
    private readonly mandates: MandatesService,
    private readonly parties: CreditParties,
  ) {}

  @Authenticated()
  @Scopes(ApiScope.COMPUTE_READ)
  @Query(() => PoolCalendarModel, {
    description:
      "A pool's free devices for each hour of [from, to), widened to whole hours; at most four weeks.",
  })
  async poolCalendar(
    @Args('poolId', { type: () => UUID }) poolId: string,
    @Args('from', { type: () => Date }) from: Date,
    @Args('to', { type: () => Date }) to: Date,
  ): Promise<PoolCalendarModel> {
    return PoolCalendarModel.from(await this.views.poolCalendar(poolId, from, to));
  }

  @Authenticated()
  @Query(() => [ReservationModel], {
    description:
      'Reservations your organisation placed (integrators) or pays for (SMEs), latest start first (at most 200).',
  })
  async myReservations(@CurrentUser() user: UserPrincipal): Promise<ReservationModel[]> {
    const organizationId = this.parties.organizationOf(user, 'read their reservations');
    return (await this.views.forOrganization(organizationId)).map(ReservationModel.from);
  }

  @Roles(PlatformRole.INTEGRATOR)
  @Query(() => [MandateModel], {
    description:
      'The live mandates SMEs granted your integrator firm, soonest expiry first: whose credits you may spend.',
  })
  async myIntegratorMandates(@CurrentUser() user: UserPrincipal): Promise<MandateModel[]> {
    const organizationId = this.parties.organizationOf(user, 'hold mandates');
    return (await this.mandates.liveForIntegrator(organizationId)).map(MandateModel.from);
  }

  @ResolveField(() => Int, {
    description:
      'Credits the SME would get back if it were cancelled now: a hold paid nothing; a confirmed reservation all with 48 hours’ notice or more, half with 2, else none.',
  })
  refundIfCancelledNow(reservation: ReservationModel): number {
    return this.views.refundIfCancelled(reservation);
  }
}
