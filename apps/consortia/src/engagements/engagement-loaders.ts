import { Injectable } from '@nestjs/common';
import {
  type DisclosureEntity,
  EngagementAccessService,
  type EngagementEntity,
  type EngagementScope,
  EngagementsService,
  type HourLogEntity,
  HourLogsService,
  type ResearcherEntity,
  ResearchersService,
} from '@vcp/consortia/engagements';
import { type Principal } from '@vcp/platform/auth';
import { requestScoped } from '@vcp/platform/graphql';
import DataLoader from 'dataloader';

/**
 * Per-request DataLoaders for what engagements fan out to. Researchers and engagements load in one
 * query per batch; disclosures, current hour logs and correction histories have only per-id reads
 * in the library so far, so their loaders dedupe within a request but still read once per id.
 */
@Injectable()
export class EngagementLoaders {
  constructor(
    private readonly researchers: ResearchersService,
    private readonly engagements: EngagementsService,
    private readonly hourLogsService: HourLogsService,
    private readonly access: EngagementAccessService,
  ) {}

  /** Which engagements the caller may read, worked out once per request. */
  scope(request: object, principal: Principal): Promise<EngagementScope> {
    return requestScoped(request, 'engagements:scope', () => this.access.scopeOf(principal));
  }

  researcher(request: object): DataLoader<string, ResearcherEntity | null> {
    return requestScoped(
      request,
      'engagements:researcher',
      () => new DataLoader((ids: readonly string[]) => this.researchers.findByIds(ids)),
    );
  }

  engagement(request: object): DataLoader<string, EngagementEntity | null> {
    return requestScoped(
      request,
      'engagements:engagement',
      () => new DataLoader((ids: readonly string[]) => this.engagements.findByIds(ids)),
    );
  }

  /** Every version of each engagement's disclosure, latest first. */
  disclosures(request: object): DataLoader<string, DisclosureEntity[]> {
    return requestScoped(
      request,
      'engagements:disclosures',
      () =>
        new DataLoader((engagementIds: readonly string[]) =>
          this.engagements.disclosuresOfMany(engagementIds),
        ),
    );
  }

  /** Current (uncorrected) entries of each engagement, newest date first, `first` of them. */
  hourLogs(request: object, first: number): DataLoader<string, HourLogEntity[]> {
    return requestScoped(
      request,
      `engagements:hour-logs:${first}`,
      () =>
        new DataLoader((engagementIds: readonly string[]) =>
          this.hourLogsService.entriesOfMany(engagementIds, first),
        ),
    );
  }

  /** An entry and the versions it replaced, newest first. */
  history(request: object): DataLoader<string, HourLogEntity[]> {
    return requestScoped(
      request,
      'engagements:history',
      () =>
        new DataLoader((hourLogIds: readonly string[]) =>
          this.hourLogsService.histories(hourLogIds),
        ),
    );
  }
}
