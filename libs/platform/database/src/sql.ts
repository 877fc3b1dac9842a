/**
 * `%term%` for ILIKE with LIKE's wildcards escaped, so a search for "50%" means the text. With a
 * pg_trgm GIN index on the column PostgreSQL answers it from the index.
 */
export function containsPattern(term: string): string {
  return `%${term.trim().replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/**
 * The rows an UPDATE or DELETE ... RETURNING gave back. TypeORM's `query` answers those two with
 * `[rows, affected]` (and an INSERT with the rows alone), so callers never read the pair by mistake.
 */
export function returnedRows<T>(result: unknown): T[] {
  if (
    Array.isArray(result) &&
    result.length === 2 &&
    Array.isArray(result[0]) &&
    typeof result[1] === 'number'
  ) {
    return result[0] as T[];
  }
  return Array.isArray(result) ? (result as T[]) : [];
}
