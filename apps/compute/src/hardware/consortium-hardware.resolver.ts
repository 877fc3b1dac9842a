import { Context, Parent, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { ApiScope, RequestAuthenticator } from '@vcp/platform/auth';
import { type GraphQLRequestContext } from '@vcp/platform/graphql';
import { ConsortiumAccessClient } from './consortium-access.client';
import { HardwareLoaders } from './hardware-loaders';
import { ConsortiumModel } from './models/consortium.model';
import { HardwarePlanEntryModel } from './models/hardware-plan-entry.model';
import { WorkloadModel } from './models/workload.model';

/**
 * The fields the compute subgraph adds to the consortia subgraph's `Consortium`. They resolve to
 * null for callers the consortia subgraph says are the public.
 */
@Resolver(() => ConsortiumModel)
export class ConsortiumHardwareResolver {
  constructor(
    private readonly access: ConsortiumAccessClient,
    private readonly loaders: HardwareLoaders,
    private readonly authenticator: RequestAuthenticator,
  ) {}

  @ResolveField(() => [HardwarePlanEntryModel], {
    nullable: true,
    description:
      'The device chosen for each workload, in the order chosen; null unless you may read the consortium’s members.',
  })
  async hardwarePlan(
    @Parent() consortium: ConsortiumModel,
    @Context() { req }: GraphQLRequestContext,
  ): Promise<HardwarePlanEntryModel[] | null> {
    if (!(await this.access.canRead(req, consortium.id))) return null;
    const entries = await this.loaders.plan(req).load(consortium.id);
    return entries.map(HardwarePlanEntryModel.from);
  }

  @ResolveField(() => [WorkloadModel], {
    nullable: true,
    description:
      'Its workloads, oldest first (at most 200); null unless you may read the consortium’s members.',
  })
  async workloads(
    @Parent() consortium: ConsortiumModel,
    @Context() { req }: GraphQLRequestContext,
  ): Promise<WorkloadModel[] | null> {
    if (!(await this.access.canRead(req, consortium.id))) return null;
    const workloads = await this.loaders.workloads(req).load(consortium.id);
    return workloads.map(WorkloadModel.from);
  }

  /** The gateway asks for these fields of consortiums the consortia subgraph returned. */
  @ResolveReference()
  async resolveReference(
    reference: { id: string },
    context: GraphQLRequestContext,
  ): Promise<ConsortiumModel> {
    await this.authenticator.require(context.req, ApiScope.COMPUTE_READ);
    return ConsortiumModel.of(reference.id);
  }
}
