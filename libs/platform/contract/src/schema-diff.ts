import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

export type ChangeLevel = 'breaking' | 'dangerous' | 'safe';

export interface SchemaChange {
  level: ChangeLevel;
  /** Schema coordinate of the change, e.g. `Query.consortia`. */
  path: string | null;
  message: string;
}

const LEVELS: Record<CriticalityLevel, ChangeLevel> = {
  [CriticalityLevel.Breaking]: 'breaking',
  [CriticalityLevel.Dangerous]: 'dangerous',
  [CriticalityLevel.NonBreaking]: 'safe',
};

/**
 * The changes from one client-facing schema to the next, each classified for existing clients:
 * breaking (a query that worked fails), dangerous (it still validates but may behave differently,
 * e.g. a new enum value) or safe.
 */
export async function schemaChanges(before: string, after: string): Promise<SchemaChange[]> {
  const changes = await diff(buildSchema(before), buildSchema(after));
  return changes.map((change) => ({
    level: LEVELS[change.criticality.level],
    path: change.path ?? null,
    message: change.message,
  }));
}

/** A report of the changes grouped by level, breaking first. */
export function describeChanges(changes: readonly SchemaChange[]): string {
  const sections: string[] = [];
  for (const level of ['breaking', 'dangerous', 'safe'] as const) {
    const ofLevel = changes.filter((change) => change.level === level);
    if (ofLevel.length === 0) continue;
    sections.push(
      `${level} (${ofLevel.length}):\n${ofLevel.map((change) => `  - ${change.message}`).join('\n')}`,
    );
  }
  return sections.join('\n');
}
