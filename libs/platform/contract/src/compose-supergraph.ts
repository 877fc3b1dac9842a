import { composeServices } from '@apollo/composition';
import { buildSchema, lexicographicSortSchema, parse, printSchema } from 'graphql';

export interface SubgraphSdl {
  name: string;
  sdl: string;
}

export interface ComposedSchema {
  /** The supergraph as the gateway composes it: every type, field and owner (`@join__*`). */
  supergraphSdl: string;
  /** The schema clients see through the gateway, sorted so that it diffs line by line. */
  apiSdl: string;
}

/**
 * Composes the subgraphs exactly as the gateway does at start-up (Federation 2 composition). The
 * subgraphs are ordered by name and each gets a fixed placeholder URL, so the result depends only on
 * their schemas, never on the ports they happen to run on.
 */
export function composeSupergraph(subgraphs: readonly SubgraphSdl[]): ComposedSchema {
  const ordered = [...subgraphs].sort((a, b) => a.name.localeCompare(b.name));
  const result = composeServices(
    ordered.map(({ name, sdl }) => ({
      name,
      url: `http://${name}/graphql`,
      typeDefs: parse(sdl),
    })),
  );
  if (result.errors) {
    throw new Error(
      `the subgraphs do not compose:\n${result.errors.map((error) => `  - ${error.message}`).join('\n')}`,
    );
  }
  const api = result.schema.toAPISchema().toGraphQLJSSchema();
  return {
    supergraphSdl: withFinalNewline(result.supergraphSdl),
    apiSdl: withFinalNewline(printSchema(lexicographicSortSchema(api))),
  };
}

/** The client-facing schema of a composed supergraph, as a graphql-js schema. */
export function apiSchemaFromSdl(apiSdl: string) {
  return buildSchema(apiSdl);
}

function withFinalNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}
