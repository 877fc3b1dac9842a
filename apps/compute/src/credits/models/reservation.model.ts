import { Field, Int, ObjectType } from '@nestjs/graphql';
import { type Reservation } from '@vcp/compute/reservations';
import { UUID, SafeInt } from '@vcp/platform/graphql';
import { ReservationStatus } from '../credit-enums';

@ObjectType('Reservation', {
  description:
    "Devices of a pool for a window, placed by a certified integrator for an SME's work.",
})
export class ReservationModel {
  @Field(() => UUID)
  id!: string;

  @Field(() => UUID)
  poolId!: string;

  @Field(() => UUID)
  consortiumId!: string;

  @Field(() => UUID)
  beneficiaryOrganizationId!: string;

  @Field(() => UUID)
  integratorOrganizationId!: string;

  @Field(() => Int)
  devices!: number;

  @Field()
  startsAt!: Date;

  @Field()
  endsAt!: Date;

  @Field(() => ReservationStatus)
  status!: ReservationStatus;

  @Field({ description: 'A hold not confirmed by then lapses.' })
  holdExpiresAt!: Date;

  @Field(() => SafeInt, {
    description: 'Price: devices × hours × the pool’s credits per device-hour.',
  })
  credits!: number;

  @Field()
  createdAt!: Date;

  static from(reservation: Reservation): ReservationModel {
    return Object.assign(new ReservationModel(), {
      id: reservation.id,
      poolId: reservation.poolId,
      consortiumId: reservation.consortiumId,
      beneficiaryOrganizationId: reservation.beneficiaryOrganizationId,
      integratorOrganizationId: reservation.integratorOrganizationId,
      devices: reservation.devices,
      startsAt: reservation.startsAt,
      endsAt: reservation.endsAt,
      status: reservation.status,
      holdExpiresAt: reservation.holdExpiresAt,
      credits: reservation.credits,
      createdAt: reservation.createdAt,
    });
  }
}

@ObjectType('ReservationCancellation')
export class ReservationCancellationModel {
  @Field(() => ReservationModel)
  reservation!: ReservationModel;

  @Field(() => Int, {
    description:
      'Credits returned to the SME: all with 48 hours’ notice or more, half with 2, else none.',
  })
  refunded!: number;

  static from(result: { reservation: Reservation; refunded: number }) {
    return Object.assign(new ReservationCancellationModel(), {
      reservation: ReservationModel.from(result.reservation),
      refunded: result.refunded,
    });
  }
}
