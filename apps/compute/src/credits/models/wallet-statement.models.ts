import { Field, ObjectType } from '@nestjs/graphql';
import { type CreditLot, type WalletMovement } from '@vcp/compute/ledger';
import { SafeInt, UUID } from '@vcp/platform/graphql';
import { LedgerTransactionKind } from '../credit-enums';

@ObjectType('CreditLot', {
  description: 'Credits granted to a wallet at once; what is left of them expires on a date.',
})
export class CreditLotModel {
  @Field(() => UUID)
  id!: string;

  @Field(() => SafeInt, { description: 'Granted.' })
  amount!: number;

  @Field(() => SafeInt, { description: 'Not yet spent or expired.' })
  remaining!: number;

  @Field({ description: 'What is left then expires.' })
  expiresAt!: Date;

  @Field()
  grantedAt!: Date;

  static from(lot: CreditLot): CreditLotModel {
    return Object.assign(new CreditLotModel(), lot);
  }
}

@ObjectType('WalletMovement', { description: "One transaction's effect on a wallet." })
export class WalletMovementModel {
  @Field(() => UUID)
  transactionId!: string;

  @Field(() => LedgerTransactionKind)
  kind!: LedgerTransactionKind;

  @Field(() => SafeInt, { description: 'Credits in (positive) or out (negative).' })
  amount!: number;

  @Field(() => String, { nullable: true })
  memo!: string | null;

  @Field()
  at!: Date;

  static from(movement: WalletMovement): WalletMovementModel {
    return Object.assign(new WalletMovementModel(), movement);
  }
}
