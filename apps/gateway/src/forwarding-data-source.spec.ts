import type { Request } from 'express';
import { ForwardingDataSource } from './forwarding-data-source';

function forwarded(incoming: Partial<Request> & { id?: string }): Headers {
  const headers = new Headers();
  const source = new ForwardingDataSource({ url: 'http://subgraph.invalid/graphql' });
  source.willSendRequest({
    request: { http: { headers, method: 'POST', url: 'http://subgraph.invalid/graphql' } },
    context: { req: incoming as Request },
  } as unknown as Parameters<ForwardingDataSource['willSendRequest']>[0]);
  return headers;
}

describe('forwarding to subgraphs', () => {
  it('passes the caller’s credentials through untouched', () => {
    const headers = forwarded({
      headers: { authorization: 'Bearer abc', 'x-api-key': 'id.secret' },
    });
    expect(headers.get('authorization')).toBe('Bearer abc');
    expect(headers.get('x-api-key')).toBe('id.secret');
  });

  it('sends the request id the gateway logs under, even one it made up', () => {
    expect(forwarded({ headers: {}, id: 'made-up-1' }).get('x-request-id')).toBe('made-up-1');
    expect(
      forwarded({ headers: { 'x-request-id': 'trace-9' }, id: 'trace-9' }).get('x-request-id'),
    ).toBe('trace-9');
  });
});

describe('a subgraph that refuses a request', () => {
  const source = new ForwardingDataSource({ url: 'http://subgraph.invalid/graphql' });
  const refused = (status: number, body: unknown) =>
    source.errorFromResponse(
      new Response(typeof body === 'string' ? body : JSON.stringify(body), {
        status,
        statusText: 'Refused',
      }) as unknown as Parameters<ForwardingDataSource['errorFromResponse']>[0],
    );

  it('keeps the code and message of input only the subgraph could check (its scalars)', async () => {
    const message = 'Variable "$id" got invalid value ""; Value is not a valid UUID: ';
    const error = await refused(400, {
      errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }],
    });
    expect(error.message).toBe(message);
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('keeps a rate-limit refusal with its waiting time', async () => {
    const error = await refused(429, {
      errors: [{ message: 'Too many', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 7 } }],
    });
    expect(error.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 7 });
  });

  it('gives no code (so the caller sees an internal error) when the answer is not GraphQL', async () => {
    const error = await refused(502, '<html>Bad gateway</html>');
    expect(error.message).toBe('502: Refused');
    expect(error.extensions.code).toBeUndefined();
  });
});
