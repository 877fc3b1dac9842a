export type RuntimeEnvironment = 'development' | 'test' | 'production';

export function runtimeEnvironment(env: NodeJS.ProcessEnv = process.env): RuntimeEnvironment {
  switch (env.NODE_ENV) {
    case 'production':
      return 'production';
    case 'test':
      return 'test';
    default:
      return 'development';
  }
}

export const isProduction = (env: NodeJS.ProcessEnv = process.env): boolean =>
  runtimeEnvironment(env) === 'production';
