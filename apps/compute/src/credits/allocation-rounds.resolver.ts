import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { AllocationRoundsService } from '@vcp/compute/reservations';
import {
  Authenticated,
  CurrentUser,
  PlatformRole,
  Roles,
  type UserPrincipal,
} from '@vcp/platform/auth';
import { type GraphQLRequestContext, UUID } from '@vcp/platform/graphql';
import { ConsortiumAccessClient } from '../hardware/consortium-access.client';
import { CreditParties } from './credit-parties';
import { OpenAllocationRoundInput, RequestAllocationInput } from './dto/usage.inputs';
import {
  AllocationOutcomeModel,
  AllocationRequestModel,
  AllocationRoundModel,
} from './models/allocation-round.models';
import { DirectoryKind, SME_SIZE_CLASS } from './organization-rules';

/**
 * Allocation rounds for contested pool windows: operators open and close them; certified
 * integrators request devices for the SMEs of their consortiums, as they would hold them.
 */
@Resolver(() => AllocationRoundModel)
export class AllocationRoundsResolver {
  constructor(
    private readonly rounds: AllocationRoundsService,
    private readonly parties: CreditParties,
    private readonly directory: ConsortiumAccessClient,
  ) {}

  @Roles(PlatformRole.OPERATOR)
  @Mutation(() => AllocationRoundModel, {
    description:
      "Open a round for a pool window: requests are taken until the deadline, then closing shares the window's free devices.",
  })
  async openAllocationRound(
    @Args('input') input: OpenAllocationRoundInput,
    @CurrentUser() user: UserPrincipal,
  ): Promise<AllocationRoundModel> {
    return AllocationRoundModel.of(
      await this.rounds.open(
        {
          poolId: input.poolId,
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          deadline: input.deadline,
        },
        user,
      ),
    );
  }

  @Authenticated()
  @Mutation(() => AllocationRequestModel, {
    description:
      "Ask for devices in an open round for an SME of a consortium your certified integrator firm works for (one request per firm). SME status and large-group membership are the directory's.",
  })
  async requestAllocation(
    @Args('input') input: RequestAllocationInput,
    @CurrentUser() user: UserPrincipal,
    @Context() { req }: GraphQLRequestContext,
  ): Promise<AllocationRequestModel> {
    // The same parties as a hold: the allocation becomes one, paid from the SME's credits.
    const integratorOrganizationId = await this.parties.holdParties(req, user, input);
    const beneficiary = await this.directory.organizationFactsOf(
      req,
      input.beneficiaryOrganizationId,
    );
    return AllocationRequestModel.of(
      await this.rounds.request({
        roundId: input.roundId,
        consortiumId: input.consortiumId,
        beneficiaryOrganizationId: input.beneficiaryOrganizationId,
        integratorOrganizationId,
        demand: input.demand,
        isSme: beneficiary.kind === DirectoryKind.SME && beneficiary.sizeClass === SME_SIZE_CLASS,
        inLargeBusinessGroup: beneficiary.inLargeBusinessGroup,
      }),
    );
  }

  @Roles(PlatformRole.OPERATOR)
  @Mutation(() => AllocationOutcomeModel, {
    description:
      'After the deadline, share the window by weighted max-min fairness and place a hold for each share; a closed round answers with its outcome.',
  })
  async closeAllocationRound(
    @Args('id', { type: () => UUID }) id: string,
    @CurrentUser() user: UserPrincipal,
  ): Promise<AllocationOutcomeModel> {
    return AllocationOutcomeModel.from(await this.rounds.close(id, user));
  }
}
