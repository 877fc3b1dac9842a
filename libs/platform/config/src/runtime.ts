export type RuntimeEnvironment = 'development' | 'test' | 'production';

export function runtimeEnvironment(env: NodeJS.ProcessEnv = process.env): RuntimeEnvironment {
  if (env.NODE_ENV === 'production') return 'production';
  if (env.NODE_ENV === 'test') return 'test';
  return 'development';
}

export const isProduction = (env: NodeJS.ProcessEnv = process.env): boolean =>
  runtimeEnvironment(env) === 'production';
