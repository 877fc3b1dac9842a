import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { type Region } from '@vcp/consortia/organizations';
import { type ConsortiumStatus } from './consortium-status';

@Entity({ schema: 'consortia', name: 'consortiums' })
export class ConsortiumEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ name: 'vertical_code', type: 'text' })
  verticalCode!: string;

  @Column({ type: 'text', array: true })
  regions!: Region[];

  @Column({ name: 'anchor_organization_id', type: 'uuid' })
  anchorOrganizationId!: string;

  @Column({ type: 'text' })
  status!: ConsortiumStatus;

  @Column({ name: 'status_reason', type: 'text', nullable: true })
  statusReason!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'activated_at', type: 'timestamptz', nullable: true })
  activatedAt!: Date | null;

  @Column({ name: 'status_changed_at', type: 'timestamptz' })
  statusChangedAt!: Date;
}
