import { Field, Float, ObjectType } from '@nestjs/graphql';
import { type ResearcherEntity, type UniversityPolicy } from '@vcp/consortia/engagements';
import { UUID } from '@vcp/platform/graphql';
import { ResearcherRank } from '../engagement-enums';

@ObjectType('Researcher', {
  description: 'A person of a university with an appointment and a validated ORCID iD.',
})
export class ResearcherModel {
  @Field(() => UUID)
  id!: string;

  @Field(() => UUID)
  userId!: string;

  @Field(() => ResearcherRank)
  rank!: ResearcherRank;

  @Field()
  department!: string;

  @Field(() => [String], { description: 'Research fields, e.g. computer vision.' })
  fields!: string[];

  @Field({ description: 'ORCID iD, 0000-0000-0000-000X.' })
  orcid!: string;

  @Field()
  createdAt!: Date;

  /** For the `university` field resolver. */
  universityId!: string;

  static from(entity: ResearcherEntity): ResearcherModel {
    return Object.assign(new ResearcherModel(), {
      id: entity.id,
      userId: entity.userId,
      rank: entity.rank,
      department: entity.department,
      fields: entity.fields,
      orcid: entity.orcid,
      createdAt: entity.createdAt,
      universityId: entity.universityId,
    });
  }
}

@ObjectType('UniversityPolicy', {
  description: "A university's rules on its researchers' outside engagements.",
})
export class UniversityPolicyModel {
  @Field(() => UUID)
  universityId!: string;

  @Field(() => Float, {
    description: 'Hours a week a researcher may commit to, and log on, engagements.',
  })
  weeklyCapHours!: number;

  @Field({
    description:
      'Whether an officer approves each engagement; otherwise within-cap ones are approved on submission.',
  })
  approvalRequired!: boolean;

  static from(policy: UniversityPolicy): UniversityPolicyModel {
    return Object.assign(new UniversityPolicyModel(), {
      universityId: policy.universityId,
      weeklyCapHours: policy.weeklyCapHours,
      approvalRequired: policy.approvalRequired,
    });
  }
}
