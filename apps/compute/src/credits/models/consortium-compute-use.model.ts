import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { type ConsortiumComputeUse } from '@vcp/compute/reservations';
import { SafeInt } from '@vcp/platform/graphql';
import { ReservationModel } from './reservation.model';
import { UtilizationModel } from './usage.models';

@ObjectType('ConsortiumComputeUse', {
  description:
    "A consortium's pool time over a period, by its reservations' start: device-hours reserved and used, credits spent, and the reservations.",
})
export class ConsortiumComputeUseModel {
  @Field()
  from!: Date;

  @Field()
  to!: Date;

  @Field(() => Float, {
    description: 'Device-hours of its confirmed, active, completed and no-show reservations.',
  })
  reservedDeviceHours!: number;

  @Field(() => Float, { description: 'Device-hours the computing center reported used.' })
  usedDeviceHours!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Used ÷ reserved, 0 to 1; null when nothing was reserved.',
  })
  utilization!: number | null;

  @Field(() => SafeInt, {
    description:
      "Credits paid from the SMEs' wallets for these reservations, net of cancellation refunds (no-shows' forfeited credits included).",
  })
  creditsSpent!: number;

  @Field(() => SafeInt, { description: 'Of the credits spent, those forfeited by no-shows.' })
  creditsForfeited!: number;

  @Field(() => [UtilizationModel], {
    description: 'Reserved and used device-hours per pool (key: the pool id).',
  })
  byPool!: UtilizationModel[];

  @Field(() => Int, { description: 'Its reservations in the period, in any state.' })
  reservationCount!: number;

  @Field(() => [ReservationModel], {
    description: 'Its reservations in the period, in any state, latest start first (at most 200).',
  })
  reservations!: ReservationModel[];

  static from(use: ConsortiumComputeUse): ConsortiumComputeUseModel {
    return Object.assign(new ConsortiumComputeUseModel(), {
      from: use.from,
      to: use.to,
      reservedDeviceHours: use.reservedDeviceHours,
      usedDeviceHours: use.usedDeviceHours,
      utilization: use.utilization,
      creditsSpent: use.creditsSpent,
      creditsForfeited: use.creditsForfeited,
      byPool: use.byPool.map(UtilizationModel.from),
      reservationCount: use.reservationCount,
      reservations: use.reservations.map(ReservationModel.from),
    });
  }
}
