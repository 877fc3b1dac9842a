import { errorCode, graphqlRequest, type StandaloneProduct } from '@vcp/platform/testing';
import { report, startReliabilityStack } from './stack';

let product: StandaloneProduct;
let checks = 0;

beforeAll(async () => {
  // As the containers run it (docker-compose.yml sets NODE_ENV=production for every service).
  product = await startReliabilityStack({ NODE_ENV: 'production' });
}, 180_000);

afterAll(async () => {
  report('production configuration', { checks });
  await product?.stop();
});

const endpoints = () => Object.entries(product.urls);
/** Consortium → members → consortium → …: one level of nesting adds four to the depth. */
const nested = (levels: number) =>
  `{ consortiums { edges { node { ${'members { edges { node { consortium { '.repeat(levels)}id${' } } } }'.repeat(levels)} } } } }`;
/** Within the depth and token limits, but hundreds of fields deep down cost more than 5,000. */
const costly = `{ consortiums { edges { node { members { edges { node { organization { ${'__typename '.repeat(600)}} } } } } } } }`;

describe('with NODE_ENV=production', () => {
  it('answers no introspection, on the gateway or any subgraph', async () => {
    for (const [name, url] of endpoints()) {
      for (const query of [
        '{ __schema { types { name } } }',
        '{ __type(name: "Query") { fields { name } } }',
      ]) {
        const response = await graphqlRequest(url, query);
        checks += 1;
        expect({ name, data: response.data ?? null }).toEqual({ name, data: null });
        expect(errorCode(response)).toBe('GRAPHQL_VALIDATION_FAILED');
        expect(response.errors?.[0].message).toMatch(/introspection/i);
      }
    }
  });

  it('shows no stack trace, no field suggestions and no landing page', async () => {
    for (const [, url] of endpoints()) {
      const failures = [
        await graphqlRequest(url, '{ programTargetz { key } }'),
        await graphqlRequest(url, '{ broken'),
        await graphqlRequest(
          url,
          'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
          {
            variables: { input: { email: 1 } },
          },
        ),
      ];
      for (const response of failures) {
        checks += 1;
        expect(response.errors?.length).toBeGreaterThan(0);
        for (const error of response.errors ?? []) {
          expect(error.extensions).not.toHaveProperty('stacktrace');
          expect(error.message).not.toMatch(/Did you mean/);
          expect(error.message).not.toMatch(/\bat .*\.js:\d+/);
        }
      }
      const page = await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } });
      checks += 1;
      expect(await page.text()).not.toMatch(/<html/i);
    }
    // A domain error keeps its code and message, still without a trace.
    const refused = await graphqlRequest(
      product.urls.gateway,
      'mutation { login(input: { email: "nobody@example.com", password: "wrong password" }) { accessToken } }',
    );
    checks += 1;
    expect(errorCode(refused)).toBe('UNAUTHENTICATED');
    expect(refused.errors?.[0].extensions).not.toHaveProperty('stacktrace');
  });

  it('requires a CORS preflight: simple cross-site requests are refused, JSON is served', async () => {
    for (const [, url] of endpoints()) {
      const simple = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      const viaGet = await fetch(`${url}/graphql?query=%7B__typename%7D`);
      const json = await graphqlRequest(url, '{ __typename }');
      checks += 3;
      expect(simple.status).toBe(400);
      expect(await simple.text()).toMatch(/preflight/i);
      expect(viaGet.status).toBe(400);
      expect(json.data).toEqual({ __typename: 'Query' });
    }
  });

  it('refuses over-limit queries at the gateway, each with an error that names the limit', async () => {
    const limits: [string, string, RegExp][] = [
      ['depth', nested(2), /depth limit of 10/i],
      [
        'aliases',
        `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: programTargets { key }`).join(' ')} }`,
        /Aliases limit of 15/,
      ],
      ['cost', costly, /Cost limit of 5000/i],
      [
        'tokens',
        `{ ${Array.from({ length: 2100 }, () => '__typename').join(' ')} }`,
        /Token limit of 2000/,
      ],
      [
        'directives',
        `{ programTargets ${'@include(if: true) '.repeat(25)}{ key } }`,
        /Directives limit of 20/,
      ],
    ];
    const messages: Record<string, string | undefined> = {};
    for (const [limit, query, message] of limits) {
      const response = await graphqlRequest(product.urls.gateway, query);
      checks += 1;
      messages[limit] = response.errors?.[0].message;
      expect({ limit, data: response.data ?? null }).toEqual({ limit, data: null });
      expect({ limit, code: errorCode(response) }).toEqual({
        limit,
        code: 'GRAPHQL_VALIDATION_FAILED',
      });
      expect({ limit, message: messages[limit] }).toEqual({
        limit,
        message: expect.stringMatching(message),
      });
    }
    const batch = await fetch(`${product.urls.gateway}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    checks += 1;
    expect(batch.status).toBe(400);
  });
});
