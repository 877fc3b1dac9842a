import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PoolsService } from '@vcp/compute/reservations';
import {
  ApiScope,
  Authenticated,
  CurrentUser,
  PlatformRole,
  Roles,
  Scopes,
  type UserPrincipal,
} from '@vcp/platform/auth';

import { DefineComputePoolInput, SchedulePoolMaintenanceInput } from './dto/credits.inputs';
import { ComputePoolModel, PoolMaintenanceModel } from './models/compute-pool.model';

/** The computing center's pools: operators define them; people and compute:read clients read. */
@Resolver(() => ComputePoolModel)
export class ComputePoolsResolver {
  constructor(private readonly pools: PoolsService) {}

  @Roles(PlatformRole.OPERATOR)
  @Mutation(() => ComputePoolModel, {
    description:
      'Offer a catalog device in service at one of its sites, with a capacity and a price per device-hour.',
  })
  async defineComputePool(
    @Args('input') input: DefineComputePoolInput,
    @CurrentUser() user: UserPrincipal,
  ): Promise<ComputePoolModel> {
    return ComputePoolModel.from(
      await this.pools.define(
        {
          name: input.name,
          hardwareProfileId: input.hardwareProfileId,
          site: input.site,
          capacityDevices: input.capacityDevices,
          creditsPerDeviceHour: input.creditsPerDeviceHour,
        },
        user,
      ),
    );
  }

  @Roles(PlatformRole.OPERATOR)
  @Mutation(() => PoolMaintenanceModel, {
    description:
      'Close a pool for maintenance from startsAt to endsAt: refused where reservations hold its devices, and no hold fits in it afterwards.',
  })
  async schedulePoolMaintenance(
    @Args('input') input: SchedulePoolMaintenanceInput,
  ): Promise<PoolMaintenanceModel> {
    return PoolMaintenanceModel.from(
      await this.pools.scheduleMaintenance(input.poolId, {
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        reason: input.reason,
      }),
    );
  }

  @Authenticated()
  @Scopes(ApiScope.COMPUTE_READ)
  @Query(() => [ComputePoolModel], {
    description: 'The pools in service, by name (at most 500).',
  })
  async computePools(): Promise<ComputePoolModel[]> {
    return (await this.pools.list()).map(ComputePoolModel.from);
  }
}
