import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ComposedSchema } from './compose-supergraph';
import { describeChanges, schemaChanges, type SchemaChange } from './schema-diff';

/** The committed contract, relative to the workspace root. */
export const CONTRACT_FILES = {
  supergraphSdl: join('schema', 'supergraph.graphql'),
  apiSdl: join('schema', 'api.graphql'),
} as const;

export const UPDATE_COMMAND = 'npm run schema:update';

export function readContract(workspaceRoot: string): ComposedSchema | null {
  const supergraph = join(workspaceRoot, CONTRACT_FILES.supergraphSdl);
  const api = join(workspaceRoot, CONTRACT_FILES.apiSdl);
  if (!existsSync(supergraph) || !existsSync(api)) return null;
  return { supergraphSdl: readFileSync(supergraph, 'utf8'), apiSdl: readFileSync(api, 'utf8') };
}

export function writeContract(workspaceRoot: string, composed: ComposedSchema): void {
  mkdirSync(join(workspaceRoot, 'schema'), { recursive: true });
  writeFileSync(join(workspaceRoot, CONTRACT_FILES.supergraphSdl), composed.supergraphSdl);
  writeFileSync(join(workspaceRoot, CONTRACT_FILES.apiSdl), composed.apiSdl);
}

export interface ContractComparison {
  upToDate: boolean;
  /** Changes of the client-facing schema, committed → composed. */
  changes: SchemaChange[];
  /** What differs and what to do about it; empty when up to date. */
  report: string;
}

/**
 * Compares the schema the services compose now with the committed contract. Any difference fails:
 * a change to the API must be made on purpose, by updating the committed files in the same commit.
 */
export async function compareWithContract(
  committed: ComposedSchema | null,
  composed: ComposedSchema,
): Promise<ContractComparison> {
  if (!committed) {
    return {
      upToDate: false,
      changes: [],
      report: `${CONTRACT_FILES.supergraphSdl} and ${CONTRACT_FILES.apiSdl} are missing: run "${UPDATE_COMMAND}" and commit them.`,
    };
  }
  const changes =
    committed.apiSdl === composed.apiSdl
      ? []
      : await schemaChanges(committed.apiSdl, composed.apiSdl);
  const supergraphDiffers = committed.supergraphSdl !== composed.supergraphSdl;
  const apiDiffers = committed.apiSdl !== composed.apiSdl;
  if (!supergraphDiffers && !apiDiffers) return { upToDate: true, changes, report: '' };

  const lines = ['The composed schema differs from the committed contract.'];
  if (changes.length > 0) {
    lines.push('Changes to the client-facing API:', describeChanges(changes));
  } else if (apiDiffers) {
    lines.push(`${CONTRACT_FILES.apiSdl} differs only in its text (ordering, descriptions).`);
  } else {
    lines.push(
      'The client-facing API is unchanged; only the supergraph differs (which subgraph owns or resolves what).',
    );
  }
  const breaking = changes.filter((change) => change.level === 'breaking').length;
  lines.push(
    breaking > 0
      ? `${breaking} breaking change(s) would fail existing partner clients. If that is intended, announce it, then run "${UPDATE_COMMAND}" and commit schema/.`
      : `If the change is intended, run "${UPDATE_COMMAND}" and commit schema/.`,
  );
  return { upToDate: false, changes, report: lines.join('\n') };
}
