import { lazy, type ComponentType } from 'react';

/**
 * A screen loaded on its first visit, so a person downloads only the screens of their own role
 * (and the charting library only with the screens that plot).
 */
export function lazyPage<Module extends Record<string, unknown>>(
  load: () => Promise<Module>,
  exportName: keyof Module & string,
) {
  return lazy(async () => ({ default: (await load())[exportName] as ComponentType }));
}
