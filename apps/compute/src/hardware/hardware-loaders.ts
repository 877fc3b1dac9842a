import { Injectable } from '@nestjs/common';
import {
  HardwareCatalogService,
  type HardwarePlanEntryEntity,
  HardwarePlansService,
  type WorkloadEntity,
  WorkloadsService,
} from '@vcp/compute/hardware';
import { NotFoundError, requestScoped } from '@vcp/platform/graphql';
import DataLoader from 'dataloader';
import { HardwareProfileModel } from './models/hardware-profile.model';

/**
 * Per-request DataLoaders for what rankings, plans and consortium lists fan out to, so a list
 * costs the same number of queries whatever its length.
 */
@Injectable()
export class HardwareLoaders {
  constructor(
    private readonly catalog: HardwareCatalogService,
    private readonly workloadsService: WorkloadsService,
    private readonly plans: HardwarePlansService,
  ) {}

  profile(request: object): DataLoader<string, HardwareProfileModel | null> {
    return requestScoped(
      request,
      'hardware-profile',
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          (await this.catalog.findByIds(ids)).map((row) =>
            row ? HardwareProfileModel.from(row) : null,
          ),
        ),
    );
  }

  async profileModel(request: object, id: string): Promise<HardwareProfileModel> {
    const profile = await this.profile(request).load(id);
    if (!profile) throw new NotFoundError('Hardware profile', id);
    return profile;
  }

  /** Each consortium's workloads, oldest first. */
  workloads(request: object): DataLoader<string, WorkloadEntity[]> {
    return requestScoped(
      request,
      'workloads',
      () =>
        new DataLoader((consortiumIds: readonly string[]) =>
          this.workloadsService.forConsortiums(consortiumIds),
        ),
    );
  }

  /** Each consortium's hardware plan, in the order the devices were chosen. */
  plan(request: object): DataLoader<string, HardwarePlanEntryEntity[]> {
    return requestScoped(
      request,
      'hardware-plan',
      () =>
        new DataLoader((consortiumIds: readonly string[]) =>
          this.plans.forConsortiums(consortiumIds),
        ),
    );
  }

  /** A consortium's workload, from its batched list (or on its own past the list's length). */
  async workload(request: object, consortiumId: string, id: string): Promise<WorkloadEntity> {
    const listed = (await this.workloads(request).load(consortiumId)).find((w) => w.id === id);
    return listed ?? this.workloadsService.findById(id);
  }
}
