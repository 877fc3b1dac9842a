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
