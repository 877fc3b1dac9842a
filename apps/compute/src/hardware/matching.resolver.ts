import { Args, Context, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  MatchingService,
  specOf,
  type WorkloadSpec,
  WorkloadsService,
} from '@vcp/compute/hardware';
import { PoolsService } from '@vcp/compute/reservations';
import { ApiScope, Authenticated, Scopes } from '@vcp/platform/auth';
import {
  BadUserInputError,
  type GraphQLRequestContext,
  NotFoundError,
} from '@vcp/platform/graphql';
import { ConsortiumAccessClient } from './consortium-access.client';
import { MatchWorkloadArgs, workloadSpecOf } from './dto/hardware.inputs';
import { HardwareLoaders } from './hardware-loaders';
import { HardwareProfileModel } from './models/hardware-profile.model';
import {
  HardwareExclusionModel,
  HardwarePredictionModel,
  MatchResultModel,
} from './models/match-result.model';

@Resolver(() => MatchResultModel)
export class MatchingResolver {
  constructor(
    private readonly matching: MatchingService,
    private readonly workloads: WorkloadsService,
    private readonly access: ConsortiumAccessClient,
    private readonly pools: PoolsService,
  ) {}

  @Authenticated()
  @Scopes(ApiScope.COMPUTE_READ)
  @Query(() => MatchResultModel, {
    description:
      "Rank the active devices for a workload: a stored one (its consortium's readers) or one described here (anyone).",
  })
  async matchWorkload(
    @Args() { workloadId, workload }: MatchWorkloadArgs,
    @Context() { req }: GraphQLRequestContext,
  ): Promise<MatchResultModel> {
    let spec: WorkloadSpec;
    if (workloadId && !workload) {
      const stored = await this.workloads.findById(workloadId);
      // A workload the caller may not read answers as one that does not exist.
      if (!(await this.access.canRead(req, stored.consortiumId))) {
        throw new NotFoundError('Workload', workloadId);
      }
      spec = specOf(stored);
    } else if (workload && !workloadId) {
      spec = workloadSpecOf(workload);
    } else {
      const message = 'Give exactly one of workloadId (a stored workload) and workload.';
      throw new BadUserInputError(message, {
        fields: [
          { field: 'workloadId', message },
          { field: 'workload', message },
        ],
      });
    }
    // Credit costs come from the compute pools' prices, where a pool offers the device.
    return MatchResultModel.from(await this.matching.match(spec, await this.pools.rates()));
  }
}

// Resolved once per ranked or excluded device: without parameter decorators Nest calls these
// directly with GraphQL's (parent, args, context), skipping its per-call parameter pipeline.

@Resolver(() => HardwarePredictionModel)
export class HardwarePredictionResolver {
  constructor(private readonly loaders: HardwareLoaders) {}

  @ResolveField(() => HardwareProfileModel)
  device(
    prediction: HardwarePredictionModel,
    _args: unknown,
    { req }: GraphQLRequestContext,
  ): Promise<HardwareProfileModel> {
    return this.loaders.profileModel(req, prediction.deviceId);
  }
}

@Resolver(() => HardwareExclusionModel)
export class HardwareExclusionResolver {
  constructor(private readonly loaders: HardwareLoaders) {}

  @ResolveField(() => HardwareProfileModel)
  device(
    exclusion: HardwareExclusionModel,
    _args: unknown,
    { req }: GraphQLRequestContext,
  ): Promise<HardwareProfileModel> {
    return this.loaders.profileModel(req, exclusion.deviceId);
  }
}
