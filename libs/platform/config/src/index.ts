export { ConfigurationError, defineConfig, validateEnv } from './define-config';
export { OptionalIntEnv, OptionalPortEnv, toOptionalNumber } from './env-decorators';
export { isProduction, runtimeEnvironment, type RuntimeEnvironment } from './runtime';
