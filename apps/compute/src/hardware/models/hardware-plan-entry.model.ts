import { Field, Int, ObjectType } from '@nestjs/graphql';
import { type HardwarePlanEntryEntity } from '@vcp/compute/hardware';
import { UUID } from '@vcp/platform/graphql';

@ObjectType('HardwarePlanEntry', { description: 'The device a consortium chose for a workload.' })
export class HardwarePlanEntryModel {
  @Field(() => UUID)
  workloadId!: string;

  @Field(() => UUID)
  consortiumId!: string;

  @Field()
  deviceId!: string;

  @Field(() => Int, { description: 'Devices one deployment needs, from the prediction.' })
  devices!: number;

  @Field()
  chosenAt!: Date;

  static from(entity: HardwarePlanEntryEntity): HardwarePlanEntryModel {
    return Object.assign(new HardwarePlanEntryModel(), {
      workloadId: entity.workloadId,
      consortiumId: entity.consortiumId,
      deviceId: entity.deviceId,
      devices: entity.devices,
      chosenAt: entity.chosenAt,
    });
  }
}
