import { Field, Int, ObjectType } from '@nestjs/graphql';
import { type PoolCalendar } from '@vcp/compute/reservations';
import { UUID } from '@vcp/platform/graphql';

@ObjectType('PoolHour', { description: 'One hourly slot of a pool.' })
export class PoolHourModel {
  @Field()
  startsAt!: Date;

  @Field(() => Int, { description: 'Devices nobody has reserved; 0 when full or closed.' })
  freeDevices!: number;
}

@ObjectType('PoolCalendar', { description: "A pool's free devices for each hour of a period." })
export class PoolCalendarModel {
  @Field(() => UUID)
  poolId!: string;

  @Field(() => Int)
  capacityDevices!: number;

  @Field(() => [PoolHourModel], { description: 'Every hour of the period, in order.' })
  hours!: PoolHourModel[];

  static from(calendar: PoolCalendar): PoolCalendarModel {
    return Object.assign(new PoolCalendarModel(), {
      ...calendar,
      hours: calendar.hours.map((hour) => Object.assign(new PoolHourModel(), hour)),
    });
  }
}
