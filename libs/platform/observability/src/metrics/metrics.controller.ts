import { timingSafeEqual } from 'node:crypto';
import {
  Controller,
  Get,
  Headers,
  Inject,
  NotFoundException,
  Res,
  UnauthorizedException,
} from '@nestjs/common';
import { Public } from '@vcp/platform/auth';
import type { Response } from 'express';
import { metricsConfig, type MetricsConfig } from './metrics.config';
import { SERVICE_METRICS } from './metrics.tokens';
import { type ServiceMetrics } from './service-metrics';

/** Whether a scrape may read the metrics: the configured bearer token, if one is set. */
export function scrapeAllowed(config: MetricsConfig, authorization: string | undefined): boolean {
  if (!config.enabled) return false;
  if (config.token === null) return true;
  const expected = Buffer.from(`Bearer ${config.token}`);
  const given = Buffer.from(authorization ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Prometheus text format at `/metrics`. */
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(
    @Inject(SERVICE_METRICS) private readonly metrics: ServiceMetrics,
    @Inject(metricsConfig.KEY) private readonly config: MetricsConfig,
  ) {}

  @Get()
  async scrape(
    @Headers('authorization') authorization: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    if (!this.config.enabled) throw new NotFoundException();
    if (!scrapeAllowed(this.config, authorization)) {
      throw new UnauthorizedException('Send the metrics token as a bearer token.');
    }
    response.setHeader('content-type', this.metrics.contentType);
    response.send(await this.metrics.render());
  }
}
