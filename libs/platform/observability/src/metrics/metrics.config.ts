import { IsOptional, IsString, MinLength } from 'class-validator';
import { defineConfig, isProduction } from '@vcp/platform/config';

export class MetricsEnv {
  /** Bearer token Prometheus sends to read `/metrics`; in production `/metrics` is off without it. */
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'METRICS_TOKEN must be at least 16 characters' })
  METRICS_TOKEN?: string;
}

export interface MetricsConfig {
  /** null: no token asked for (only outside production). */
  token: string | null;
  /** Whether `/metrics` answers at all. */
  enabled: boolean;
}

export const metricsConfig = defineConfig('metrics', MetricsEnv, (env): MetricsConfig => ({
  token: env.METRICS_TOKEN ?? null,
  enabled: env.METRICS_TOKEN !== undefined || !isProduction(),
}));
