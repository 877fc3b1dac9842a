import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import {
  type ConsortiumResearcher,
  type EngagedResearchers,
  type FacultyMember,
} from '@vcp/consortia/engagements';
import { UUID } from '@vcp/platform/graphql';
import { EngagementStatus } from '../engagement-enums';

@ObjectType('FacultyMember', {
  description: "A university's researcher with their commitments and recent hours.",
})
export class FacultyMemberModel {
  @Field(() => UUID)
  researcherId!: string;

  @Field(() => UUID)
  userId!: string;

  @Field(() => Float, { description: 'Hours a week committed to approved and active engagements.' })
  committedHoursPerWeek!: number;

  @Field(() => Int)
  activeEngagements!: number;

  @Field(() => Float, { description: 'Logged in the current ISO week (Korea time).' })
  hoursThisWeek!: number;

  @Field(() => Float, { description: 'Logged in the current month (Korea time).' })
  hoursThisMonth!: number;

  static from(row: FacultyMember): FacultyMemberModel {
    return Object.assign(new FacultyMemberModel(), row);
  }
}

@ObjectType('ConsortiumResearcher', {
  description: "A researcher's engagement with a consortium and the hours logged on it.",
})
export class ConsortiumResearcherModel {
  @Field(() => UUID)
  engagementId!: string;

  @Field(() => UUID)
  researcherId!: string;

  @Field(() => UUID)
  userId!: string;

  @Field(() => EngagementStatus)
  status!: EngagementStatus;

  @Field(() => Float)
  committedHoursPerWeek!: number;

  @Field(() => Float)
  hoursThisMonth!: number;

  @Field(() => Float)
  hoursTotal!: number;

  static from(row: ConsortiumResearcher): ConsortiumResearcherModel {
    return Object.assign(new ConsortiumResearcherModel(), row);
  }
}

@ObjectType('EngagedResearchers', {
  description: 'Researchers with an active engagement, per key.',
})
export class EngagedResearchersModel {
  @Field({ description: 'A vertical code, or the host firm’s region.' })
  key!: string;

  @Field(() => Int)
  researchers!: number;

  static from(row: EngagedResearchers): EngagedResearchersModel {
    return Object.assign(new EngagedResearchersModel(), {
      key: row.key,
      researchers: row.researchers,
    });
  }
}

@ObjectType('NationalEngagementFigures', {
  description: 'Researchers with an active engagement, against the 2030 target for AI experts.',
})
export class NationalEngagementFiguresModel {
  @Field(() => Int, { description: 'Distinct researchers with an active engagement.' })
  engagedResearchers!: number;

  @Field(() => Int, { description: 'Advanced AI experts the program aims for by 2030.' })
  target!: number;

  @Field(() => [EngagedResearchersModel], { description: 'By the consortium’s vertical.' })
  byVertical!: EngagedResearchersModel[];

  @Field(() => [EngagedResearchersModel], { description: 'By the host firm’s region.' })
  byRegion!: EngagedResearchersModel[];
}
