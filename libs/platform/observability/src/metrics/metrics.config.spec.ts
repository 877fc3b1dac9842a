import 'reflect-metadata';
import { ConfigurationError } from '@vcp/platform/config';
import { metricsConfig, type MetricsConfig } from './metrics.config';

function configWith(env: Record<string, string>): MetricsConfig {
  const saved = { ...process.env };
  try {
    delete process.env.METRICS_TOKEN;
    Object.assign(process.env, env);
    return metricsConfig() as MetricsConfig;
  } finally {
    process.env = saved;
  }
}

describe('metrics configuration', () => {
  it('keeps /metrics off in production until a token is configured', () => {
    expect(configWith({ NODE_ENV: 'production' })).toEqual({ enabled: false, token: null });
    expect(
      configWith({ NODE_ENV: 'production', METRICS_TOKEN: 'prometheus-scrape-token' }),
    ).toEqual({ enabled: true, token: 'prometheus-scrape-token' });
  });

  it('serves it without a token while developing', () => {
    expect(configWith({ NODE_ENV: 'development' })).toEqual({ enabled: true, token: null });
  });

  it('refuses a short token', () => {
    expect(() => configWith({ METRICS_TOKEN: 'short' })).toThrow(ConfigurationError);
  });
});
