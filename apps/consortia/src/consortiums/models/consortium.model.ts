import { Directive, Field, Int, ObjectType } from '@nestjs/graphql';
import { type ConsortiumEntity } from '@vcp/consortia/consortiums';
import { ConnectionType, UUID } from '@vcp/platform/graphql';
import { ConsortiumStatus, Region } from '../../directory/directory-enums';

@ObjectType('Consortium', {
  description: 'An industry-vertical consortium: one mid-sized anchor firm and its members.',
})
@Directive('@key(fields: "id")')
export class ConsortiumModel {
  @Field(() => UUID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  description!: string;

  @Field()
  verticalCode!: string;

  @Field(() => [Region])
  regions!: Region[];

  @Field(() => UUID)
  anchorOrganizationId!: string;

  @Field(() => ConsortiumStatus)
  status!: ConsortiumStatus;

  @Field(() => String, { nullable: true, description: 'Why it was last suspended or dissolved.' })
  statusReason!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  activatedAt!: Date | null;

  @Field()
  statusChangedAt!: Date;

  static from(entity: ConsortiumEntity): ConsortiumModel {
    return Object.assign(new ConsortiumModel(), {
      id: entity.id,
      name: entity.name,
      description: entity.description,
      verticalCode: entity.verticalCode,
      regions: entity.regions,
      anchorOrganizationId: entity.anchorOrganizationId,
      status: entity.status,
      statusReason: entity.statusReason,
      createdAt: entity.createdAt,
      activatedAt: entity.activatedAt,
      statusChangedAt: entity.statusChangedAt,
    });
  }
}

@ObjectType()
export class ConsortiumConnection extends ConnectionType(ConsortiumModel, 'Consortium') {}

@ObjectType('ActivationGap', {
  description: 'One thing a consortium still needs before it can be active.',
})
export class ActivationGapModel {
  @Field({
    description: 'SME_MEMBERS, RESEARCH_PARTNERS, CERTIFIED_INTEGRATORS or MID_SIZED_ANCHOR.',
  })
  requirement!: string;

  @Field(() => Int)
  required!: number;

  @Field(() => Int)
  actual!: number;

  @Field()
  message!: string;
}
