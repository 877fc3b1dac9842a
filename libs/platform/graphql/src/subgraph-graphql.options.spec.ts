import { subgraphGraphQLOptions } from './subgraph-graphql.options';

describe('subgraph GraphQL options', () => {
  const saved = process.env.NODE_ENV;
  afterEach(() => {
    process.env.NODE_ENV = saved;
  });

  it('turns introspection and stack traces off in production, keeps CSRF prevention on', () => {
    process.env.NODE_ENV = 'production';
    expect(subgraphGraphQLOptions()).toMatchObject({
      introspection: false,
      includeStacktraceInErrorResponses: false,
      csrfPrevention: true,
      allowBatchedHttpRequests: false,
      autoSchemaFile: { federation: 2 },
    });
  });
});
