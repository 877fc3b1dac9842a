import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { exitOnStartupError, listen } from '@vcp/platform/observability';
import { GatewayAppModule } from './app.module';
import { gatewayConfig, type GatewayConfig } from './gateway.config';
import { servePortal } from './portal/serve-portal';
import { waitForSubgraphs } from './wait-for-subgraphs';

export async function createGatewayApp(): Promise<NestExpressApplication> {
  const config = gatewayConfig() as GatewayConfig;
  await waitForSubgraphs(config.subgraphs);
  const app = await NestFactory.create<NestExpressApplication>(GatewayAppModule, {
    bufferLogs: true,
  });
  app.set('trust proxy', 'loopback, linklocal, uniquelocal');
  if (!servePortal(app, config.portalDir))
    Logger.warn(
      `No portal at ${config.portalDir} (run "npm run build"); serving the API only.`,
      'Gateway',
    );
  return app;
}

if (require.main === module) {
  createGatewayApp()
    .then((app) => listen(app, app.get<GatewayConfig>(gatewayConfig.KEY).port, 'gateway'))
    .catch(exitOnStartupError('gateway'));
}
