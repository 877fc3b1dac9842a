import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { HardwareCatalogService } from '@vcp/compute/hardware';
import {
  ApiScope,
  Authenticated,
  CurrentUser,
  PlatformRole,
  Roles,
  Scopes,
  type UserPrincipal,
} from '@vcp/platform/auth';
import { mapConnection } from '@vcp/platform/graphql';
import {
  AddHardwareProfileArgs,
  HardwareProfileIdArgs,
  HardwareProfilesArgs,
} from './dto/hardware.inputs';
import { HardwareProfileConnection, HardwareProfileModel } from './models/hardware-profile.model';

/** The hardware catalog: readable by every signed-in person and compute:read client. */
@Resolver(() => HardwareProfileModel)
export class HardwareProfilesResolver {
  constructor(private readonly catalog: HardwareCatalogService) {}

  @Authenticated()
  @Scopes(ApiScope.COMPUTE_READ)
  @Query(() => HardwareProfileConnection, {
    description:
      'The catalog by name, filtered by category, site, precision, vendor or name; retired devices only on request.',
  })
  async hardwareProfiles(@Args() args: HardwareProfilesArgs): Promise<HardwareProfileConnection> {
    return mapConnection(
      await this.catalog.page(args.filter ?? {}, args),
      HardwareProfileModel.from,
    );
  }

  @Authenticated()
  @Scopes(ApiScope.COMPUTE_READ)
  @Query(() => HardwareProfileModel, { description: 'A device, retired or not.' })
  async hardwareProfile(@Args() { id }: HardwareProfileIdArgs): Promise<HardwareProfileModel> {
    return HardwareProfileModel.from(await this.catalog.findById(id));
  }

  @Roles(PlatformRole.OPERATOR)
  @Mutation(() => HardwareProfileModel, {
    description:
      'Add a device to the catalog; it gets the checks of the catalog file, each problem named.',
  })
  async addHardwareProfile(
    @Args() { device }: AddHardwareProfileArgs,
    @CurrentUser() user: UserPrincipal,
  ): Promise<HardwareProfileModel> {
    return HardwareProfileModel.from(await this.catalog.add(device, user));
  }

  @Roles(PlatformRole.OPERATOR)
  @Mutation(() => HardwareProfileModel, {
    description: 'Take a device out of matching and new plans; plans that chose it keep it.',
  })
  async retireHardwareProfile(
    @Args() { id }: HardwareProfileIdArgs,
    @CurrentUser() user: UserPrincipal,
  ): Promise<HardwareProfileModel> {
    return HardwareProfileModel.from(await this.catalog.retire(id, user));
  }
}
