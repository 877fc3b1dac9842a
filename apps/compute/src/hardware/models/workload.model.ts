import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { type WorkloadEntity, type WorkloadSpec } from '@vcp/compute/hardware';
import { UUID } from '@vcp/platform/graphql';
import { DataResidency, ModelFamily, Precision, Site } from '../hardware-enums';

/** The description of a workload, shared by consortiums' workloads and the vertical templates. */
@ObjectType({ isAbstract: true })
export abstract class WorkloadSpecModel {
  @Field()
  name!: string;

  @Field(() => ModelFamily)
  family!: ModelFamily;

  @Field(() => Float, { description: 'Number of weights.' })
  parameters!: number;

  @Field(() => Precision)
  precision!: Precision;

  @Field(() => Int, {
    description: 'Inferences (sequences, for LLM decode) processed together.',
  })
  batch!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      "The family's input size (image side, sequence or context length, lookups, window); null for the family's default.",
  })
  inputSize!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Longest acceptable time for one batch (one token step for LLM decode), ms.',
  })
  latencyTargetMs!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Inferences (tokens for LLM decode) per second the deployment must sustain.',
  })
  throughputTarget!: number | null;

  @Field(() => Float, { nullable: true, description: 'Most the whole deployment may draw, W.' })
  powerBudgetW!: number | null;

  @Field(() => Site)
  site!: Site;

  @Field(() => DataResidency)
  residency!: DataResidency;
}

function specFields(spec: WorkloadSpec) {
  return {
    name: spec.name,
    family: spec.family,
    parameters: spec.parameters,
    precision: spec.precision,
    batch: spec.batch,
    inputSize: spec.inputSize ?? null,
    latencyTargetMs: spec.latencyTargetMs ?? null,
    throughputTarget: spec.throughputTarget ?? null,
    powerBudgetW: spec.powerBudgetW ?? null,
    site: spec.site,
    residency: spec.residency,
  };
}

@ObjectType('Workload', { description: "A consortium's AI workload, to be matched with hardware." })
export class WorkloadModel extends WorkloadSpecModel {
  @Field(() => UUID)
  id!: string;

  @Field(() => UUID)
  consortiumId!: string;

  @Field()
  createdAt!: Date;

  static from(entity: WorkloadEntity): WorkloadModel {
    return Object.assign(new WorkloadModel(), {
      id: entity.id,
      consortiumId: entity.consortiumId,
      name: entity.name,
      family: entity.family,
      parameters: entity.parameters,
      precision: entity.precision,
      batch: entity.batch,
      inputSize: entity.inputSize,
      latencyTargetMs: entity.latencyTargetMs,
      throughputTarget: entity.throughputTarget,
      powerBudgetW: entity.powerBudgetW,
      site: entity.site,
      residency: entity.residency,
      createdAt: entity.createdAt,
    });
  }
}

@ObjectType('WorkloadTemplate', {
  description: 'A starting workload for a vertical, sized after a public reference model.',
})
export class WorkloadTemplateModel extends WorkloadSpecModel {
  @Field({ description: 'The vertical it is for, e.g. MANUFACTURING.' })
  verticalCode!: string;

  static from(verticalCode: string, spec: WorkloadSpec): WorkloadTemplateModel {
    return Object.assign(new WorkloadTemplateModel(), { verticalCode, ...specFields(spec) });
  }
}
