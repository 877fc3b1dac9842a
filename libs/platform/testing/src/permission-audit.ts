import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const RESOLVER_TYPE_METADATA = 'graphql:resolver_type';
const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);
type Class = abstract new (...args: never[]) => unknown;

function resolverFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return resolverFiles(path);
    return entry.name.endsWith('.resolver.ts') ? [path] : [];
  });
}

/** Every class exported from the `*.resolver.ts` files under a folder. */
export function loadResolverClasses(folder: string): Class[] {
  return resolverFiles(folder).flatMap((file) =>
    Object.values(require(file) as Record<string, unknown>).filter(
      (value): value is Class => typeof value === 'function',
    ),
  );
}

/**
 * `Class.method` for each query, mutation or subscription that carries none of the permission
 * metadata keys (on the method or its class).
 */
export function undeclaredOperations(
  classes: Class[],
  permissionKeys: readonly string[],
): string[] {
  const declared = (target: object) =>
    permissionKeys.some((key) => Reflect.getMetadata(key, target) !== undefined);
  return classes.flatMap((cls) =>
    Object.getOwnPropertyNames(cls.prototype)
      .filter((name) => name !== 'constructor')
      .filter((name) => {
        const method = (cls.prototype as Record<string, unknown>)[name];
        return (
          typeof method === 'function' &&
          ROOT_TYPES.has(Reflect.getMetadata(RESOLVER_TYPE_METADATA, method) as string)
        );
      })
      .filter(
        (name) => !declared((cls.prototype as Record<string, object>)[name]) && !declared(cls),
      )
      .map((name) => `${cls.name}.${name}`),
  );
}

/** Number of root operations found, so a test can tell it looked at something. */
export function countOperations(classes: Class[]): number {
  return classes.reduce(
    (count, cls) =>
      count +
      Object.getOwnPropertyNames(cls.prototype).filter((name) => {
        const method = (cls.prototype as Record<string, unknown>)[name];
        return (
          typeof method === 'function' &&
          ROOT_TYPES.has(Reflect.getMetadata(RESOLVER_TYPE_METADATA, method) as string)
        );
      }).length,
    0,
  );
}
