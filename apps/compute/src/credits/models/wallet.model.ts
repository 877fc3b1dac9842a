import { Field, ObjectType } from '@nestjs/graphql';
import { UUID, SafeInt } from '@vcp/platform/graphql';

@ObjectType('CreditWallet', { description: "An organisation's compute credits." })
export class WalletModel {
  @Field(() => UUID)
  organizationId!: string;

  @Field(() => SafeInt, {
    description:
      "The wallet's balance; a lapsed lot counts until the expiry job moves it out (every few minutes).",
  })
  balance!: number;

  static of(organizationId: string, balance: number): WalletModel {
    return Object.assign(new WalletModel(), { organizationId, balance });
  }
}
