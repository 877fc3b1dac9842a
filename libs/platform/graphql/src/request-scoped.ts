const perRequest = new WeakMap<object, Map<string, unknown>>();

/**
 * One instance per request and key (DataLoaders, the caller's access profile), without making
 * resolvers request-scoped: the value lives as long as the request object does.
 */
export function requestScoped<T>(request: object, key: string, create: () => T): T {
  let values = perRequest.get(request);
  if (!values) {
    values = new Map();
    perRequest.set(request, values);
  }
  if (!values.has(key)) values.set(key, create());
  return values.get(key) as T;
}
