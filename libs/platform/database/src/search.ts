/**
 * `%term%` for ILIKE with LIKE's wildcards escaped, so a search for "50%" means the text. With a
 * pg_trgm GIN index on the column PostgreSQL answers it from the index.
 */
export function containsPattern(term: string): string {
  return `%${term.trim().replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
