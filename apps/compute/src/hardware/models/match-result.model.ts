import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import {
  type Exclusion,
  type Explanation,
  type MatchResult,
  type Prediction,
} from '@vcp/compute/hardware';
import { Bound, ExplanationFactor } from '../hardware-enums';

const FACTORS: Readonly<Record<Explanation['factor'], ExplanationFactor>> = {
  fit: ExplanationFactor.FIT,
  roofline: ExplanationFactor.ROOFLINE,
  throughput: ExplanationFactor.THROUGHPUT,
  latency: ExplanationFactor.LATENCY,
  energy: ExplanationFactor.ENERGY,
  cost: ExplanationFactor.COST,
  score: ExplanationFactor.SCORE,
};

@ObjectType('PredictionExplanation', { description: 'How one number of a prediction came about.' })
export class ExplanationModel {
  @Field(() => ExplanationFactor)
  factor!: ExplanationFactor;

  @Field()
  text!: string;

  static from(explanation: Explanation): ExplanationModel {
    return Object.assign(new ExplanationModel(), {
      factor: FACTORS[explanation.factor],
      text: explanation.text,
    });
  }
}

@ObjectType('HardwarePrediction', {
  description: 'How a device would run the workload, by a roofline estimate, and its score.',
})
export class HardwarePredictionModel {
  @Field({ description: 'The device; `device` has its figures.' })
  deviceId!: string;

  @Field(() => Int, { description: 'Devices one deployment needs to hold the model.' })
  devices!: number;

  @Field(() => Bound)
  bound!: Bound;

  @Field(() => Float, {
    description: 'Inferences (tokens for LLM decode) per second for the whole deployment.',
  })
  throughput!: number;

  @Field(() => Float, { description: 'Time for one batch (one decoding step), ms.' })
  latencyMs!: number;

  @Field(() => Float)
  energyPerInferenceJ!: number;

  @Field(() => Float, { description: 'What the whole deployment draws, W.' })
  powerW!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Null while no compute pool offers the device.',
  })
  creditsPerHour!: number | null;

  @Field(() => Float, { nullable: true })
  creditsPerMillionInferences!: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Null when the workload sets no target.' })
  meetsLatencyTarget!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Null when the workload sets no target.' })
  meetsThroughputTarget!: boolean | null;

  @Field(() => Float, { description: '0–100; higher is better.' })
  score!: number;

  @Field(() => [ExplanationModel])
  explanations!: ExplanationModel[];

  static from(prediction: Prediction): HardwarePredictionModel {
    return Object.assign(new HardwarePredictionModel(), {
      deviceId: prediction.deviceId,
      devices: prediction.devices,
      bound: prediction.bound,
      throughput: prediction.throughput,
      latencyMs: prediction.latencyMs,
      energyPerInferenceJ: prediction.energyPerInferenceJ,
      powerW: prediction.powerW,
      creditsPerHour: prediction.creditsPerHour,
      creditsPerMillionInferences: prediction.creditsPerMillionInferences,
      meetsLatencyTarget: prediction.meetsLatencyTarget,
      meetsThroughputTarget: prediction.meetsThroughputTarget,
      score: prediction.score,
      explanations: prediction.explanations.map(ExplanationModel.from),
    });
  }
}

@ObjectType('HardwareExclusion', { description: 'A device that cannot run the workload, and why.' })
export class HardwareExclusionModel {
  @Field()
  deviceId!: string;

  @Field()
  deviceName!: string;

  @Field(() => [String], { description: 'Every hard limit it fails, in a sentence each.' })
  reasons!: string[];

  static from(exclusion: Exclusion): HardwareExclusionModel {
    return Object.assign(new HardwareExclusionModel(), {
      deviceId: exclusion.deviceId,
      deviceName: exclusion.deviceName,
      reasons: exclusion.reasons,
    });
  }
}

@ObjectType('MatchResult', {
  description: 'What one inference costs, and the active devices ranked for the workload.',
})
export class MatchResultModel {
  @Field(() => Float, { description: 'Operations per inference, a multiply-add counting as two.' })
  flopsPerInference!: number;

  @Field(() => Float, { description: 'Bytes moved to and from memory per inference.' })
  bytesPerInference!: number;

  @Field(() => Float, { description: 'Bytes the deployment must hold.' })
  footprintBytes!: number;

  @Field({ description: 'The formula, in words, with this workload’s numbers.' })
  formula!: string;

  @Field(() => [HardwarePredictionModel], { description: 'Best first; empty if nothing fits.' })
  ranking!: HardwarePredictionModel[];

  @Field(() => [HardwareExclusionModel])
  exclusions!: HardwareExclusionModel[];

  static from(result: MatchResult): MatchResultModel {
    return Object.assign(new MatchResultModel(), {
      flopsPerInference: result.work.flops,
      bytesPerInference: result.work.bytes,
      footprintBytes: result.work.footprintBytes,
      formula: result.work.formula,
      ranking: result.ranking.map(HardwarePredictionModel.from),
      exclusions: result.exclusions.map(HardwareExclusionModel.from),
    });
  }
}
