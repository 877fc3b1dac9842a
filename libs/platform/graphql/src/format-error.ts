import { type GraphQLFormattedError } from 'graphql';
import { ErrorCode } from './errors';

/**
 * Codes whose message is safe to show: the product's domain codes and the ones Apollo, the
 * federation gateway and graphql-armor raise for malformed requests.
 */
const PUBLIC_CODES = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.NOT_FOUND,
  ErrorCode.CONFLICT,
  ErrorCode.RATE_LIMITED,
  ErrorCode.PERSISTED_QUERY_NOT_ALLOWED,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

export interface ErrorMaskingOptions {
  /** Keep `extensions.stacktrace` (never in production). */
  exposeStacktrace: boolean;
  /** Called with every error that is masked, so it reaches the logs. */
  onMasked?: (formatted: GraphQLFormattedError, original: unknown) => void;
}

/**
 * Apollo `formatError`: domain and request errors pass with their message; anything unexpected
 * becomes a generic INTERNAL_SERVER_ERROR so no internals (SQL, stack, paths) reach the caller.
 */
export function maskErrors(options: ErrorMaskingOptions) {
  return (formatted: GraphQLFormattedError, original: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PUBLIC_CODES.has(code)) {
      if (options.exposeStacktrace) return formatted;
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    options.onMasked?.(formatted, original);
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        code: ErrorCode.INTERNAL_SERVER_ERROR,
        ...(options.exposeStacktrace ? { stacktrace: formatted.extensions?.stacktrace } : {}),
      },
    };
  };
}
