import { Field, ObjectType } from '@nestjs/graphql';
import { type MovementResult } from '@vcp/compute/ledger';
import { UUID, SafeInt } from '@vcp/platform/graphql';
import { LedgerTransactionKind } from '../credit-enums';

@ObjectType('CreditMovement', {
  description: 'One ledger transaction; a retry under the same idempotency key returns the first.',
})
export class CreditMovementModel {
  @Field(() => UUID)
  transactionId!: string;

  @Field(() => LedgerTransactionKind)
  kind!: LedgerTransactionKind;

  @Field(() => SafeInt)
  amount!: number;

  @Field(() => SafeInt, { description: "The wallet's balance now (for a replay too)." })
  walletBalance!: number;

  @Field({ description: 'True when the movement had already been made under this key.' })
  replayed!: boolean;

  @Field(() => UUID, { nullable: true, description: 'The lot a grant created.' })
  grantId!: string | null;

  static from(result: MovementResult): CreditMovementModel {
    return Object.assign(new CreditMovementModel(), {
      transactionId: result.transactionId,
      kind: result.kind,
      amount: result.amount,
      walletBalance: result.walletBalance,
      replayed: result.replayed,
      grantId: result.grantId,
    });
  }
}
