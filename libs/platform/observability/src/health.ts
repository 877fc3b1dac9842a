import {
  Controller,
  type DynamicModule,
  Get,
  Inject,
  type InjectionToken,
  Module,
  type Provider,
} from '@nestjs/common';
import {
  HealthCheck,
  HealthCheckError,
  HealthCheckService,
  type HealthIndicatorResult,
  TerminusModule,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import { Public } from '@vcp/platform/auth';
import { isDraining } from './shutdown';

export type ReadinessCheck = () => Promise<HealthIndicatorResult>;

/** Unready from the moment a stop signal arrives, so load balancers send no new requests. */
const shuttingDown: ReadinessCheck = () => {
  const result: HealthIndicatorResult = { shutdown: { status: isDraining() ? 'down' : 'up' } };
  return isDraining()
    ? Promise.reject(new HealthCheckError('shutting down', result))
    : Promise.resolve(result);
};
const READINESS_CHECKS = Symbol('READINESS_CHECKS');

@Public()
@Controller('health')
class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    @Inject(READINESS_CHECKS) private readonly checks: ReadinessCheck[],
  ) {}

  /** The process is up and serving HTTP. */
  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  /** The process can do its work: its dependencies answer, and it is not shutting down. */
  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([...this.checks, shuttingDown]);
  }
}

/** `/health/live` and `/health/ready` (terminus). */
@Module({})
export class HealthModule {
  /** For subgraphs: ready when PostgreSQL answers. */
  static withDatabase(): DynamicModule {
    const checks: Provider = {
      provide: READINESS_CHECKS,
      inject: [TypeOrmHealthIndicator],
      useFactory: (db: TypeOrmHealthIndicator): ReadinessCheck[] => [
        () => db.pingCheck('database', { timeout: 1500 }),
      ],
    };
    return {
      module: HealthModule,
      imports: [TerminusModule],
      controllers: [HealthController],
      providers: [checks],
    };
  }

  /** For services whose readiness depends on others, e.g. the gateway on its subgraphs. */
  static withChecks(factory: {
    inject: InjectionToken[];
    useFactory: (...args: never[]) => ReadinessCheck[];
  }): DynamicModule {
    return {
      module: HealthModule,
      imports: [TerminusModule],
      controllers: [HealthController],
      providers: [{ ...factory, provide: READINESS_CHECKS }],
    };
  }
}
