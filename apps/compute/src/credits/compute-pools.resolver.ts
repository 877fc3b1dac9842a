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

import { DefineComputePoolInput } from './dto/credits.inputs';
import { ComputePoolModel } from './models/compute-pool.model';

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

  @Authenticated()
  @Scopes(ApiScope.COMPUTE_READ)
  @Query(() => [ComputePoolModel], {
    description: 'The pools in service, by name (at most 500).',
  })
  async computePools(): Promise<ComputePoolModel[]> {
    return (await this.pools.list()).map(ComputePoolModel.from);
  }
}
