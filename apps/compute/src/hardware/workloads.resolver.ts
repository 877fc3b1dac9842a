import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { VERTICAL_TEMPLATES, WorkloadsService } from '@vcp/compute/hardware';
import {
  ApiScope,
  Authenticated,
  CurrentUser,
  Scopes,
  type UserPrincipal,
} from '@vcp/platform/auth';
import { type GraphQLRequestContext, NotFoundError, UUID } from '@vcp/platform/graphql';
import { ConsortiumAccessClient } from './consortium-access.client';
import { CreateWorkloadArgs, workloadSpecOf, WorkloadTemplatesArgs } from './dto/hardware.inputs';
import { ConsortiumModel } from './models/consortium.model';
import { WorkloadModel, WorkloadTemplateModel } from './models/workload.model';

/** Consortiums' workloads; who may read or describe them is the consortia subgraph's answer. */
@Resolver(() => WorkloadModel)
export class WorkloadsResolver {
  constructor(
    private readonly workloads: WorkloadsService,
    private readonly access: ConsortiumAccessClient,
  ) {}

  @Authenticated()
  @Scopes(ApiScope.COMPUTE_READ)
  @Query(() => [WorkloadTemplateModel], {
    description: 'Starting workloads per vertical, to copy and adjust; every vertical if omitted.',
  })
  workloadTemplates(@Args() { verticalCode }: WorkloadTemplatesArgs): WorkloadTemplateModel[] {
    return Object.entries(VERTICAL_TEMPLATES)
      .filter(([code]) => verticalCode === undefined || code === verticalCode)
      .flatMap(([code, specs]) => specs.map((spec) => WorkloadTemplateModel.from(code, spec)));
  }

  @Authenticated()
  @Scopes(ApiScope.COMPUTE_READ)
  @Query(() => WorkloadModel, {
    description: "A workload, for its consortium's people and members, partners and operators.",
  })
  async workload(
    @Args('id', { type: () => UUID }) id: string,
    @Context() { req }: GraphQLRequestContext,
  ): Promise<WorkloadModel> {
    const workload = await this.workloads.findById(id);
    // A workload the caller may not read answers as one that does not exist.
    if (!(await this.access.canRead(req, workload.consortiumId))) {
      throw new NotFoundError('Workload', id);
    }
    return WorkloadModel.from(workload);
  }

  @Authenticated()
  @Mutation(() => WorkloadModel, {
    description: "Describe one of a consortium's workloads (its leads and managers, operators).",
  })
  async createWorkload(
    @Args() { consortiumId, input }: CreateWorkloadArgs,
    @CurrentUser() user: UserPrincipal,
    @Context() { req }: GraphQLRequestContext,
  ): Promise<WorkloadModel> {
    await this.access.assertCanManageWorkloads(req, consortiumId);
    return WorkloadModel.from(
      await this.workloads.create(consortiumId, workloadSpecOf(input), user),
    );
  }

  @ResolveField(() => ConsortiumModel)
  consortium(@Parent() workload: WorkloadModel): ConsortiumModel {
    return ConsortiumModel.of(workload.consortiumId);
  }
}
