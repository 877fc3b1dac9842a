import { parse, OperationTypeNode, type OperationDefinitionNode } from 'graphql';
import {
  operationHash,
  type PersistedOperation,
  type PersistedOperationManifest,
} from '@vcp/platform/graphql';

/** The partner documentation and the safelist generated from it, relative to the workspace root. */
export const PARTNER_DOCS = 'docs/partner-api.md';
export const PARTNER_OPERATIONS_MANIFEST = 'schema/partner-operations.json';

export interface FencedBlock {
  language: string;
  /** `key=value` words after the language on the opening fence. */
  attributes: Record<string, string>;
  body: string;
}

/** The fenced code blocks of a Markdown text, with the attributes of their opening fence. */
export function fencedBlocks(markdown: string): FencedBlock[] {
  const blocks: FencedBlock[] = [];
  for (const match of markdown.matchAll(/^```(\w+)([^\n]*)\n([\s\S]*?)^```[ \t]*$/gm)) {
    const attributes = Object.fromEntries(
      match[2]
        .trim()
        .split(/\s+/)
        .filter((word) => word.includes('='))
        .map((word) => [word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)]),
    );
    blocks.push({ language: match[1], attributes, body: match[3].replace(/\n$/, '') });
  }
  return blocks;
}

export interface DocumentedOperation {
  name: string;
  type: PersistedOperation['type'];
  /** The scope a client needs (GraphQL enum value), or null when none is (e.g. issueClientToken). */
  scope: string | null;
  body: string;
  variables: Record<string, unknown>;
  /** The documented answer, when the documentation shows one. */
  response: unknown;
}

/**
 * The operations the documentation publishes: ```` ```graphql operation=Name scope=SCOPE ````
 * blocks, each optionally followed by ```` ```json variables=Name ```` and ```` ```json response=Name ````.
 */
export function documentedOperations(markdown: string): DocumentedOperation[] {
  const blocks = fencedBlocks(markdown);
  const json = (kind: 'variables' | 'response', name: string): unknown => {
    const block = blocks.find((candidate) => candidate.attributes[kind] === name);
    return block ? JSON.parse(block.body) : undefined;
  };
  return blocks
    .filter((block) => block.language === 'graphql' && block.attributes.operation)
    .map((block) => {
      const name = block.attributes.operation;
      const definitions = parse(block.body).definitions.filter(
        (definition): definition is OperationDefinitionNode =>
          definition.kind === 'OperationDefinition',
      );
      if (definitions.length !== 1 || definitions[0].name?.value !== name) {
        throw new Error(
          `${PARTNER_DOCS}: block ${name} must hold exactly one operation named ${name}`,
        );
      }
      return {
        name,
        type: operationType(definitions[0].operation),
        scope: block.attributes.scope ?? null,
        body: block.body,
        variables: (json('variables', name) as Record<string, unknown> | undefined) ?? {},
        response: json('response', name),
      };
    });
}

function operationType(operation: OperationTypeNode): PersistedOperation['type'] {
  switch (operation) {
    case OperationTypeNode.QUERY:
      return 'query';
    case OperationTypeNode.MUTATION:
      return 'mutation';
    case OperationTypeNode.SUBSCRIPTION:
      return 'subscription';
  }
}

/** The safelist manifest of the documented operations, sorted by name so that it diffs well. */
export function partnerOperationManifest(
  operations: readonly DocumentedOperation[],
): PersistedOperationManifest {
  return {
    format: 'apollo-persisted-query-manifest',
    version: 1,
    operations: [...operations]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map(({ name, type, body }) => ({ id: operationHash(body), name, type, body })),
  };
}

export function manifestText(manifest: PersistedOperationManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
