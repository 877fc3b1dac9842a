import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { LedgerService } from '@vcp/compute/ledger';
import { ReservationsService, UsageService } from '@vcp/compute/reservations';
import { computeConfig, type ComputeConfig } from '../compute.config';

/**
 * The credit exchange's clockwork, every few minutes: lapsed credit grants move to the expired
 * account, unconfirmed holds lapse and free their slots, confirmed reservations without usage
 * become no-shows (their credits forfeited) and finished ones complete. Every step is idempotent,
 * so replicas running it at the same time do each thing once.
 */
@Injectable()
export class ComputeHousekeepingJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ComputeHousekeepingJob.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly ledger: LedgerService,
    private readonly reservations: ReservationsService,
    private readonly usage: UsageService,
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
    this.running ??= this.pass()
      .catch((error: unknown) => this.logger.error(`Housekeeping failed: ${String(error)}`))
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  private async pass(): Promise<void> {
    const expired = await this.ledger.expireDue();
    const lapsed = await this.reservations.lapseHolds();
    const { noShows, completed } = await this.usage.sweep();
    if (expired || lapsed || noShows || completed) {
      this.logger.log(
        `Expired ${expired} credits; lapsed ${lapsed} holds; ${noShows} no-shows; ${completed} reservations completed`,
      );
    }
  }
}
