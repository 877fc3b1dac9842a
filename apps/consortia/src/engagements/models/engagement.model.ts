import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { type DisclosureEntity, type EngagementEntity } from '@vcp/consortia/engagements';
import { ConnectionType, LocalDate, UUID } from '@vcp/platform/graphql';
import { EngagementStatus, PayBand, PayType } from '../engagement-enums';

@ObjectType('Engagement', {
  description: "A researcher's dual-role engagement with a firm of a consortium.",
})
export class EngagementModel {
  @Field(() => UUID)
  id!: string;

  @Field(() => EngagementStatus)
  status!: EngagementStatus;

  @Field({ description: 'What the researcher does for the host firm.' })
  role!: string;

  @Field(() => LocalDate)
  startDate!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Null while open-ended.' })
  endDate!: string | null;

  @Field(() => Float)
  committedHoursPerWeek!: number;

  @Field(() => PayType)
  payType!: PayType;

  @Field(() => String, {
    nullable: true,
    description: 'Why it was last rejected or revoked.',
  })
  statusReason!: string | null;

  @Field(() => [UUID], {
    description:
      "The researcher's approved or active engagements in the same vertical with another consortium.",
  })
  competingEngagementIds!: string[];

  @Field({
    description:
      'True when it competes with another engagement; approval needs an acknowledgement.',
  })
  competingFlag!: boolean;

  @Field(() => Date, {
    nullable: true,
    description: 'When an officer acknowledged the competing flag.',
  })
  competingAcknowledgedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'The day (Korea time) it was approved; hours are logged from then.',
  })
  approvedOn!: string | null;

  @Field()
  createdAt!: Date;

  @Field()
  statusChangedAt!: Date;

  /** For the field resolvers and their access checks. */
  entity!: EngagementEntity;
  researcherId!: string;
  consortiumId!: string;
  hostOrganizationId!: string;

  static from(entity: EngagementEntity): EngagementModel {
    return Object.assign(new EngagementModel(), {
      id: entity.id,
      status: entity.status,
      role: entity.role,
      startDate: entity.startDate,
      endDate: entity.endDate,
      committedHoursPerWeek: entity.committedHoursPerWeek,
      payType: entity.payType,
      statusReason: entity.statusReason,
      competingEngagementIds: entity.competingEngagementIds,
      competingFlag: entity.competingEngagementIds.length > 0,
      competingAcknowledgedAt: entity.competingAcknowledgedAt,
      submittedAt: entity.submittedAt,
      approvedOn: entity.approvedOn,
      createdAt: entity.createdAt,
      statusChangedAt: entity.statusChangedAt,
      entity,
      researcherId: entity.researcherId,
      consortiumId: entity.consortiumId,
      hostOrganizationId: entity.hostOrganizationId,
    });
  }
}

@ObjectType()
export class EngagementConnection extends ConnectionType(EngagementModel, 'Engagement') {}

@ObjectType('Disclosure', {
  description: 'One version of a conflict-of-interest disclosure; changes add versions.',
})
export class DisclosureModel {
  @Field(() => UUID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field()
  holdsEquity!: boolean;

  @Field(() => String, { nullable: true })
  equityDetails!: string | null;

  @Field(() => PayBand)
  payBand!: PayBand;

  @Field()
  familyTies!: boolean;

  @Field(() => String, { nullable: true })
  familyDetails!: string | null;

  @Field()
  declaredAt!: Date;

  static from(entity: DisclosureEntity): DisclosureModel {
    return Object.assign(new DisclosureModel(), {
      id: entity.id,
      version: entity.version,
      holdsEquity: entity.holdsEquity,
      equityDetails: entity.equityDetails,
      payBand: entity.payBand,
      familyTies: entity.familyTies,
      familyDetails: entity.familyDetails,
      declaredAt: entity.declaredAt,
    });
  }
}
