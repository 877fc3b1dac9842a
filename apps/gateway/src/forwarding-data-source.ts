import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Request } from 'express';

/** Headers a subgraph needs to verify the caller itself and keep the request trail. */
const FORWARDED_HEADERS = ['authorization', 'x-api-key'] as const;

export interface GatewayContext {
  req?: Request;
}

/**
 * Passes the caller's credentials through untouched: each subgraph verifies them, so a subgraph
 * never relies on the gateway having checked anything.
 */
export class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const incoming = context.req;
    if (!incoming || !request.http) return;
    for (const name of FORWARDED_HEADERS) {
      const value = incoming.headers[name];
      if (typeof value === 'string') request.http.headers.set(name, value);
    }
    // The id the gateway logs under (the caller's, if acceptable, else one it made up), so every
    // service's log lines for this request carry the same id.
    const requestId =
      (incoming as Request & { id?: unknown }).id ?? incoming.headers['x-request-id'];
    if (typeof requestId === 'string') request.http.headers.set('x-request-id', requestId);
    if (incoming.ip) request.http.headers.set('x-forwarded-for', incoming.ip);
    // The gateway's own requests to subgraphs are not browser requests; satisfy CSRF prevention.
    request.http.headers.set('apollo-require-preflight', 'true');
  }
}
