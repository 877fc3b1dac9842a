import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { type Certification } from './certification';
import { type OrganizationKind } from './organization-kind';
import { type Region } from './region';

/** KRW amounts are bigint in PostgreSQL; every figure the product handles is below 2^53. */
const bigintAsNumber = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

@Entity({ schema: 'consortia', name: 'organizations' })
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: OrganizationKind;

  /** Ten digits, no hyphens. */
  @Column({ name: 'business_registration_number', type: 'text' })
  businessRegistrationNumber!: string;

  @Column({ type: 'text' })
  region!: Region;

  /** KSIC code: a section letter and two-digit division, e.g. C26. */
  @Column({ name: 'industry_code', type: 'text' })
  industryCode!: string;

  @Column({
    name: 'annual_revenue_krw',
    type: 'bigint',
    nullable: true,
    transformer: bigintAsNumber,
  })
  annualRevenueKrw!: number | null;

  @Column({ name: 'total_assets_krw', type: 'bigint', nullable: true, transformer: bigintAsNumber })
  totalAssetsKrw!: number | null;

  @Column({ type: 'integer', nullable: true })
  employees!: number | null;

  @Column({ name: 'business_group', type: 'text', nullable: true })
  businessGroup!: string | null;

  @Column({ name: 'in_large_business_group', type: 'boolean' })
  inLargeBusinessGroup!: boolean;

  @Column({ name: 'certification_number', type: 'text', nullable: true })
  certificationNumber!: string | null;

  @Column({ name: 'certified_on', type: 'date', nullable: true })
  certifiedOn!: string | null;

  @Column({ name: 'certification_expires_on', type: 'date', nullable: true })
  certificationExpiresOn!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

export function certificationOf(organization: OrganizationEntity): Certification | null {
  if (
    !organization.certificationNumber ||
    !organization.certifiedOn ||
    !organization.certificationExpiresOn
  ) {
    return null;
  }
  return {
    number: organization.certificationNumber,
    issuedOn: organization.certifiedOn,
    expiresOn: organization.certificationExpiresOn,
  };
}
