import { defineConfig, OptionalPortEnv } from '@vcp/platform/config';

class ComputeEnv {
  @OptionalPortEnv('COMPUTE_PORT')
  COMPUTE_PORT?: number;
}

export const computeConfig = defineConfig('compute', ComputeEnv, (env) => ({
  port: env.COMPUTE_PORT ?? 4002,
}));
