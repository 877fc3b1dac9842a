import { Args, Context, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ReservationsService } from '@vcp/compute/reservations';
import { Authenticated, CurrentUser, type UserPrincipal } from '@vcp/platform/auth';
import { type GraphQLRequestContext, UUID } from '@vcp/platform/graphql';
import { ConsortiumModel } from '../hardware/models/consortium.model';
import { CreditParties } from './credit-parties';
import { HoldReservationInput } from './dto/credits.inputs';
import { OrganizationRefModel } from './models/organization-ref.model';
import { ReservationCancellationModel, ReservationModel } from './models/reservation.model';

/**
 * Reservations of pool capacity: certified integrators place, confirm (paying from the SME's
 * credits under its mandate) and cancel them for the SMEs of their consortiums.
 */
@Resolver(() => ReservationModel)
export class ReservationsResolver {
  constructor(
    private readonly reservations: ReservationsService,
    private readonly parties: CreditParties,
  ) {}

  @Authenticated()
  @Mutation(() => ReservationModel, {
    description:
      "Hold a pool's devices for a window, for an SME of a consortium your integrator firm works for; the hold lapses in 15 minutes unless confirmed. A retry with the same idempotency key returns the first hold.",
  })
  async holdReservation(
    @Args('input') input: HoldReservationInput,
    @CurrentUser() user: UserPrincipal,
    @Context() { req }: GraphQLRequestContext,
  ): Promise<ReservationModel> {
    const integratorOrganizationId = await this.parties.holdParties(req, user, input);
    return ReservationModel.from(
      await this.reservations.hold(
        {
          poolId: input.poolId,
          consortiumId: input.consortiumId,
          beneficiaryOrganizationId: input.beneficiaryOrganizationId,
          integratorOrganizationId,
          devices: input.devices,
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          idempotencyKey: input.idempotencyKey,
        },
        user,
      ),
    );
  }

  @Authenticated()
  @Mutation(() => ReservationModel, {
    description:
      "Confirm your hold, paying from the SME's credits under its mandate (the placing integrator only).",
  })
  async confirmReservation(
    @Args('id', { type: () => UUID }) id: string,
    @CurrentUser() user: UserPrincipal,
    @Context() { req }: GraphQLRequestContext,
  ): Promise<ReservationModel> {
    const integrator = await this.parties.integratorStanding(req, user);
    return ReservationModel.from(await this.reservations.confirm(id, integrator, user));
  }

  @Authenticated()
  @Mutation(() => ReservationCancellationModel, {
    description:
      'Cancel a hold or a confirmed reservation (the placing integrator): all credits back with 48 hours’ notice or more, half with 2, else none.',
  })
  async cancelReservation(
    @Args('id', { type: () => UUID }) id: string,
    @CurrentUser() user: UserPrincipal,
  ): Promise<ReservationCancellationModel> {
    this.parties.assertCanCancel(user, await this.reservations.findById(id));
    return ReservationCancellationModel.from(await this.reservations.cancel(id, user));
  }

  @Authenticated()
  @Query(() => ReservationModel, {
    description:
      "A reservation, for the integrator that placed it, the SME's people and operators.",
  })
  async reservation(
    @Args('id', { type: () => UUID }) id: string,
    @CurrentUser() user: UserPrincipal,
  ): Promise<ReservationModel> {
    const reservation = await this.reservations.findById(id);
    this.parties.assertCanRead(user, reservation);
    return ReservationModel.from(reservation);
  }

  @ResolveField(() => ConsortiumModel)
  consortium(reservation: ReservationModel): ConsortiumModel {
    return ConsortiumModel.of(reservation.consortiumId);
  }

  @ResolveField(() => OrganizationRefModel, { description: 'The SME whose credits pay.' })
  beneficiary(reservation: ReservationModel): OrganizationRefModel {
    return OrganizationRefModel.of(reservation.beneficiaryOrganizationId);
  }

  @ResolveField(() => OrganizationRefModel, {
    description: 'The certified integrator that placed it.',
  })
  integrator(reservation: ReservationModel): OrganizationRefModel {
    return OrganizationRefModel.of(reservation.integratorOrganizationId);
  }
}
