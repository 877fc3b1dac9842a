import { Column, Entity, PrimaryColumn } from 'typeorm';
import { type ConsortiumPersonRole } from './membership-status';

/** A person's role in one consortium (LEAD, MANAGER or VIEWER). */
@Entity({ schema: 'consortia', name: 'consortium_people' })
export class ConsortiumPersonEntity {
  @PrimaryColumn({ name: 'consortium_id', type: 'uuid' })
  consortiumId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  /** The person's organisation when the role was granted; a LEAD's must be the anchor. */
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ type: 'text' })
  role!: ConsortiumPersonRole;

  @Column({ name: 'granted_by', type: 'uuid', nullable: true })
  grantedBy!: string | null;

  @Column({ name: 'granted_at', type: 'timestamptz' })
  grantedAt!: Date;
}
