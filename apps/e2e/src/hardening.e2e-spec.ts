import { errorCode, graphqlRequest } from '@vcp/platform/testing';
import { gateway, gatewayUrl, People } from './support';

describe('GraphQL hardening at the gateway', () => {
  it('blocks a simple cross-site request (CSRF prevention)', async () => {
    const response = await fetch(`${gatewayUrl()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(400);
    const get = await fetch(`${gatewayUrl()}/graphql?query=%7B__typename%7D`);
    expect(get.status).toBe(400);
  });

  it('refuses batched HTTP arrays', async () => {
    const response = await fetch(`${gatewayUrl()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(response.status).toBe(400);
  });

  it('refuses too many aliases with a clear validation error', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: programTargets { key }`).join(' ');
    const response = await gateway(`{ ${aliases} }`);
    expect(errorCode(response)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0].message).toMatch(/Aliases limit of 15 exceeded, found 20/);
  });

  it('refuses an oversized query by its token count', async () => {
    const fields = Array.from({ length: 2500 }, () => '__typename').join(' ');
    const response = await gateway(`{ ${fields} }`);
    expect(errorCode(response)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0].message).toMatch(/Token limit of 2000 exceeded/);
  });

  it('answers health checks and echoes the request id for tracing', async () => {
    const live = await fetch(`${gatewayUrl()}/health/live`);
    expect(live.status).toBe(200);
    const ready = await fetch(`${gatewayUrl()}/health/ready`, {
      headers: { 'x-request-id': 'trace-123' },
    });
    expect(ready.status).toBe(200);
    expect(ready.headers.get('x-request-id')).toBe('trace-123');
    expect(await ready.json()).toMatchObject({
      status: 'ok',
      info: { consortia: { status: 'up' }, compute: { status: 'up' } },
    });
  });

  it("passes on a subgraph's refusal of input only it can check (a malformed UUID) as BAD_USER_INPUT", async () => {
    const people = await People.open();
    const { accessToken } = await people.signedIn().finally(() => people.close());
    const response = await gateway('mutation ($id: UUID!) { acceptInvitation(id: $id) { id } }', {
      token: accessToken,
      variables: { id: 'not-a-uuid' },
    });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toMatch(/UUID/);
  });

  it('keeps the request helper honest: a plain query through the gateway works', async () => {
    const response = await graphqlRequest(gatewayUrl(), '{ __typename }');
    expect(response.data).toEqual({ __typename: 'Query' });
  });
});
