import { Args, Context, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { LedgerService } from '@vcp/compute/ledger';
import { MandatesService } from '@vcp/compute/reservations';
import {
  Authenticated,
  CurrentUser,
  PlatformRole,
  Roles,
  type UserPrincipal,
} from '@vcp/platform/auth';
import { type GraphQLRequestContext } from '@vcp/platform/graphql';
import { CreditParties } from './credit-parties';
import { GrantCreditsInput, grantRequestOf } from './dto/credits.inputs';
import { CreditMovementModel } from './models/credit-movement.model';
import { LedgerReportModel } from './models/ledger-report.model';
import { MandateModel } from './models/mandate.model';
import { OrganizationRefModel } from './models/organization-ref.model';
import { WalletModel } from './models/wallet.model';

/** Grants, wallets and the ledger's own check. */
@Resolver(() => WalletModel)
export class CreditLedgerResolver {
  constructor(
    private readonly ledger: LedgerService,
    private readonly mandatesService: MandatesService,
    private readonly parties: CreditParties,
  ) {}

  @Roles(PlatformRole.OPERATOR)
  @Mutation(() => CreditMovementModel, {
    description:
      'Grant credits from the program treasury to an SME outside large business groups, as a lot that expires.',
  })
  async grantCredits(
    @Args('input') input: GrantCreditsInput,
    @CurrentUser() user: UserPrincipal,
    @Context() { req }: GraphQLRequestContext,
  ): Promise<CreditMovementModel> {
    await this.parties.assertCreditRecipient(req, input.organizationId);
    return CreditMovementModel.from(await this.ledger.grant(grantRequestOf(input), user));
  }

  @Authenticated()
  @Query(() => WalletModel, {
    nullable: true,
    description: "Your organisation's credits; null if your account belongs to no organisation.",
  })
  async myWallet(@CurrentUser() user: UserPrincipal): Promise<WalletModel | null> {
    if (!user.organizationId) return null;
    return WalletModel.of(
      user.organizationId,
      await this.ledger.walletBalance(user.organizationId),
    );
  }

  @Roles(PlatformRole.OPERATOR)
  @Query(() => LedgerReportModel, {
    description: 'Check every ledger invariant from the entries up (what `ledger:verify` prints).',
  })
  async verifyLedger(): Promise<LedgerReportModel> {
    return LedgerReportModel.from(await this.ledger.verify());
  }

  @ResolveField(() => OrganizationRefModel)
  organization(wallet: WalletModel): OrganizationRefModel {
    return OrganizationRefModel.of(wallet.organizationId);
  }

  @ResolveField(() => [MandateModel], {
    description: 'The mandates the organisation granted, newest first (at most 200).',
  })
  async mandates(wallet: WalletModel): Promise<MandateModel[]> {
    return (await this.mandatesService.forSme(wallet.organizationId)).map(MandateModel.from);
  }
}
