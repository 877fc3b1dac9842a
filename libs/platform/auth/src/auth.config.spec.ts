import 'reflect-metadata';
import { ConfigurationError, validateEnv } from '@vcp/platform/config';
import { AuthEnv } from './auth.config';

describe('auth configuration', () => {
  it('stops with a message naming a missing secret', () => {
    expect(() => validateEnv(AuthEnv, {})).toThrow(ConfigurationError);
    expect(() => validateEnv(AuthEnv, {})).toThrow(/JWT_SECRET is required/);
  });

  it('names a malformed value', () => {
    expect(() =>
      validateEnv(AuthEnv, { JWT_SECRET: 'x'.repeat(40), ACCESS_TOKEN_TTL_SECONDS: '99999' }),
    ).toThrow(/ACCESS_TOKEN_TTL_SECONDS must be at most 3600/);
    expect(() => validateEnv(AuthEnv, { JWT_SECRET: 'short' })).toThrow(
      /JWT_SECRET must be at least 32 characters/,
    );
  });

  it('converts valid values to their types', () => {
    const env = validateEnv(AuthEnv, {
      JWT_SECRET: 'x'.repeat(40),
      ACCESS_TOKEN_TTL_SECONDS: '600',
    });
    expect(env.ACCESS_TOKEN_TTL_SECONDS).toBe(600);
  });
});
