import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A person who answers for an organisation: accepts invitations on its behalf. */
@Entity({ schema: 'consortia', name: 'organization_admins' })
export class OrganizationAdminEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'granted_by', type: 'uuid', nullable: true })
  grantedBy!: string | null;

  @Column({ name: 'granted_at', type: 'timestamptz' })
  grantedAt!: Date;
}
