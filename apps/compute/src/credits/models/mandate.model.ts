import { Field, ObjectType } from '@nestjs/graphql';
import { type Mandate } from '@vcp/compute/reservations';
import { UUID, SafeInt } from '@vcp/platform/graphql';

@ObjectType('Mandate', {
  description:
    "An SME's authorisation for one certified integrator to spend its credits, up to a cap, until a date.",
})
export class MandateModel {
  @Field(() => UUID)
  id!: string;

  @Field(() => UUID)
  smeOrganizationId!: string;

  @Field(() => UUID)
  integratorOrganizationId!: string;

  @Field(() => SafeInt)
  capCredits!: number;

  @Field(() => SafeInt, { description: 'Spent under it so far (refunds give credit back).' })
  spentCredits!: number;

  @Field()
  expiresAt!: Date;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;

  @Field()
  createdAt!: Date;

  static from(mandate: Mandate): MandateModel {
    return Object.assign(new MandateModel(), {
      id: mandate.id,
      smeOrganizationId: mandate.smeOrganizationId,
      integratorOrganizationId: mandate.integratorOrganizationId,
      capCredits: mandate.capCredits,
      spentCredits: mandate.spentCredits,
      expiresAt: mandate.expiresAt,
      revokedAt: mandate.revokedAt,
      createdAt: mandate.createdAt,
    });
  }
}
