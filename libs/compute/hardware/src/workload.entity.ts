import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { type Precision, type Site } from './catalog/device';
import { type DataResidency, type ModelFamily, type WorkloadSpec } from './matching/workload';

/** A consortium's workload; consortium ids refer to the consortia subgraph's consortiums. */
@Entity({ schema: 'compute', name: 'workloads' })
export class WorkloadEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'consortium_id', type: 'uuid' })
  consortiumId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  family!: ModelFamily;

  @Column({ type: 'double precision' })
  parameters!: number;

  @Column({ type: 'text' })
  precision!: Precision;

  @Column({ type: 'integer' })
  batch!: number;

  @Column({ name: 'input_size', type: 'integer', nullable: true })
  inputSize!: number | null;

  @Column({ name: 'latency_target_ms', type: 'double precision', nullable: true })
  latencyTargetMs!: number | null;

  @Column({ name: 'throughput_target', type: 'double precision', nullable: true })
  throughputTarget!: number | null;

  @Column({ name: 'power_budget_w', type: 'double precision', nullable: true })
  powerBudgetW!: number | null;

  @Column({ type: 'text' })
  site!: Site;

  @Column({ type: 'text' })
  residency!: DataResidency;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

export function specOf(workload: WorkloadEntity): WorkloadSpec {
  return {
    name: workload.name,
    family: workload.family,
    parameters: workload.parameters,
    precision: workload.precision,
    batch: workload.batch,
    inputSize: workload.inputSize ?? undefined,
    latencyTargetMs: workload.latencyTargetMs,
    throughputTarget: workload.throughputTarget,
    powerBudgetW: workload.powerBudgetW,
    site: workload.site,
    residency: workload.residency,
  };
}

/** The device a consortium chose for a workload. */
@Entity({ schema: 'compute', name: 'hardware_plan_entries' })
export class HardwarePlanEntryEntity {
  @Column({ name: 'workload_id', type: 'uuid', primary: true })
  workloadId!: string;

  @Column({ name: 'consortium_id', type: 'uuid' })
  consortiumId!: string;

  @Column({ name: 'device_id', type: 'text' })
  deviceId!: string;

  @Column({ type: 'integer' })
  devices!: number;

  @Column({ name: 'chosen_by', type: 'uuid', nullable: true })
  chosenBy!: string | null;

  @Column({ name: 'chosen_at', type: 'timestamptz' })
  chosenAt!: Date;
}
