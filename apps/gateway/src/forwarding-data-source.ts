import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { type GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { type FetcherResponse } from '@apollo/utils.fetcher';
import { ErrorCode, RateLimitedError } from '@vcp/platform/graphql';
import type { Request } from 'express';
import { GraphQLError } from 'graphql';
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

  /**
   * A subgraph's refusal keeps its code and message: a 429 stays RATE_LIMITED, and a 400 for input
   * the subgraph's own scalars reject (a UUID, a date; the gateway cannot check those) stays
   * BAD_USER_INPUT instead of becoming an opaque failure of the subgraph.
   */
  override async errorFromResponse(response: FetcherResponse) {
    const refusal = firstError(await response.text().catch(() => ''));
    const code = refusal?.extensions?.code;
    if (refusal?.message && code === ErrorCode.RATE_LIMITED) {
      return new RateLimitedError(refusal.message, refusal.extensions?.retryAfterSeconds ?? 1);
    }
    if (refusal?.message && typeof code === 'string') {
      return new GraphQLError(refusal.message, { extensions: { ...refusal.extensions, code } });
    }
    return new GraphQLError(`${response.status}: ${response.statusText}`, {
      extensions: { response: { status: response.status } },
    });
  }
}

interface SubgraphError {
  message?: string;
  extensions?: { code?: unknown; retryAfterSeconds?: number; [key: string]: unknown };
}

function firstError(body: string): SubgraphError | undefined {
  try {
    const parsed = JSON.parse(body) as { errors?: SubgraphError[] };
    return Array.isArray(parsed.errors) ? parsed.errors[0] : undefined;
  } catch {
    return undefined;
  }
}
