import { Args, Context, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { MandatesService } from '@vcp/compute/reservations';
import { Authenticated, CurrentUser, type UserPrincipal } from '@vcp/platform/auth';
import { type GraphQLRequestContext, UUID } from '@vcp/platform/graphql';
import { CreditParties } from './credit-parties';
import { GrantMandateInput } from './dto/credits.inputs';
import { MandateModel } from './models/mandate.model';
import { OrganizationRefModel } from './models/organization-ref.model';

/** SMEs mandate certified integrators to spend their credits; only the SME's people. */
@Resolver(() => MandateModel)
export class MandatesResolver {
  constructor(
    private readonly mandates: MandatesService,
    private readonly parties: CreditParties,
  ) {}

  @Authenticated()
  @Mutation(() => MandateModel, {
    description:
      "Allow a certified integrator to spend your SME's credits, up to a cap, until a date (one live mandate per integrator).",
  })
  async grantMandate(
    @Args('input') input: GrantMandateInput,
    @CurrentUser() user: UserPrincipal,
    @Context() { req }: GraphQLRequestContext,
  ): Promise<MandateModel> {
    const smeOrganizationId = await this.parties.mandateParties(
      req,
      user,
      input.integratorOrganizationId,
    );
    return MandateModel.from(
      await this.mandates.grant(
        {
          smeOrganizationId,
          integratorOrganizationId: input.integratorOrganizationId,
          capCredits: input.capCredits,
          expiresAt: input.expiresAt,
        },
        user,
      ),
    );
  }

  @Authenticated()
  @Mutation(() => MandateModel, {
    description: "Revoke one of your SME's live mandates; reservations it paid for stand.",
  })
  async revokeMandate(
    @Args('id', { type: () => UUID }) id: string,
    @CurrentUser() user: UserPrincipal,
  ): Promise<MandateModel> {
    const smeOrganizationId = this.parties.organizationOf(user, 'revoke mandates');
    return MandateModel.from(await this.mandates.revoke(id, smeOrganizationId));
  }

  @ResolveField(() => OrganizationRefModel)
  sme(mandate: MandateModel): OrganizationRefModel {
    return OrganizationRefModel.of(mandate.smeOrganizationId);
  }

  @ResolveField(() => OrganizationRefModel)
  integrator(mandate: MandateModel): OrganizationRefModel {
    return OrganizationRefModel.of(mandate.integratorOrganizationId);
  }
}
