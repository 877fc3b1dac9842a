import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { type RoundOutcome } from '@vcp/compute/reservations';
import { UUID } from '@vcp/platform/graphql';

@ObjectType('AllocationRound', { description: 'A contested pool window taking requests.' })
export class AllocationRoundModel {
  @Field(() => UUID)
  id!: string;

  static of(id: string): AllocationRoundModel {
    return Object.assign(new AllocationRoundModel(), { id });
  }
}

@ObjectType('AllocationRequest', { description: "A firm's request for devices in a round." })
export class AllocationRequestModel {
  @Field(() => UUID)
  id!: string;

  static of(id: string): AllocationRequestModel {
    return Object.assign(new AllocationRequestModel(), { id });
  }
}

@ObjectType('AllocationResult', { description: "One request's share of a closed round." })
export class AllocationResultModel {
  @Field(() => UUID)
  requestId!: string;

  @Field(() => UUID)
  beneficiaryOrganizationId!: string;

  @Field(() => Int)
  demand!: number;

  @Field(() => Float, {
    description:
      '(0.5 + utilization over 90 days) × 1.5 for SMEs; firms of large business groups are left out.',
  })
  weight!: number;

  @Field(() => Int, { description: 'Whole devices granted, at most the demand.' })
  allocated!: number;

  @Field({ description: 'The weight, share and rounding, in words.' })
  explanation!: string;

  @Field(() => UUID, {
    nullable: true,
    description: 'The hold placed for the allocation; null when nothing was allocated.',
  })
  reservationId!: string | null;
}

@ObjectType('AllocationOutcome', { description: 'How a closed round shared its window.' })
export class AllocationOutcomeModel {
  @Field(() => UUID)
  roundId!: string;

  @Field(() => Int, { description: 'Devices the window had free to share.' })
  capacity!: number;

  @Field(() => Float, {
    description: 'The fair-share level λ: each request gets min(demand, weight × λ).',
  })
  level!: number;

  @Field(() => [AllocationResultModel])
  results!: AllocationResultModel[];

  static from(outcome: RoundOutcome): AllocationOutcomeModel {
    return Object.assign(new AllocationOutcomeModel(), {
      roundId: outcome.roundId,
      capacity: outcome.capacity,
      level: outcome.level,
      results: outcome.results.map((result) =>
        Object.assign(new AllocationResultModel(), {
          requestId: result.requestId,
          beneficiaryOrganizationId: result.beneficiaryOrganizationId,
          demand: result.demand,
          weight: result.weight,
          allocated: result.allocated,
          explanation: result.explanation,
          reservationId: result.reservationId,
        }),
      ),
    });
  }
}
