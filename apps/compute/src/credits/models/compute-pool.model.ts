import { Field, Int, ObjectType } from '@nestjs/graphql';
import { type Pool, type PoolMaintenance } from '@vcp/compute/reservations';
import { UUID } from '@vcp/platform/graphql';
import { Site } from '../credit-enums';

@ObjectType('ComputePool', {
  description: 'A catalog device at a site, with a capacity, sold in hourly slots for credits.',
})
export class ComputePoolModel {
  @Field(() => UUID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'The catalog device it offers.' })
  hardwareProfileId!: string;

  @Field(() => Site)
  site!: Site;

  @Field(() => Int)
  capacityDevices!: number;

  @Field(() => Int, { description: 'Credits for one device for one hour.' })
  creditsPerDeviceHour!: number;

  @Field()
  createdAt!: Date;

  static from(pool: Pool): ComputePoolModel {
    return Object.assign(new ComputePoolModel(), {
      id: pool.id,
      name: pool.name,
      hardwareProfileId: pool.hardwareProfileId,
      site: pool.site,
      capacityDevices: Number(pool.capacityDevices),
      creditsPerDeviceHour: Number(pool.creditsPerDeviceHour),
      createdAt: pool.createdAt,
    });
  }
}

@ObjectType('PoolMaintenance', {
  description: 'A window in which a pool is closed: none of its devices can be reserved.',
})
export class PoolMaintenanceModel {
  @Field(() => UUID)
  id!: string;

  @Field(() => UUID)
  poolId!: string;

  @Field()
  startsAt!: Date;

  @Field()
  endsAt!: Date;

  @Field()
  reason!: string;

  static from(maintenance: PoolMaintenance): PoolMaintenanceModel {
    return Object.assign(new PoolMaintenanceModel(), maintenance);
  }
}
