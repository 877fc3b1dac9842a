import { randomUUID } from 'node:crypto';
import { OrganizationKind } from '@vcp/consortia/organizations';
import { WebhookReceiver } from '@vcp/platform/events/testing';
import { graphqlRequest, type StandaloneProduct } from '@vcp/platform/testing';
import { allReady, openFixture, report, signIn, startReliabilityStack } from './stack';

const SUBSCRIBE = /* GraphQL */ `
  mutation ($input: CreateWebhookSubscriptionInput!) {
    createWebhookSubscription(input: $input) {
      secret
      subscription {
        id
      }
    }
  }
`;
const GRANT = /* GraphQL */ `
  mutation ($input: GrantCreditsInput!) {
    grantCredits(input: $input) {
      transactionId
    }
  }
`;
const DELIVERIES = /* GraphQL */ `
  query ($subscriptionId: UUID!) {
    webhookDeliveries(subscriptionId: $subscriptionId, first: 100) {
      nodes {
        eventId
        status
        attempts
      }
    }
  }
`;

const EVENTS = 60;
const DOWN_MS = 4_000;
const FAILING_MS = 3_000;
const DRAIN_LIMIT_MS = 60_000;
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

let product: StandaloneProduct;
let token: string;
let smeId: string;
let receiver: WebhookReceiver;

beforeAll(async () => {
  // Retries in fractions of a second instead of the production schedule's minutes and hours.
  product = await startReliabilityStack({
    WEBHOOK_DISPATCH_INTERVAL_MS: '100',
    WEBHOOK_RETRY_BASE_MS: '200',
    WEBHOOK_RETRY_MAX_MS: '2000',
    WEBHOOK_MAX_ATTEMPTS: '50',
  });
  const { module, fx } = await openFixture();
  try {
    token = await signIn(product.urls.gateway, await fx.operator());
    smeId = (await fx.organization(OrganizationKind.SME)).id;
  } finally {
    await module.close();
  }
}, 180_000);

afterAll(async () => {
  await receiver?.stop();
  await product?.stop();
});

describe('a webhook receiver that is down for a while', () => {
  it('still gets every event once it is back, across a PostgreSQL restart under the queue', async () => {
    let secret = '';
    receiver = new WebhookReceiver(() => secret);
    await receiver.start();
    const subscribed = await graphqlRequest<{
      createWebhookSubscription: { secret: string; subscription: { id: string } };
    }>(product.urls.gateway, SUBSCRIBE, {
      token,
      variables: { input: { url: receiver.url, eventTypes: ['CREDITS_GRANTED'] } },
    });
    expect(subscribed.errors).toBeUndefined();
    secret = subscribed.data?.createWebhookSubscription.secret ?? '';
    const subscriptionId = subscribed.data?.createWebhookSubscription.subscription.id ?? '';

    // Down: connections refused while the grants (and their events) are acknowledged.
    await receiver.set({ kind: 'down' });
    const downAt = Date.now();
    const acknowledged: string[] = [];
    for (let i = 0; i < EVENTS; i++) {
      const granted = await graphqlRequest<{ grantCredits: { transactionId: string } }>(
        product.urls.gateway,
        GRANT,
        {
          token,
          variables: {
            input: {
              organizationId: smeId,
              amount: 1 + i,
              expiresAt: new Date(Date.now() + 90 * 86_400_000).toISOString(),
              idempotencyKey: `webhook-outage-${randomUUID()}`,
            },
          },
        },
      );
      if (granted.data?.grantCredits) acknowledged.push(granted.data.grantCredits.transactionId);
    }
    expect(acknowledged).toHaveLength(EVENTS);
    await sleep(Math.max(0, DOWN_MS - (Date.now() - downAt)));

    // The database restarts under the waiting deliveries; the dispatchers carry on by themselves.
    await product.stopPostgres();
    await sleep(1_000);
    await product.startPostgres();
    const recoveryLimit = Date.now() + 60_000;
    while (!(await allReady(product)) && Date.now() < recoveryLimit) await sleep(250);

    // Answering, but only 503 for a while.
    await receiver.set({ kind: 'failing', status: 503 });
    await sleep(FAILING_MS);
    expect(receiver.countsByEvent().size).toBe(0);

    // Back: every acknowledged grant's event arrives, signed.
    await receiver.set({ kind: 'up' });
    const backAt = Date.now();
    const arrived = () =>
      new Set(
        receiver.received
          .filter((webhook) => webhook.signature === 'valid')
          .map((webhook) => String(webhook.payload.data.transactionId)),
      );
    while (acknowledged.some((id) => !arrived().has(id)) && Date.now() - backAt < DRAIN_LIMIT_MS) {
      await sleep(100);
    }
    const drainMs = Date.now() - backAt;
    expect(acknowledged.filter((id) => !arrived().has(id))).toEqual([]);
    expect(receiver.received.every((webhook) => webhook.signature === 'valid')).toBe(true);

    const log = await graphqlRequest<{
      webhookDeliveries: { nodes: { eventId: string; status: string; attempts: number }[] };
    }>(product.urls.gateway, DELIVERIES, { token, variables: { subscriptionId } });
    const deliveries = log.data?.webhookDeliveries.nodes ?? [];
    expect(deliveries).toHaveLength(EVENTS);
    expect(deliveries.every((delivery) => delivery.status === 'DELIVERED')).toBe(true);
    const duplicates = [...receiver.countsByEvent().values()].reduce(
      (sum, count) => sum + count - 1,
      0,
    );
    report('webhook receiver outage', {
      eventsAcknowledged: acknowledged.length,
      eventsDelivered: arrived().size,
      attempts: deliveries.reduce((sum, delivery) => sum + delivery.attempts, 0),
      requestsReachingReceiver: receiver.hits,
      duplicates,
      drainMsAfterReceiverBack: drainMs,
    });
  });
});
