import { IsOptional, IsString, MinLength } from 'class-validator';
import {
  ConfigurationError,
  defineConfig,
  OptionalIntEnv,
  runtimeEnvironment,
  type RuntimeEnvironment,
} from '@vcp/platform/config';
import { type RetryPolicy } from './retry-schedule';

/** Retries over most of a day (about 21 to 41 hours in all) before a delivery is dead. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  baseDelayMs: 10_000,
  maxDelayMs: 6 * 3_600_000,
  maxAttempts: 18,
};

export class WebhooksEnv {
  /** Key material for encrypting the signing secrets; derived from JWT_SECRET when unset. */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'WEBHOOK_SECRET_KEY must be at least 32 characters' })
  WEBHOOK_SECRET_KEY?: string;

  @IsOptional()
  @IsString()
  JWT_SECRET?: string;

  @OptionalIntEnv('WEBHOOK_DISPATCH_INTERVAL_MS', 0, 60_000, 'milliseconds')
  WEBHOOK_DISPATCH_INTERVAL_MS?: number;

  @OptionalIntEnv('WEBHOOK_MAX_ATTEMPTS', 1, 50)
  WEBHOOK_MAX_ATTEMPTS?: number;

  @OptionalIntEnv('WEBHOOK_RETRY_BASE_MS', 10, 3_600_000, 'milliseconds')
  WEBHOOK_RETRY_BASE_MS?: number;

  @OptionalIntEnv('WEBHOOK_RETRY_MAX_MS', 10, 86_400_000, 'milliseconds')
  WEBHOOK_RETRY_MAX_MS?: number;

  @OptionalIntEnv('WEBHOOK_TIMEOUT_MS', 100, 60_000, 'milliseconds')
  WEBHOOK_TIMEOUT_MS?: number;
}

export interface WebhooksConfig extends RetryPolicy {
  secretKeyMaterial: string;
  environment: RuntimeEnvironment;
  /** How often each process looks for due deliveries; 0 turns its dispatcher off. */
  dispatchIntervalMs: number;
  /** How long one delivery attempt may take. */
  timeoutMs: number;
  /**
   * How long a claimed delivery stays with its dispatcher; if that process dies mid-attempt the
   * delivery is due again afterwards. Longer than any attempt can take.
   */
  leaseMs: number;
  /** Deliveries claimed per round trip. */
  batchSize: number;
}

export const webhooksConfig = defineConfig('webhooks', WebhooksEnv, (env): WebhooksConfig => {
  const secretKeyMaterial = env.WEBHOOK_SECRET_KEY ?? env.JWT_SECRET;
  if (!secretKeyMaterial) {
    throw new ConfigurationError(['WEBHOOK_SECRET_KEY (or JWT_SECRET) is required']);
  }
  const timeoutMs = env.WEBHOOK_TIMEOUT_MS ?? 10_000;
  return {
    secretKeyMaterial,
    environment: runtimeEnvironment(),
    dispatchIntervalMs: env.WEBHOOK_DISPATCH_INTERVAL_MS ?? 1000,
    maxAttempts: env.WEBHOOK_MAX_ATTEMPTS ?? DEFAULT_RETRY_POLICY.maxAttempts,
    baseDelayMs: env.WEBHOOK_RETRY_BASE_MS ?? DEFAULT_RETRY_POLICY.baseDelayMs,
    maxDelayMs: env.WEBHOOK_RETRY_MAX_MS ?? DEFAULT_RETRY_POLICY.maxDelayMs,
    timeoutMs,
    leaseMs: timeoutMs + 30_000,
    batchSize: 20,
  };
});
