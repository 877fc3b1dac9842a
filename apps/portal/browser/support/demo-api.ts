import { type DemoRole, portalUrl } from './portal-browser';

/** A GraphQL call through the gateway as one demo account, for a test's setup beside the UI. */
export type DemoApi = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

async function post<T>(
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<T> {
  const response = await fetch(portalUrl('/graphql'), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      // The gateway refuses simple cross-site POSTs; a browser page would send this too.
      'apollo-require-preflight': 'true',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    data?: T;
    errors?: { message: string; extensions?: { code?: string; serviceName?: string } }[];
  };
  // The code and the subgraph say where a failed setup step broke (the message may be masked).
  if (body.errors?.length)
    throw new Error(
      `${query.split('{')[0]?.trim() ?? 'request'} (HTTP ${response.status}): ${body.errors
        .map((e) => `${e.message} [${e.extensions?.code ?? ''} ${e.extensions?.serviceName ?? ''}]`)
        .join(' ')}`,
    );
  return body.data as T;
}

/** Signs a demo account in over the API (`<role>@demo.vcp.kr`) and returns its GraphQL caller. */
export async function demoApi(role: DemoRole): Promise<DemoApi> {
  const password = process.env.VCP_DEMO_PASSWORD;
  if (!password)
    throw new Error('VCP_DEMO_PASSWORD is not set: the browser global setup did not run');
  const { login } = await post<{ login: { accessToken: string } }>(
    `mutation DemoLogin($input: LoginInput!) { login(input: $input) { accessToken } }`,
    { input: { email: `${role}@demo.vcp.kr`, password } },
  );
  return (query, variables = {}) => post(query, variables, login.accessToken);
}
