import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { LedgerService } from '@vcp/compute/ledger';
import { computeConfig, type ComputeConfig } from '../compute.config';

/**
 * Moves what is left of lapsed credit grants to the expired account, every few minutes. Each lot
 * moves under its own idempotency key, so replicas running it at the same time move it once.
 */
@Injectable()
export class CreditExpiryJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(CreditExpiryJob.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly ledger: LedgerService,
    @Inject(computeConfig.KEY) private readonly config: ComputeConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.creditExpiryIntervalSeconds === 0) return;
    this.timer = setInterval(() => void this.run(), this.config.creditExpiryIntervalSeconds * 1000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** One pass; a pass still running is not started again. */
  run(): Promise<void> {
    this.running ??= this.ledger
      .expireDue()
      .then((moved) => {
        if (moved > 0) this.logger.log(`Moved ${moved} expired credits to the expired account`);
      })
      .catch((error: unknown) => this.logger.error(`Credit expiry failed: ${String(error)}`))
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }
}
