import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Principal } from '@vcp/platform/auth';
import { BadUserInputError, NotFoundError } from '@vcp/platform/graphql';
import { type DataSource, In } from 'typeorm';
import { HardwareCatalogService } from './hardware-catalog.service';
import { matchWorkload } from './matching/matcher';
import { MatchingService } from './matching.service';
import { HardwarePlanEntryEntity, specOf, WorkloadEntity } from './workload.entity';

/** A consortium's hardware plan: the device chosen for each of its workloads. */
@Injectable()
export class HardwarePlansService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly catalog: HardwareCatalogService,
    private readonly matching: MatchingService,
  ) {}

  /** Chooses a device for a workload; it must pass the workload's hard limits. */
  async choose(
    consortiumId: string,
    workloadId: string,
    deviceId: string,
    by: Principal,
  ): Promise<HardwarePlanEntryEntity> {
    const workload = await this.db
      .getRepository(WorkloadEntity)
      .findOneBy({ id: workloadId, consortiumId });
    if (!workload) throw new NotFoundError('Workload of this consortium', workloadId);
    const profile = await this.catalog.findById(deviceId);
    if (profile.retiredAt) {
      throw new BadUserInputError(`${profile.name} is retired; choose a device in service.`, {
        rule: 'DEVICE_RETIRED',
      });
    }
    const spec = specOf(workload);
    const result = matchWorkload(spec, [profile.spec], {
      efficiency: { [spec.family]: this.matching.efficiencyFor(spec.family) },
    });
    const [prediction] = result.ranking;
    if (!prediction) {
      throw new BadUserInputError(
        `${profile.name} cannot run ${workload.name}: ${result.exclusions[0]?.reasons.join(' ')}`,
        { rule: 'DEVICE_FITS_WORKLOAD', reasons: result.exclusions[0]?.reasons ?? [] },
      );
    }
    await this.db.query(
      `INSERT INTO compute.hardware_plan_entries (workload_id, consortium_id, device_id, devices, chosen_by)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (workload_id) DO UPDATE SET device_id = EXCLUDED.device_id,
         devices = EXCLUDED.devices, chosen_by = EXCLUDED.chosen_by, chosen_at = now()`,
      [
        workloadId,
        consortiumId,
        deviceId,
        prediction.devices,
        by.kind === 'user' ? by.userId : null,
      ],
    );
    return this.db.getRepository(HardwarePlanEntryEntity).findOneByOrFail({ workloadId });
  }

  /** For DataLoader: each consortium's plan entries. */
  async forConsortiums(consortiumIds: readonly string[]): Promise<HardwarePlanEntryEntity[][]> {
    const rows = await this.db.getRepository(HardwarePlanEntryEntity).find({
      where: { consortiumId: In([...consortiumIds]) },
      order: { chosenAt: 'ASC' },
    });
    return consortiumIds.map((id) => rows.filter((row) => row.consortiumId === id));
  }
}
