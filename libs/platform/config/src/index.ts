export { ConfigurationError, defineConfig, validateEnv } from './define-config';
export { isProduction, runtimeEnvironment, type RuntimeEnvironment } from './runtime';
