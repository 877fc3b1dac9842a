import { gatewayOptions } from './gateway-graphql.options';

const config = {
  port: 4000,
  subgraphs: [{ name: 'consortia', baseUrl: 'http://localhost:4001' }],
  portalDir: '/srv/portal',
};

describe('gateway GraphQL options', () => {
  const saved = process.env.NODE_ENV;
  afterEach(() => {
    process.env.NODE_ENV = saved;
  });

  it('turns introspection and stack traces off in production, keeps CSRF prevention on', () => {
    process.env.NODE_ENV = 'production';
    const { server } = gatewayOptions(config);
    expect(server).toMatchObject({
      introspection: false,
      includeStacktraceInErrorResponses: false,
      csrfPrevention: true,
      allowBatchedHttpRequests: false,
    });
  });

  it('allows introspection while developing', () => {
    process.env.NODE_ENV = 'development';
    expect(gatewayOptions(config).server?.introspection).toBe(true);
  });
});
