import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { createValidationPipe } from '@vcp/platform/graphql';
import { exitOnStartupError, listen } from '@vcp/platform/observability';
import { ComputeAppModule } from './app.module';
import { computeConfig } from './compute.config';

export async function createComputeApp(): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(ComputeAppModule, {
    bufferLogs: true,
  });
  app.set('trust proxy', 'loopback, linklocal, uniquelocal');
  app.useGlobalPipes(createValidationPipe());
  return app;
}

if (require.main === module) {
  createComputeApp()
    .then((app) => listen(app, app.get<{ port: number }>(computeConfig.KEY).port, 'compute'))
    .catch(exitOnStartupError('compute'));
}
