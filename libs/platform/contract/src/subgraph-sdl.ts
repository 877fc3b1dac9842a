import { type SubgraphSdl } from './compose-supergraph';

/**
 * Reads a running subgraph's own schema through the federation `_service` field, the same way the
 * gateway does when it composes.
 */
export async function fetchSubgraphSdl(name: string, baseUrl: string): Promise<SubgraphSdl> {
  const response = await fetch(`${baseUrl.replace(/\/+$/, '')}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ _service { sdl } }' }),
  });
  const body = (await response.json()) as {
    data?: { _service?: { sdl?: string } };
    errors?: unknown[];
  };
  const sdl = body.data?._service?.sdl;
  if (!sdl) {
    throw new Error(`${name} at ${baseUrl} returned no schema: ${JSON.stringify(body.errors)}`);
  }
  return { name, sdl };
}
