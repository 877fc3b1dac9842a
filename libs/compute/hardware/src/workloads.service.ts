import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Principal } from '@vcp/platform/auth';
import { BadUserInputError, NotFoundError } from '@vcp/platform/graphql';
import { type DataSource, In } from 'typeorm';
import { type WorkloadSpec } from './matching/workload';
import { workloadProblems } from './matching/workload-rules';
import { WorkloadEntity } from './workload.entity';

/** Workloads a consortium's list shows. */
export const MAX_WORKLOADS_LISTED = 200;

/** A workload description that breaks a rule, each field named. */
export function assertValidWorkload(spec: WorkloadSpec): void {
  const problems = workloadProblems(spec);
  if (problems.length) {
    throw new BadUserInputError(
      `The workload is not valid: ${problems.map((p) => p.message).join('; ')}.`,
      {
        rule: 'WORKLOAD_FIGURES',
        fields: problems.map((p) => ({ field: p.field, message: p.message })),
      },
    );
  }
}

/** Consortiums' workloads; who may add one is checked by the caller against the consortia subgraph. */
@Injectable()
export class WorkloadsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async create(consortiumId: string, spec: WorkloadSpec, by: Principal): Promise<WorkloadEntity> {
    assertValidWorkload(spec);
    const repository = this.db.getRepository(WorkloadEntity);
    const saved = await repository.save(
      repository.create({
        consortiumId,
        name: spec.name.trim(),
        family: spec.family,
        parameters: spec.parameters,
        precision: spec.precision,
        batch: spec.batch,
        inputSize: spec.inputSize ?? null,
        latencyTargetMs: spec.latencyTargetMs ?? null,
        throughputTarget: spec.throughputTarget ?? null,
        powerBudgetW: spec.powerBudgetW ?? null,
        site: spec.site,
        residency: spec.residency,
        createdBy: by.kind === 'user' ? by.userId : null,
      }),
    );
    return repository.findOneByOrFail({ id: saved.id });
  }

  async findById(id: string): Promise<WorkloadEntity> {
    const workload = await this.db.getRepository(WorkloadEntity).findOneBy({ id });
    if (!workload) throw new NotFoundError('Workload', id);
    return workload;
  }

  /** For DataLoader: each consortium's workloads, oldest first, at most 200 each (cut in SQL). */
  async forConsortiums(consortiumIds: readonly string[]): Promise<WorkloadEntity[][]> {
    const ranked = await this.db.query<{ id: string }[]>(
      `SELECT id FROM (
         SELECT id, row_number() OVER (PARTITION BY consortium_id ORDER BY created_at, id) AS position
           FROM compute.workloads WHERE consortium_id = ANY ($1::uuid[])
       ) ranked WHERE position <= $2`,
      [[...consortiumIds], MAX_WORKLOADS_LISTED],
    );
    const rows = ranked.length
      ? await this.db.getRepository(WorkloadEntity).find({
          where: { id: In(ranked.map((row) => row.id)) },
          order: { createdAt: 'ASC', id: 'ASC' },
        })
      : [];
    return consortiumIds.map((id) => rows.filter((row) => row.consortiumId === id));
  }
}
