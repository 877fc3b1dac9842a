import { BYTES_PER_VALUE, type Precision, Site } from '../catalog/device';

export enum ModelFamily {
  CNN_VISION = 'CNN_VISION',
  TRANSFORMER_ENCODER = 'TRANSFORMER_ENCODER',
  LLM_DECODE = 'LLM_DECODE',
  RECOMMENDATION = 'RECOMMENDATION',
  TIME_SERIES = 'TIME_SERIES',
}

/** Where the data may go: anywhere, only to Korean sites (the center qualifies), or not off the firm's site. */
export enum DataResidency {
  ANY = 'ANY',
  KOREA = 'KOREA',
  ON_SITE = 'ON_SITE',
}

export interface WorkloadSpec {
  name: string;
  family: ModelFamily;
  /** Number of weights. */
  parameters: number;
  precision: Precision;
  /** Inferences (sequences, for LLM decode) processed together. */
  batch: number;
  /**
   * The family's input size: image side in pixels (CNN), sequence length in tokens (encoder),
   * context length in tokens (LLM decode), embedding lookups per sample (recommendation),
   * window length (time series). Defaults per family when omitted.
   */
  inputSize?: number;
  /** Longest acceptable time for one batch (one token step for LLM decode), ms. */
  latencyTargetMs?: number | null;
  /** Inferences (tokens for LLM decode) per second the deployment must sustain. */
  throughputTarget?: number | null;
  /** Most the whole deployment may draw, W. */
  powerBudgetW?: number | null;
  site: Site;
  residency: DataResidency;
}

export const DEFAULT_INPUT_SIZE: Readonly<Record<ModelFamily, number>> = {
  CNN_VISION: 224,
  TRANSFORMER_ENCODER: 384,
  LLM_DECODE: 2048,
  RECOMMENDATION: 100,
  TIME_SERIES: 512,
};

/** What one inference costs the hardware. */
export interface WorkPerInference {
  /** Floating-point (or integer) operations, counting a multiply-add as two. */
  flops: number;
  /** Bytes moved to and from memory per inference, weights shared across the batch. */
  bytes: number;
  /** Bytes the deployment must hold: weights plus per-batch state (KV cache, activations). */
  footprintBytes: number;
  /** The formula, in words, with this workload's numbers. */
  formula: string;
}

/** MACs per weight of a 224×224 CNN: ResNet-50 does 4.1 G MACs with 25.6 M weights (He et al., 2016). */
export const CNN_MACS_PER_PARAMETER_AT_224 = 4.1e9 / 25.6e6;
/** Activations a 224×224 CNN reads and writes per image per weight (ResNet-50: about 22 M values). */
export const CNN_ACTIVATIONS_PER_PARAMETER_AT_224 = 22e6 / 25.6e6;
/** Layers assumed for an encoder when only its size is known (BERT-Large: 24). */
export const ENCODER_LAYERS = 24;
/** Width per layer of decoder LLMs (d_model ≈ 128 × layers, e.g. Llama 2 7B: 32 layers, 4096). */
export const LLM_WIDTH_PER_LAYER = 128;
/**
 * Share of a recommendation model's weights in its dense layers; the rest are embedding tables.
 * DLRM-v2 (MLPerf's reference): about 16 M dense weights beside 26 B of embeddings, 0.06%.
 */
export const RECOMMENDATION_DENSE_SHARE = 16e6 / 26e9;

/** Models this large share keys and values across query heads (Llama 2/3 70B: 8 of 64 heads). */
export const GROUPED_QUERY_ATTENTION_FROM = 30e9;
export const GROUPED_QUERY_KV_SHARE = 1 / 8;

/** The share of attention heads that keep their own keys and values in the cache. */
export function kvHeadShare(parameters: number): number {
  return parameters >= GROUPED_QUERY_ATTENTION_FROM ? GROUPED_QUERY_KV_SHARE : 1;
}
/** Width of an embedding row in recommendation models (DLRM: 128). */
export const EMBEDDING_DIMENSION = 128;
/** Hidden values a time-series model keeps per step of its window. */
export const TIME_SERIES_STATE_PER_STEP = 64;

/**
 * Work per inference by model family, from the standard counting rules: a dense layer does
 * 2 × weights FLOPs per token; weights are read from memory once per batch; what else moves
 * depends on the family.
 */
export function workPerInference(workload: WorkloadSpec): WorkPerInference {
  const b = BYTES_PER_VALUE[workload.precision];
  const P = workload.parameters;
  const B = workload.batch;
  const n = workload.inputSize ?? DEFAULT_INPUT_SIZE[workload.family];
  const weightBytes = P * b;
  switch (workload.family) {
    case ModelFamily.CNN_VISION: {
      const scale = (n / 224) ** 2;
      const macs = P * CNN_MACS_PER_PARAMETER_AT_224 * scale;
      const activations = P * CNN_ACTIVATIONS_PER_PARAMETER_AT_224 * scale * b;
      return {
        flops: 2 * macs,
        bytes: weightBytes / B + activations,
        footprintBytes: weightBytes + B * activations,
        formula: `2 × ${fmt(CNN_MACS_PER_PARAMETER_AT_224)} MACs per weight × (${n}/224)² × ${fmt(P)} weights; weights once per batch of ${B} plus ${fmt(activations / b)} activations per image`,
      };
    }
    case ModelFamily.TRANSFORMER_ENCODER: {
      const width = Math.sqrt(P / (12 * ENCODER_LAYERS));
      const hidden = 4 * n * width * ENCODER_LAYERS * b;
      return {
        flops: 2 * P * n,
        bytes: weightBytes / B + hidden,
        footprintBytes: weightBytes + B * hidden,
        formula: `2 × ${fmt(P)} weights × ${n} tokens; weights once per batch of ${B} plus 4 × ${n} tokens × width ${fmt(width)} × ${ENCODER_LAYERS} layers of hidden states`,
      };
    }
    case ModelFamily.LLM_DECODE: {
      const layers = Math.cbrt(P / (12 * LLM_WIDTH_PER_LAYER ** 2));
      const width = LLM_WIDTH_PER_LAYER * layers;
      const kvShare = kvHeadShare(P);
      const kvPerSequence = 2 * layers * width * kvShare * n * b;
      return {
        flops: 2 * P,
        bytes: weightBytes / B + kvPerSequence,
        footprintBytes: weightBytes + B * kvPerSequence,
        formula: `per generated token: 2 × ${fmt(P)} weights; all weights streamed once per step for the batch of ${B}, plus a KV cache of 2 × ${fmt(layers)} layers × width ${fmt(width)}${kvShare < 1 ? ` × ${kvShare} (grouped-query attention)` : ''} × ${n} tokens per sequence`,
      };
    }
    case ModelFamily.RECOMMENDATION: {
      const dense = Math.min(P * RECOMMENDATION_DENSE_SHARE, P);
      const lookups = n * EMBEDDING_DIMENSION * b;
      return {
        flops: 2 * dense,
        bytes: (dense * b) / B + lookups,
        footprintBytes: weightBytes,
        formula: `2 × ${fmt(dense)} dense weights; ${n} embedding lookups of ${EMBEDDING_DIMENSION} values each, plus the dense weights once per batch of ${B}`,
      };
    }
    case ModelFamily.TIME_SERIES: {
      const state = n * TIME_SERIES_STATE_PER_STEP * b;
      return {
        flops: 2 * P * n,
        bytes: weightBytes / B + state,
        footprintBytes: weightBytes + B * state,
        formula: `2 × ${fmt(P)} weights × a window of ${n} steps; weights once per batch of ${B} plus ${TIME_SERIES_STATE_PER_STEP} state values per step`,
      };
    }
  }
}

/** Compact figures for explanations: 25.6 M, 8.2 G, 1.2 T. */
export function fmt(value: number): string {
  const abs = Math.abs(value);
  const units: [number, string][] = [
    [1e15, 'P'],
    [1e12, 'T'],
    [1e9, 'G'],
    [1e6, 'M'],
    [1e3, 'k'],
  ];
  for (const [size, unit] of units) {
    if (abs >= size) return `${round(value / size)} ${unit}`;
  }
  return round(value);
}

function round(value: number): string {
  return String(Number(value.toPrecision(3)));
}
