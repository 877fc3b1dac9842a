import { join } from 'node:path';

export const SERVICE_NAMES = ['consortia', 'compute', 'gateway'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

/**
 * Preloaded into every service (`node --require`) so tracing, when OTEL_EXPORTER_OTLP_ENDPOINT is
 * set, instruments modules before the service loads them.
 */
export function tracingPreload(workspaceRoot = process.cwd()): string {
  return join(
    workspaceRoot,
    'dist',
    'libs',
    'platform',
    'observability',
    'src',
    'tracing',
    'register.js',
  );
}

/** Compiled entry point of a service (`npm run build` writes dist/ at the workspace root). */
export function serviceEntry(name: ServiceName, workspaceRoot = process.cwd()): string {
  return join(workspaceRoot, 'dist', 'apps', name, 'src', 'main.js');
}
