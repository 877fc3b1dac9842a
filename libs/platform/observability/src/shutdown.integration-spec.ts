import { EventEmitter } from 'node:events';
import { Controller, Get, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken, InjectDataSource } from '@nestjs/typeorm';
import { DatabaseModule } from '@vcp/platform/database';
import { type DataSource } from 'typeorm';
import { HealthModule } from './health';
import { drainOnSignals } from './shutdown';

@Controller('slow')
class SlowController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** A request that holds a database connection for a while. */
  @Get()
  async slow(): Promise<{ slept: boolean }> {
    await this.db.query('SELECT pg_sleep(0.8)');
    return { slept: true };
  }
}

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true }),
    DatabaseModule.forRoot({ applicationName: 'shutdown-test' }),
    HealthModule.withChecks({ inject: [], useFactory: () => [] }),
  ],
  controllers: [SlowController],
})
class SlowServiceModule {}

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function startService(settings: { delayMs: number; timeoutMs: number }) {
  const app = await NestFactory.create(SlowServiceModule, { logger: false });
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const signals = new EventEmitter();
  const exitCode = new Promise<number>((resolve) =>
    drainOnSignals(app, 'test', settings, resolve, signals),
  );
  return { app, url, signals, exitCode };
}

describe('graceful shutdown (real HTTP server and PostgreSQL pool)', () => {
  it('turns unready, lets an in-flight request finish, refuses new connections, closes the pool, exits 0', async () => {
    const { app, url, signals, exitCode } = await startService({ delayMs: 300, timeoutMs: 10_000 });
    expect((await fetch(`${url}/health/ready`)).status).toBe(200);

    const inFlight = fetch(`${url}/slow`);
    await pause(150);
    signals.emit('SIGTERM');
    const ready = await fetch(`${url}/health/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ error: { shutdown: { status: 'down' } } });

    const finished = await inFlight;
    expect(finished.status).toBe(200);
    expect(await finished.json()).toEqual({ slept: true });
    expect(await exitCode).toBe(0);
    await expect(fetch(`${url}/health/live`)).rejects.toThrow();
    expect(app.get<DataSource>(getDataSourceToken()).isInitialized).toBe(false);
  });

  it('cuts requests still running at the timeout and exits 1', async () => {
    const { url, signals, exitCode } = await startService({ delayMs: 0, timeoutMs: 200 });
    const inFlight = fetch(`${url}/slow`).then(
      (response) => response.status,
      () => 'cut',
    );
    await pause(100);
    signals.emit('SIGTERM');
    expect(await inFlight).toBe('cut');
    expect(await exitCode).toBe(1);
  });
});
