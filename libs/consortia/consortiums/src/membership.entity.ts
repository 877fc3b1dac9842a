import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import {
  type ConsortiumPersonRole,
  MembershipStatus,
  type MembershipRole,
} from './membership-status';

/** An organisation's place in a consortium, from invitation to removal. */
@Entity({ schema: 'consortia', name: 'memberships' })
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'consortium_id', type: 'uuid' })
  consortiumId!: string;

  /** Copied from the consortium (a composite foreign key keeps it equal) for the one-per-vertical index. */
  @Column({ name: 'vertical_code', type: 'text' })
  verticalCode!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ type: 'text' })
  role!: MembershipRole;

  @Column({ type: 'text' })
  status!: MembershipStatus;

  @Column({ name: 'invited_by', type: 'uuid', nullable: true })
  invitedBy!: string | null;

  @Column({ name: 'invited_at', type: 'timestamptz' })
  invitedAt!: Date;

  @Column({ name: 'invitation_expires_at', type: 'timestamptz' })
  invitationExpiresAt!: Date;

  @Column({ name: 'invited_person_id', type: 'uuid', nullable: true })
  invitedPersonId!: string | null;

  @Column({ name: 'invited_person_role', type: 'text', nullable: true })
  invitedPersonRole!: ConsortiumPersonRole | null;

  @Column({ name: 'joined_at', type: 'timestamptz', nullable: true })
  joinedAt!: Date | null;

  @Column({ name: 'status_reason', type: 'text', nullable: true })
  statusReason!: string | null;

  @Column({ name: 'status_changed_at', type: 'timestamptz' })
  statusChangedAt!: Date;
}

/** An unanswered invitation past its deadline reads as EXPIRED even before anything records it. */
export function effectiveStatus(membership: MembershipEntity, now = new Date()): MembershipStatus {
  return membership.status === MembershipStatus.INVITED && membership.invitationExpiresAt <= now
    ? MembershipStatus.EXPIRED
    : membership.status;
}
