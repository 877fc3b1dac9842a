import { defineConfig, OptionalPortEnv } from '@vcp/platform/config';

class ConsortiaEnv {
  @OptionalPortEnv('CONSORTIA_PORT')
  CONSORTIA_PORT?: number;
}

export const consortiaConfig = defineConfig('consortia', ConsortiaEnv, (env) => ({
  port: env.CONSORTIA_PORT ?? 4001,
}));
