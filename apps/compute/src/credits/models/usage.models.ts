import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { type UsageReport, type Utilization } from '@vcp/compute/reservations';
import { SafeInt, UUID } from '@vcp/platform/graphql';

@ObjectType('UsageReport', {
  description: 'Device-hours the computing center reported for a reservation.',
})
export class UsageReportModel {
  @Field(() => UUID)
  id!: string;

  @Field(() => UUID)
  reservationId!: string;

  @Field(() => Float)
  deviceHours!: number;

  @Field()
  reportedAt!: Date;

  @Field({ description: 'True when this answers a retry with an idempotency key already used.' })
  replayed!: boolean;

  static from(report: UsageReport): UsageReportModel {
    return Object.assign(new UsageReportModel(), {
      id: report.id,
      reservationId: report.reservationId,
      deviceHours: report.deviceHours,
      reportedAt: report.reportedAt,
      replayed: report.replayed,
    });
  }
}

@ObjectType('ComputeUtilization', {
  description: 'Used against reserved device-hours of the reservations starting in a period.',
})
export class UtilizationModel {
  @Field({ description: 'The pool or consortium id.' })
  key!: string;

  @Field(() => Float)
  reservedDeviceHours!: number;

  @Field(() => Float)
  usedDeviceHours!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Used ÷ reserved, 0 to 1; null when nothing was reserved.',
  })
  utilization!: number | null;

  static from(row: Utilization): UtilizationModel {
    return Object.assign(new UtilizationModel(), {
      key: row.key,
      reservedDeviceHours: row.reservedDeviceHours,
      usedDeviceHours: row.usedDeviceHours,
      utilization: row.utilization,
    });
  }
}

@ObjectType('CreditFigures', { description: 'Program-wide credit totals, in credits.' })
export class CreditFiguresModel {
  @Field(() => SafeInt, { description: 'Granted to wallets.' })
  issued!: number;

  @Field(() => SafeInt, { description: 'Spent on reservations, net of refunds.' })
  redeemed!: number;

  @Field(() => SafeInt, { description: 'Lapsed with their grants.' })
  expired!: number;

  @Field(() => SafeInt, { description: 'Forfeited by no-shows.' })
  forfeited!: number;

  static from(figures: {
    issued: number;
    redeemed: number;
    expired: number;
    forfeited: number;
  }): CreditFiguresModel {
    return Object.assign(new CreditFiguresModel(), {
      issued: figures.issued,
      redeemed: figures.redeemed,
      expired: figures.expired,
      forfeited: figures.forfeited,
    });
  }
}

@ObjectType('ComputeAdoption', {
  description:
    'SMEs that completed a compute reservation, against registered SMEs and the 70% target.',
})
export class AdoptionModel {
  @Field(() => Int)
  smesWithCompletedReservation!: number;

  @Field(() => Int)
  registeredSmes!: number;

  @Field(() => Float, { nullable: true })
  share!: number | null;

  @Field(() => Float)
  target!: number;
}
