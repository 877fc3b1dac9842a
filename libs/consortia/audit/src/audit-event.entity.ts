import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum AuditEntityType {
  ORGANIZATION = 'ORGANIZATION',
  CONSORTIUM = 'CONSORTIUM',
  MEMBERSHIP = 'MEMBERSHIP',
  CONSORTIUM_PERSON = 'CONSORTIUM_PERSON',
  UNIVERSITY_POLICY = 'UNIVERSITY_POLICY',
  RESEARCHER = 'RESEARCHER',
  ENGAGEMENT = 'ENGAGEMENT',
  HOUR_LOG = 'HOUR_LOG',
}

export enum ActorType {
  USER = 'USER',
  CLIENT = 'CLIENT',
  SYSTEM = 'SYSTEM',
}

/** One recorded change; rows are never updated or deleted (a trigger refuses it). */
@Entity({ schema: 'consortia', name: 'audit_events' })
export class AuditEventEntity {
  // bigint arrives as a string from pg; ids stay strings so nothing is rounded.
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'actor_type', type: 'text' })
  actorType!: ActorType;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'text' })
  action!: string;

  @Column({ name: 'entity_type', type: 'text' })
  entityType!: AuditEntityType;

  @Column({ name: 'entity_id', type: 'text' })
  entityId!: string;

  @Column({ name: 'consortium_id', type: 'uuid', nullable: true })
  consortiumId!: string | null;

  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before!: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after!: Record<string, unknown> | null;
}
