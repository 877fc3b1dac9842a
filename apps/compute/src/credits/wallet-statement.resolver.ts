import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { STATEMENT_LIMIT, WalletStatementService } from '@vcp/compute/ledger';
import { CreditLotModel, WalletMovementModel } from './models/wallet-statement.models';
import { WalletModel } from './models/wallet.model';

/** A wallet's lots and movements, for the people who read the wallet. */
@Resolver(() => WalletModel)
export class WalletStatementResolver {
  constructor(private readonly statement: WalletStatementService) {}

  @ResolveField(() => [CreditLotModel], {
    description: `The granted lots, those with credits left first by soonest expiry (at most ${STATEMENT_LIMIT}).`,
  })
  async lots(wallet: WalletModel): Promise<CreditLotModel[]> {
    return (await this.statement.lots(wallet.organizationId)).map(CreditLotModel.from);
  }

  @ResolveField(() => [WalletMovementModel], {
    description: 'Grants, spending, refunds, expiries and forfeits, newest first.',
  })
  async history(
    @Parent() wallet: WalletModel,
    @Args('first', {
      type: () => Int,
      defaultValue: 50,
      description: `How many movements, newest first, 1 to ${STATEMENT_LIMIT}.`,
    })
    first: number,
  ): Promise<WalletMovementModel[]> {
    return (await this.statement.movements(wallet.organizationId, first)).map(
      WalletMovementModel.from,
    );
  }
}
