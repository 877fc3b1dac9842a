import { randomUUID } from 'node:crypto';
import { type TestingModule } from '@nestjs/testing';
import { ApiScope, AuthModule, IdentityModule } from '@vcp/platform/auth';
import { createIntegrationModule } from '@vcp/platform/testing';
import { WebhookEventType } from './event-types';
import { EventsModule } from './events.module';
import { WebhookReceiver } from './test/webhook-receiver';
import { WebhookFixture } from './test/webhook-fixture';
import { WebhooksModule } from './webhooks.module';

// The dispatchers here are started by the test, never by the module's own timer.
process.env.WEBHOOK_DISPATCH_INTERVAL_MS = '0';

const EVENTS = 120;
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('reliability: a webhook receiver that is down for a while still gets every event', () => {
  let module: TestingModule;
  let fx: WebhookFixture;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    module = await createIntegrationModule([
      AuthModule,
      IdentityModule,
      EventsModule,
      WebhooksModule,
    ]);
    fx = new WebhookFixture(module);
  });
  afterAll(async () => {
    await fx.stopDispatchers();
    await receiver?.stop();
    await module.close();
  });

  it('refusing connections, then answering 503, across a dispatcher crash and restart: every event arrives once it is back', async () => {
    const organizationId = randomUUID();
    const partner = await fx.partner([ApiScope.COMPUTE_READ], organizationId);
    let secret = '';
    receiver = new WebhookReceiver(() => secret);
    await receiver.start();
    const { subscription, secret: issued } = await fx.subscriptions.create(
      { url: receiver.url, eventTypes: [WebhookEventType.CREDITS_GRANTED] },
      partner,
    );
    secret = issued;
    // Short waits so the test takes seconds, not the production schedule's hours.
    const fast = {
      dispatchIntervalMs: 50,
      baseDelayMs: 100,
      maxDelayMs: 800,
      maxAttempts: 100,
      leaseMs: 1500,
      timeoutMs: 1000,
    };

    // The receiver is down: connections are refused. Events keep happening meanwhile.
    await receiver.set({ kind: 'down' });
    const first = fx.dispatcher(fast);
    first.onApplicationBootstrap();
    const eventIds: string[] = [];
    for (let i = 0; i < EVENTS / 2; i++) eventIds.push(await fx.grantEvent(organizationId, i + 1));
    await sleep(1000);

    // The service restarts: the running dispatcher stops, and another one dies in the middle of
    // its attempts (it claimed a batch and never reported back).
    await first.onApplicationShutdown();
    await fx.dueNow(subscription.id);
    const crashed = await fx.dispatcher(fast).claim(25);
    expect(crashed.length).toBeGreaterThan(0);
    for (let i = EVENTS / 2; i < EVENTS; i++)
      eventIds.push(await fx.grantEvent(organizationId, i + 1));

    // After the restart the receiver answers, but only 503 for a while.
    const second = fx.dispatcher(fast);
    second.onApplicationBootstrap();
    await receiver.set({ kind: 'failing', status: 503 });
    await sleep(1500);
    expect(receiver.countsByEvent().size).toBe(0);

    // Back up: measure how long the queue takes to drain.
    await receiver.set({ kind: 'up' });
    const backAt = Date.now();
    let pending = EVENTS;
    while (pending > 0 && Date.now() - backAt < 30_000) {
      await sleep(100);
      const [row] = await fx.db.query<{ pending: number }[]>(
        `SELECT count(*)::int AS pending FROM events.webhook_deliveries
          WHERE subscription_id = $1 AND status <> 'DELIVERED'`,
        [subscription.id],
      );
      pending = row.pending;
    }
    const drainedMs = Date.now() - backAt;
    await second.onApplicationShutdown();

    const counts = receiver.countsByEvent();
    expect(eventIds.filter((id) => !counts.has(id))).toEqual([]);
    expect(receiver.received.every((webhook) => webhook.signature === 'valid')).toBe(true);
    const [figures] = await fx.db.query<{ attempts: number; delivered: number }[]>(
      `SELECT sum(attempts)::int AS attempts, count(*) FILTER (WHERE status = 'DELIVERED')::int AS delivered
         FROM events.webhook_deliveries WHERE subscription_id = $1`,
      [subscription.id],
    );
    expect(figures.delivered).toBe(EVENTS);
    const duplicates = [...counts.values()].reduce((sum, count) => sum + count - 1, 0);
    process.stdout.write(
      `webhook reliability: ${EVENTS} events, ${figures.delivered} delivered, ` +
        `${figures.attempts} attempts (${receiver.hits} reached the receiver, ${duplicates} duplicates), ` +
        `drained ${drainedMs} ms after the receiver came back\n`,
    );
  }, 60_000);
});
