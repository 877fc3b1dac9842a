import { join } from 'node:path';
import { IsOptional, IsString, IsUrl } from 'class-validator';
import { defineConfig, OptionalPortEnv } from '@vcp/platform/config';

const urlOptions = { require_tld: false, require_protocol: true, protocols: ['http', 'https'] };

class GatewayEnv {
  @OptionalPortEnv('GATEWAY_PORT')
  GATEWAY_PORT?: number;

  @IsOptional()
  @IsUrl(urlOptions, {
    message: 'CONSORTIA_URL must be the consortia subgraph base URL, e.g. http://localhost:4001',
  })
  CONSORTIA_URL?: string;

  @IsOptional()
  @IsUrl(urlOptions, {
    message: 'COMPUTE_URL must be the compute subgraph base URL, e.g. http://localhost:4002',
  })
  COMPUTE_URL?: string;

  @IsOptional()
  @IsString()
  PORTAL_DIR?: string;
}

export interface SubgraphEndpoint {
  name: string;
  /** Base URL; GraphQL is at `/graphql`, readiness at `/health/ready`. */
  baseUrl: string;
}

export interface GatewayConfig {
  port: number;
  subgraphs: SubgraphEndpoint[];
  /** The built portal (`vite build` output) served at `/`. */
  portalDir: string;
}

const trimSlash = (url: string) => url.replace(/\/+$/, '');

export const gatewayConfig = defineConfig('gateway', GatewayEnv, (env): GatewayConfig => ({
  port: env.GATEWAY_PORT ?? 4000,
  subgraphs: [
    { name: 'consortia', baseUrl: trimSlash(env.CONSORTIA_URL ?? 'http://localhost:4001') },
    { name: 'compute', baseUrl: trimSlash(env.COMPUTE_URL ?? 'http://localhost:4002') },
  ],
  // dist/apps/gateway/src → dist/apps/portal, where the build writes the portal.
  portalDir: env.PORTAL_DIR ?? join(__dirname, '..', '..', 'portal'),
}));
