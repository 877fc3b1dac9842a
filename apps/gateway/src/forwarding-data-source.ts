import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { type GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { type FetcherResponse } from '@apollo/utils.fetcher';
import { ErrorCode, RateLimitedError } from '@vcp/platform/graphql';
import type { Request } from 'express';
import { type RateLimitRelay } from './rate-limit-relay';

/** Headers a subgraph needs to verify the caller itself and keep the request trail. */
const FORWARDED_HEADERS = ['authorization', 'x-api-key'] as const;

export interface GatewayContext {
  req?: Request;
  /** The subgraphs' rate-limit answers for this request. */
  rateLimits?: RateLimitRelay;
}

type DidReceiveResponse = Parameters<
  NonNullable<RemoteGraphQLDataSource<GatewayContext>['didReceiveResponse']>
>[0];

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

  override didReceiveResponse({ response, context }: DidReceiveResponse): GatewayGraphQLResponse {
    if (response.http) context.rateLimits?.record(response.http.headers);
    return response;
  }

  /** A refused (429) answer still reports the allowance it ran into. */
  override didEncounterError(
    error: Error,
    fetchRequest: Parameters<RemoteGraphQLDataSource['didEncounterError']>[1],
    fetchResponse?: FetcherResponse,
    context?: GatewayContext,
  ): void {
    if (fetchResponse) context?.rateLimits?.record(fetchResponse.headers);
    super.didEncounterError(error, fetchRequest, fetchResponse, context);
  }

  /** A subgraph's 429 stays a RATE_LIMITED error with its message, not an opaque failure. */
  override async errorFromResponse(response: FetcherResponse) {
    if (response.status === 429) {
      const body = (await response.json().catch(() => ({}))) as {
        errors?: { message?: string; extensions?: { code?: string; retryAfterSeconds?: number } }[];
      };
      const refusal = body.errors?.find(
        (error) => error.extensions?.code === ErrorCode.RATE_LIMITED,
      );
      if (refusal?.message) {
        return new RateLimitedError(refusal.message, refusal.extensions?.retryAfterSeconds ?? 1);
      }
    }
    return super.errorFromResponse(response);
  }
}
