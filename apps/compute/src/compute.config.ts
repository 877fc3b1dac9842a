import { IsOptional, IsUrl } from 'class-validator';
import { defineConfig, OptionalIntEnv, OptionalPortEnv } from '@vcp/platform/config';

export class ComputeEnv {
  @OptionalPortEnv('COMPUTE_PORT')
  COMPUTE_PORT?: number;

  @IsOptional()
  @IsUrl(
    { require_tld: false, require_protocol: true, protocols: ['http', 'https'] },
    {
      message: 'CONSORTIA_URL must be the consortia subgraph base URL, e.g. http://localhost:4001',
    },
  )
  CONSORTIA_URL?: string;

  @OptionalIntEnv('CREDIT_EXPIRY_INTERVAL_SECONDS', 0, 86_400, 'seconds')
  CREDIT_EXPIRY_INTERVAL_SECONDS?: number;
}

export interface ComputeConfig {
  port: number;
  /** The consortia subgraph's base URL, asked who a caller is to a consortium. */
  consortiaUrl: string;
  /** How often expiry, lapsed holds and no-shows are swept; 0 turns the job off. */
  creditExpiryIntervalSeconds: number;
}

export const computeConfig = defineConfig('compute', ComputeEnv, (env): ComputeConfig => ({
  port: env.COMPUTE_PORT ?? 4002,
  consortiaUrl: (env.CONSORTIA_URL ?? 'http://localhost:4001').replace(/\/+$/, ''),
  creditExpiryIntervalSeconds: env.CREDIT_EXPIRY_INTERVAL_SECONDS ?? 300,
}));
