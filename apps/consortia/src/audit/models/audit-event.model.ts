import { Field, ObjectType } from '@nestjs/graphql';
import { type AuditEventEntity } from '@vcp/consortia/audit';
import { ConnectionType, JSONObject, UUID } from '@vcp/platform/graphql';
import { ActorType, AuditEntityType } from '../../directory/directory-enums';

@ObjectType('AuditEvent', {
  description: 'One recorded change: who, when, what, before and after.',
})
export class AuditEventModel {
  @Field()
  id!: string;

  @Field()
  occurredAt!: Date;

  @Field(() => ActorType)
  actorType!: ActorType;

  @Field(() => UUID, {
    nullable: true,
    description: 'The person or API client; null for the system.',
  })
  actorId!: string | null;

  @Field({ description: '<entity>.<verb>, e.g. membership.suspended.' })
  action!: string;

  @Field(() => AuditEntityType)
  entityType!: AuditEntityType;

  @Field()
  entityId!: string;

  @Field(() => UUID, { nullable: true })
  consortiumId!: string | null;

  @Field(() => UUID, { nullable: true })
  organizationId!: string | null;

  @Field(() => JSONObject, { nullable: true })
  before!: Record<string, unknown> | null;

  @Field(() => JSONObject, { nullable: true })
  after!: Record<string, unknown> | null;

  static from(entity: AuditEventEntity): AuditEventModel {
    return Object.assign(new AuditEventModel(), entity);
  }
}

@ObjectType()
export class AuditEventConnection extends ConnectionType(AuditEventModel, 'AuditEvent') {}
