import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { createValidationPipe } from '@vcp/platform/graphql';
import { exitOnStartupError, listen } from '@vcp/platform/observability';
import { ConsortiaAppModule } from './app.module';
import { consortiaConfig } from './consortia.config';

export async function createConsortiaApp(): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(ConsortiaAppModule, {
    bufferLogs: true,
  });
  // Only proxies on this host or a private network (the gateway) may state the client's address.
  app.set('trust proxy', 'loopback, linklocal, uniquelocal');
  app.useGlobalPipes(createValidationPipe());
  return app;
}

if (require.main === module) {
  createConsortiaApp()
    .then((app) => listen(app, app.get<{ port: number }>(consortiaConfig.KEY).port, 'consortia'))
    .catch(exitOnStartupError('consortia'));
}
