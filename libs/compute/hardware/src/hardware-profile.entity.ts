import { Column, Entity, PrimaryColumn } from 'typeorm';
import { type Device, type DeviceCategory } from './catalog/device';

export enum ProfileOrigin {
  CATALOG = 'CATALOG',
  OPERATOR = 'OPERATOR',
}

/** A device of the catalog; `spec` holds its validated figures and their sources. */
@Entity({ schema: 'compute', name: 'hardware_profiles' })
export class HardwareProfileEntity {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  vendor!: string;

  @Column({ type: 'text' })
  category!: DeviceCategory;

  @Column({ type: 'jsonb' })
  spec!: Device;

  @Column({ type: 'text' })
  origin!: ProfileOrigin;

  @Column({ name: 'added_by', type: 'uuid', nullable: true })
  addedBy!: string | null;

  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
