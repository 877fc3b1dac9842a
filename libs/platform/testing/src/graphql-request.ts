export interface GraphQLResponse<TData = Record<string, unknown>> {
  status: number;
  data?: TData | null;
  errors?: {
    message: string;
    path?: string[];
    extensions?: { code?: string; [key: string]: unknown };
  }[];
  headers: Headers;
}

export interface GraphQLRequestOptions {
  variables?: Record<string, unknown>;
  /** Bearer access token. */
  token?: string;
  /** x-api-key header value. */
  apiKey?: string;
  headers?: Record<string, string>;
  /** Aborts the request, e.g. `AbortSignal.timeout(ms)`. */
  signal?: AbortSignal;
}

/** The one way tests talk GraphQL: a real HTTP POST, as a browser or partner system would send it. */
export async function graphqlRequest<TData = Record<string, unknown>>(
  url: string,
  query: string,
  options: GraphQLRequestOptions = {},
): Promise<GraphQLResponse<TData>> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    ...options.headers,
  };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.apiKey) headers['x-api-key'] = options.apiKey;
  const response = await fetch(url.endsWith('/graphql') ? url : `${url}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables: options.variables ?? {} }),
    signal: options.signal,
  });
  const text = await response.text();
  let body: { data?: TData | null; errors?: GraphQLResponse['errors'] } = {};
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    body = { errors: [{ message: text }] };
  }
  return {
    status: response.status,
    data: body.data,
    errors: body.errors,
    headers: response.headers,
  };
}

/** The `extensions.code` of the first error, for assertions. */
export const errorCode = (response: GraphQLResponse<unknown>): string | undefined =>
  response.errors?.[0]?.extensions?.code;
