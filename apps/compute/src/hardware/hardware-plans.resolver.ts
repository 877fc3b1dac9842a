import { Args, Context, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { HardwarePlansService } from '@vcp/compute/hardware';
import { Authenticated, CurrentUser, type UserPrincipal } from '@vcp/platform/auth';
import { type GraphQLRequestContext } from '@vcp/platform/graphql';
import { ConsortiumAccessClient } from './consortium-access.client';
import { ChooseHardwareArgs } from './dto/hardware.inputs';
import { HardwareLoaders } from './hardware-loaders';
import { HardwarePlanEntryModel } from './models/hardware-plan-entry.model';
import { HardwareProfileModel } from './models/hardware-profile.model';
import { WorkloadModel } from './models/workload.model';

/** A consortium's hardware plan: its leads (and operators) choose a device per workload. */
@Resolver(() => HardwarePlanEntryModel)
export class HardwarePlansResolver {
  constructor(
    private readonly plans: HardwarePlansService,
    private readonly access: ConsortiumAccessClient,
    private readonly loaders: HardwareLoaders,
  ) {}

  @Authenticated()
  @Mutation(() => HardwarePlanEntryModel, {
    description:
      'Choose the device for a workload (replacing an earlier choice); it must be in service and able to run it.',
  })
  async chooseHardware(
    @Args() { consortiumId, workloadId, deviceId }: ChooseHardwareArgs,
    @CurrentUser() user: UserPrincipal,
    @Context() { req }: GraphQLRequestContext,
  ): Promise<HardwarePlanEntryModel> {
    await this.access.assertCanPlan(req, consortiumId);
    return HardwarePlanEntryModel.from(
      await this.plans.choose(consortiumId, workloadId, deviceId, user),
    );
  }

  // Resolved once per entry of every listed plan: without parameter decorators Nest calls these
  // directly with GraphQL's (parent, args, context), skipping its per-call parameter pipeline.

  @ResolveField(() => WorkloadModel)
  async workload(
    entry: HardwarePlanEntryModel,
    _args: unknown,
    { req }: GraphQLRequestContext,
  ): Promise<WorkloadModel> {
    return WorkloadModel.from(
      await this.loaders.workload(req, entry.consortiumId, entry.workloadId),
    );
  }

  @ResolveField(() => HardwareProfileModel, { description: 'Retired devices stay in plans.' })
  device(
    entry: HardwarePlanEntryModel,
    _args: unknown,
    { req }: GraphQLRequestContext,
  ): Promise<HardwareProfileModel> {
    return this.loaders.profileModel(req, entry.deviceId);
  }
}
