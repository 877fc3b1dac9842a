import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { type ApiScope } from '../principal';

@Entity({ schema: 'identity', name: 'api_clients' })
export class ApiClientEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  /** SHA-256 of the secret; the secret is shown once, at creation or rotation. */
  @Column({ name: 'secret_hash', type: 'bytea', select: false })
  secretHash!: Buffer;

  /** 1 at creation, one more at each rotation; client tokens carry the generation they came from. */
  @Column({ name: 'secret_generation', type: 'integer' })
  secretGeneration!: number;

  /** The secret before the last rotation, accepted until `previousSecretExpiresAt`. */
  @Column({ name: 'previous_secret_hash', type: 'bytea', nullable: true, select: false })
  previousSecretHash!: Buffer | null;

  @Column({ name: 'previous_secret_expires_at', type: 'timestamptz', nullable: true })
  previousSecretExpiresAt!: Date | null;

  @Column({ name: 'rotated_at', type: 'timestamptz', nullable: true })
  rotatedAt!: Date | null;

  /** Requests a minute this client may make to each service; null means the configured default. */
  @Column({ name: 'rate_limit_per_minute', type: 'integer', nullable: true })
  rateLimitPerMinute!: number | null;

  @Column({ type: 'text', array: true })
  scopes!: ApiScope[];

  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId!: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;
}
