import { randomUUID } from 'node:crypto';
import { type TestingModule } from '@nestjs/testing';
import { ApiScope, AuthModule, type ClientPrincipal, IdentityModule } from '@vcp/platform/auth';
import { createIntegrationModule } from '@vcp/platform/testing';
import { WebhookEventType } from './event-types';
import { EventsModule } from './events.module';
import { WebhookReceiver } from './test/webhook-receiver';
import { NOWHERE, WebhookFixture } from './test/webhook-fixture';
import { WebhookDeliveryStatus } from './webhook-records';
import { WebhooksModule } from './webhooks.module';

// The dispatchers here are started by the tests, never by a timer.
process.env.WEBHOOK_DISPATCH_INTERVAL_MS = '0';

describe('webhooks (real PostgreSQL, real HTTP receivers)', () => {
  let module: TestingModule;
  let fx: WebhookFixture;
  const receivers: WebhookReceiver[] = [];

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
    for (const receiver of receivers) await receiver.stop();
    await module.close();
  });

  /** A receiver and a partner of a fresh organisation subscribed to its credit grants. */
  async function subscribed(latencyMs = 0) {
    const organizationId = randomUUID();
    const partner = await fx.partner([ApiScope.COMPUTE_READ], organizationId);
    let secret = '';
    const receiver = new WebhookReceiver(() => secret, latencyMs);
    receivers.push(receiver);
    await receiver.start();
    const issued = await fx.subscriptions.create(
      { url: receiver.url, eventTypes: [WebhookEventType.CREDITS_GRANTED] },
      partner,
    );
    secret = issued.secret;
    return { organizationId, partner, receiver, subscription: issued.subscription, secret };
  }

  describe('the transactional outbox', () => {
    it('commits the event and its deliveries with the change; a rolled-back change leaves neither', async () => {
      const { organizationId, subscription } = await subscribed();
      const aggregateId = randomUUID();
      await expect(
        fx.db.transaction(async (manager) => {
          await fx.outbox.record(manager, {
            type: WebhookEventType.CREDITS_GRANTED,
            aggregate: { type: 'ledger_transaction', id: aggregateId },
            organizationIds: [organizationId],
            data: { amount: 5 },
          });
          throw new Error('the change failed after the event was written');
        }),
      ).rejects.toThrow('the change failed');
      const [{ count }] = await fx.db.query<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM events.outbox WHERE aggregate_id = $1`,
        [aggregateId],
      );
      expect(count).toBe(0);

      const eventId = await fx.grantEvent(organizationId);
      expect(await fx.deliveriesOf([eventId])).toEqual([
        expect.objectContaining({
          subscription_id: subscription.id,
          status: 'PENDING',
          attempts: 0,
        }),
      ]);
    });

    it('refuses an event recorded outside the transaction of its change', async () => {
      await expect(
        fx.outbox.record(fx.db.manager, {
          type: WebhookEventType.CREDITS_GRANTED,
          aggregate: { type: 'ledger_transaction', id: randomUUID() },
          organizationIds: [],
          data: {},
        }),
      ).rejects.toThrow('recorded outside a transaction');
    });

    it('keeps events append-only', async () => {
      const eventId = await fx.grantEvent(randomUUID());
      await expect(
        fx.db.query(`UPDATE events.outbox SET payload = '{}' WHERE id = $1`, [eventId]),
      ).rejects.toThrow('append-only');
      await expect(
        fx.db.query(`DELETE FROM events.outbox WHERE id = $1`, [eventId]),
      ).rejects.toThrow('append-only');
    });

    it('fans an event out only to subscriptions allowed to read it', async () => {
      const organizationId = randomUUID();
      const operator = await fx.operator();
      const own = await fx.partner([ApiScope.COMPUTE_READ], organizationId);
      const otherOrganization = await fx.partner([ApiScope.COMPUTE_READ], randomUUID());
      const revoked = await fx.partner([ApiScope.COMPUTE_READ], organizationId);
      const paused = await fx.partner([ApiScope.COMPUTE_READ], organizationId);
      const deleted = await fx.partner([ApiScope.COMPUTE_READ], organizationId);
      const subscribe = async (by: Parameters<typeof fx.subscriptions.create>[1]) =>
        (
          await fx.subscriptions.create(
            {
              url: NOWHERE,
              eventTypes: [WebhookEventType.CREDITS_GRANTED],
            },
            by,
          )
        ).subscription.id;
      const ids = {
        operator: await subscribe(operator),
        own: await subscribe(own),
        otherOrganization: await subscribe(otherOrganization),
        revoked: await subscribe(revoked),
        paused: await subscribe(paused),
        deleted: await subscribe(deleted),
      };
      await fx.revoke(revoked);
      await fx.subscriptions.pause(ids.paused, paused);
      await fx.subscriptions.remove(ids.deleted, deleted);

      const eventId = await fx.grantEvent(organizationId);
      const reached = (await fx.deliveriesOf([eventId])).map((d) => d.subscription_id);
      expect(reached).toEqual(expect.arrayContaining([ids.operator, ids.own, ids.paused]));
      expect(reached).not.toContain(ids.otherOrganization);
      expect(reached).not.toContain(ids.revoked);
      expect(reached).not.toContain(ids.deleted);
      for (const [owner, id] of [
        [operator, ids.operator],
        [own, ids.own],
        [otherOrganization, ids.otherOrganization],
        [paused, ids.paused],
      ] as const) {
        await fx.subscriptions.remove(id, owner);
      }
    });
  });

  describe('subscriptions', () => {
    it('shows the signing secret once and keeps it only encrypted', async () => {
      const { subscription, secret } = await subscribed();
      expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
      const [row] = await fx.db.query<{ secret_ciphertext: Buffer }[]>(
        `SELECT secret_ciphertext FROM events.webhook_subscriptions WHERE id = $1`,
        [subscription.id],
      );
      expect(row.secret_ciphertext.includes(Buffer.from(secret))).toBe(false);
      expect(fx.box.open(row.secret_ciphertext)).toBe(secret);
      expect(JSON.stringify(subscription)).not.toContain(secret);
    });

    it('lets a partner subscribe only to events about what its scopes and organisation let it read', async () => {
      const directoryReader = await fx.partner([ApiScope.CONSORTIA_READ], null);
      await expect(
        fx.subscriptions.create(
          {
            url: NOWHERE,
            eventTypes: [
              WebhookEventType.MEMBERSHIP_ACCEPTED,
              WebhookEventType.ENGAGEMENT_APPROVED,
            ],
          },
          directoryReader,
        ),
      ).rejects.toMatchObject({
        message:
          'This API client may not receive engagement.approved: it needs the scope engagements:read.',
        extensions: { code: 'FORBIDDEN' },
      });
      const unboundHr = await fx.partner([ApiScope.ENGAGEMENTS_READ], null);
      await expect(
        fx.subscriptions.create(
          {
            url: NOWHERE,
            eventTypes: [WebhookEventType.ENGAGEMENT_REVOKED],
          },
          unboundHr,
        ),
      ).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
      await expect(
        fx.subscriptions.create(
          {
            url: NOWHERE,
            eventTypes: [WebhookEventType.MEMBERSHIP_ACCEPTED],
          },
          directoryReader,
        ),
      ).resolves.toMatchObject({ subscription: { eventTypes: ['membership.accepted'] } });
      const [own] = (await fx.subscriptions.page(directoryReader, {})).nodes;
      await fx.subscriptions.remove(own.id, directoryReader);
    });

    it('refuses plain http to anything but localhost outside production', async () => {
      const operator = await fx.operator();
      await expect(
        fx.subscriptions.create(
          {
            url: 'http://partner.example.com/hooks',
            eventTypes: [WebhookEventType.CREDITS_EXPIRED],
          },
          operator,
        ),
      ).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'url' }] },
      });
    });

    it('keeps partners to their own subscriptions and delivery logs; operators see every one', async () => {
      const { partner, subscription } = await subscribed();
      const stranger = await fx.partner([ApiScope.COMPUTE_READ], randomUUID());
      await expect(fx.subscriptions.pause(subscription.id, stranger)).rejects.toMatchObject({
        extensions: { code: 'NOT_FOUND' },
      });
      await expect(
        fx.subscriptions.deliveries(subscription.id, stranger, {}),
      ).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
      const strangers = await fx.subscriptions.page(stranger, {});
      expect(strangers.nodes).toEqual([]);
      const own = await fx.subscriptions.page(partner, {});
      expect(own.nodes.map((s) => s.id)).toEqual([subscription.id]);
      const all = await fx.subscriptions.page(await fx.operator(), {
        apiClientId: partner.clientId,
      });
      expect(all.nodes.map((s) => s.id)).toEqual([subscription.id]);
    });
  });

  describe('delivery', () => {
    it('POSTs the event with its id, type, timestamp and an HMAC-SHA256 signature the receiver verifies', async () => {
      const { organizationId, receiver, subscription } = await subscribed();
      const eventId = await fx.grantEvent(organizationId, 250);
      await fx.dispatcher().run();
      const [webhook] = receiver.received.filter((w) => w.payload.id === eventId);
      expect(webhook).toMatchObject({
        signature: 'valid',
        eventIdHeader: eventId,
        eventTypeHeader: 'credits.granted',
        payload: {
          id: eventId,
          type: 'credits.granted',
          aggregate: { type: 'ledger_transaction' },
          data: { organizationId, amount: 250 },
        },
      });
      const log = await fx.subscriptions.deliveries(subscription.id, await fx.operator(), {});
      expect(log.nodes[0]).toMatchObject({
        eventId,
        status: WebhookDeliveryStatus.DELIVERED,
        attempts: 1,
        lastResponseStatus: 204,
      });
    });

    it('with two dispatchers claiming at once (SKIP LOCKED), delivers each event exactly once', async () => {
      const { organizationId, receiver } = await subscribed(3);
      const eventIds: string[] = [];
      for (let i = 0; i < 200; i++) eventIds.push(await fx.grantEvent(organizationId, i + 1));
      const [a, b] = [fx.dispatcher({ batchSize: 10 }), fx.dispatcher({ batchSize: 10 })];
      const [first, second] = await Promise.all([a.run(), b.run()]);
      expect(first.attempted).toBeGreaterThan(0);
      expect(second.attempted).toBeGreaterThan(0);
      const counts = receiver.countsByEvent();
      expect(eventIds.filter((id) => counts.get(id) !== 1)).toEqual([]);
      const deliveries = await fx.deliveriesOf(eventIds);
      expect(deliveries.every((d) => d.status === 'DELIVERED' && d.attempts === 1)).toBe(true);
    }, 30_000);

    it('retries a failing receiver with exponential backoff, marks the delivery dead at the limit, and a replay sends the same event', async () => {
      const { organizationId, receiver, subscription, partner } = await subscribed();
      await receiver.set({ kind: 'failing', status: 503 });
      const eventId = await fx.grantEvent(organizationId);
      const dispatcher = fx.dispatcher({
        baseDelayMs: 60_000,
        maxDelayMs: 600_000,
        maxAttempts: 3,
      });
      const waits: number[] = [];
      for (let attempt = 1; attempt <= 2; attempt++) {
        const before = Date.now();
        await dispatcher.run();
        const [delivery] = await fx.deliveriesOf([eventId]);
        expect(delivery).toMatchObject({
          status: 'PENDING',
          attempts: attempt,
          last_response_status: 503,
        });
        waits.push((delivery.next_attempt_at?.getTime() ?? 0) - before);
        await fx.dueNow(subscription.id);
      }
      // Equal jitter: the first wait is 30–60 s, the second 60–120 s.
      expect(waits[0]).toBeGreaterThanOrEqual(29_000);
      expect(waits[0]).toBeLessThanOrEqual(61_000);
      expect(waits[1]).toBeGreaterThanOrEqual(59_000);
      expect(waits[1]).toBeLessThanOrEqual(121_000);
      await dispatcher.run();
      const [dead] = await fx.deliveriesOf([eventId]);
      expect(dead).toMatchObject({ status: 'DEAD', attempts: 3, next_attempt_at: null });

      await receiver.set({ kind: 'up' });
      const log = await fx.subscriptions.deliveries(subscription.id, partner, {
        statuses: [WebhookDeliveryStatus.DEAD],
      });
      const replayed = await fx.subscriptions.replay(log.nodes[0].id, partner);
      expect(replayed).toMatchObject({ status: 'PENDING', attempts: 0, replays: 1 });
      await dispatcher.run();
      expect(receiver.countsByEvent().get(eventId)).toBe(1);
      expect((await fx.deliveriesOf([eventId]))[0].status).toBe('DELIVERED');
    });

    it('replays a range of events, the failed ones only unless asked for all', async () => {
      const { organizationId, receiver, subscription, partner } = await subscribed();
      const from = new Date(Date.now() - 1000);
      const delivered = await fx.grantEvent(organizationId);
      await fx.dispatcher().run();
      await receiver.set({ kind: 'failing', status: 500 });
      const failed = await fx.grantEvent(organizationId);
      await fx.dispatcher({ maxAttempts: 1 }).run();
      expect((await fx.deliveriesOf([failed]))[0].status).toBe('DEAD');
      await receiver.set({ kind: 'up' });
      const to = new Date(Date.now() + 1000);
      const range = { from, to, failedOnly: true };
      expect(await fx.subscriptions.replayRange(subscription.id, range, partner)).toBe(1);
      await fx.dispatcher().run();
      expect(
        await fx.subscriptions.replayRange(
          subscription.id,
          { ...range, failedOnly: false },
          partner,
        ),
      ).toBe(2);
      await fx.dispatcher().run();
      const counts = receiver.countsByEvent();
      // The delivered event went out again only when every delivery was asked for; the failed one
      // on both replays.
      expect([counts.get(delivered), counts.get(failed)]).toEqual([2, 2]);
    });

    it('holds deliveries while paused and sends them on resume; stops for a revoked client', async () => {
      const { organizationId, receiver, subscription, partner } = await subscribed();
      await fx.subscriptions.pause(subscription.id, partner);
      const held = await fx.grantEvent(organizationId);
      await fx.dispatcher().run();
      expect(receiver.countsByEvent().get(held)).toBeUndefined();
      await fx.subscriptions.resume(subscription.id, partner);
      await fx.dispatcher().run();
      expect(receiver.countsByEvent().get(held)).toBe(1);

      const pending = await fx.grantEvent(organizationId);
      await fx.revoke(partner as ClientPrincipal);
      await fx.dispatcher().run();
      expect(receiver.countsByEvent().get(pending)).toBeUndefined();
      expect((await fx.deliveriesOf([pending]))[0]).toMatchObject({
        status: 'CANCELLED',
        last_error: 'the API client was revoked',
      });
    });
  });
});
