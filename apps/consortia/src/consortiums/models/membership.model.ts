import { Field, ObjectType } from '@nestjs/graphql';
import { effectiveStatus, type MembershipEntity } from '@vcp/consortia/consortiums';
import { ConnectionType, UUID } from '@vcp/platform/graphql';
import {
  ConsortiumPersonRole,
  MembershipRole,
  MembershipStatus,
} from '../../directory/directory-enums';

@ObjectType('Membership', {
  description: "An organisation's place in a consortium, invitation included.",
})
export class MembershipModel {
  @Field(() => UUID)
  id!: string;

  @Field(() => UUID)
  consortiumId!: string;

  @Field(() => UUID)
  organizationId!: string;

  @Field(() => MembershipRole)
  role!: MembershipRole;

  @Field(() => MembershipStatus)
  status!: MembershipStatus;

  @Field()
  invitedAt!: Date;

  @Field({ description: 'An unanswered invitation lapses at this moment.' })
  invitationExpiresAt!: Date;

  @Field(() => ConsortiumPersonRole, {
    nullable: true,
    description: 'The role the named person gets on acceptance.',
  })
  invitedPersonRole!: ConsortiumPersonRole | null;

  @Field(() => Date, { nullable: true })
  joinedAt!: Date | null;

  @Field(() => String, { nullable: true })
  statusReason!: string | null;

  @Field()
  statusChangedAt!: Date;

  static from(entity: MembershipEntity): MembershipModel {
    return Object.assign(new MembershipModel(), {
      id: entity.id,
      consortiumId: entity.consortiumId,
      organizationId: entity.organizationId,
      role: entity.role,
      status: effectiveStatus(entity),
      invitedAt: entity.invitedAt,
      invitationExpiresAt: entity.invitationExpiresAt,
      invitedPersonRole: entity.invitedPersonRole,
      joinedAt: entity.joinedAt,
      statusReason: entity.statusReason,
      statusChangedAt: entity.statusChangedAt,
    });
  }
}

@ObjectType()
export class MembershipConnection extends ConnectionType(MembershipModel, 'Membership') {}
