import { randomUUID } from 'node:crypto';
import { type TestingModule } from '@nestjs/testing';
import { ConsortiumsModule } from '@vcp/consortia/consortiums';
import { OrganizationKind } from '@vcp/consortia/organizations';
import { DirectoryFixture } from '@vcp/consortia/testing';
import { ApiClientsService, ApiScope, AuthModule, PlatformRole } from '@vcp/platform/auth';
import { WebhookReceiver } from '@vcp/platform/events/testing';
import {
  createIntegrationModule,
  errorCode,
  type GraphQLRequestOptions,
  TEST_PASSWORD,
} from '@vcp/platform/testing';
import { dataOf, gateway, LOGIN, type LoginData } from './support';

const SUBSCRIBE = /* GraphQL */ `
  mutation ($input: CreateWebhookSubscriptionInput!) {
    createWebhookSubscription(input: $input) {
      secret
      subscription {
        id
        url
        eventTypes
        status
        apiClientId
      }
    }
  }
`;
const SUBSCRIPTIONS = /* GraphQL */ `
  query {
    webhookSubscriptions(first: 10) {
      nodes {
        id
      }
    }
  }
`;
const DELIVERIES = /* GraphQL */ `
  query ($id: UUID!) {
    webhookDeliveries(subscriptionId: $id) {
      nodes {
        id
        eventId
        eventType
        status
        attempts
        lastResponseStatus
      }
    }
  }
`;
const REPLAY = /* GraphQL */ `
  mutation ($id: UUID!) {
    replayWebhookDelivery(id: $id) {
      status
      replays
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

/** Polls until the condition holds (the dispatchers run every second), or fails after 15 s. */
async function eventually(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for a webhook');
    await new Promise((done) => setTimeout(done, 100));
  }
}

describe('webhooks through the gateway', () => {
  let module: TestingModule;
  let fx: DirectoryFixture;
  let operator: GraphQLRequestOptions;
  let receiver: WebhookReceiver;
  let secret = '';

  beforeAll(async () => {
    module = await createIntegrationModule([AuthModule, ConsortiumsModule]);
    fx = new DirectoryFixture(module);
    const person = await fx.operator();
    const login = dataOf(
      await gateway<LoginData>(LOGIN, {
        variables: { email: person.email, password: TEST_PASSWORD },
      }),
    );
    operator = { token: login.login.accessToken };
    receiver = new WebhookReceiver(() => secret);
    await receiver.start();
  });
  afterAll(async () => {
    await receiver.stop();
    await module.close();
  });

  const client = async (scopes: ApiScope[], organizationId: string | null) => ({
    apiKey: (
      await module
        .get(ApiClientsService)
        .create({ name: `Partner ${randomUUID().slice(0, 8)}`, scopes, organizationId })
    ).apiKey,
  });
  const grant = (organizationId: string) =>
    gateway<{ grantCredits: { transactionId: string } }>(GRANT, {
      ...operator,
      variables: {
        input: {
          organizationId,
          amount: 25,
          expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
          idempotencyKey: `webhook-e2e-${randomUUID()}`,
        },
      },
    });

  it('delivers a partner the signed events about its own organisation only, logs them and replays them', async () => {
    const sme = await fx.organization(OrganizationKind.SME);
    const other = await fx.organization(OrganizationKind.SME);
    const partner = await client([ApiScope.COMPUTE_READ], sme.id);
    const created = dataOf(
      await gateway<{
        createWebhookSubscription: { secret: string; subscription: { id: string } };
      }>(SUBSCRIBE, {
        ...partner,
        variables: { input: { url: receiver.url, eventTypes: ['CREDITS_GRANTED'] } },
      }),
    ).createWebhookSubscription;
    secret = created.secret;
    expect(created.subscription).toMatchObject({
      url: receiver.url,
      eventTypes: ['CREDITS_GRANTED'],
      status: 'ACTIVE',
    });

    dataOf(await grant(other.id));
    const own = dataOf(await grant(sme.id)).grantCredits.transactionId;
    await eventually(() => receiver.received.length >= 1);
    await new Promise((done) => setTimeout(done, 1500));
    expect(receiver.received.map((webhook) => webhook.payload.data.transactionId)).toEqual([own]);
    expect(receiver.received[0]).toMatchObject({
      signature: 'valid',
      eventTypeHeader: 'credits.granted',
      payload: { type: 'credits.granted', data: { organizationId: sme.id, amount: 25 } },
    });

    const log = dataOf(
      await gateway<{
        webhookDeliveries: { nodes: { id: string; eventId: string; status: string }[] };
      }>(DELIVERIES, { ...partner, variables: { id: created.subscription.id } }),
    ).webhookDeliveries.nodes;
    expect(log).toEqual([
      expect.objectContaining({
        eventId: receiver.received[0].payload.id,
        eventType: 'CREDITS_GRANTED',
        status: 'DELIVERED',
        attempts: 1,
        lastResponseStatus: 204,
      }),
    ]);
    expect(
      dataOf(await gateway(REPLAY, { ...partner, variables: { id: log[0].id } })),
    ).toMatchObject({ replayWebhookDelivery: { status: 'PENDING', replays: 1 } });
    await eventually(() => receiver.received.length === 2);
    expect(receiver.received[1].payload.id).toBe(receiver.received[0].payload.id);

    const stranger = await client([ApiScope.COMPUTE_READ], other.id);
    expect(dataOf(await gateway(SUBSCRIPTIONS, stranger))).toEqual({
      webhookSubscriptions: { nodes: [] },
    });
    expect(
      errorCode(
        await gateway(DELIVERIES, { ...stranger, variables: { id: created.subscription.id } }),
      ),
    ).toBe('NOT_FOUND');
  });

  it('refuses events outside a partner’s scopes, people who are not operators, and unsafe URLs', async () => {
    const hr = await client(
      [ApiScope.ENGAGEMENTS_READ],
      (await fx.organization(OrganizationKind.UNIVERSITY)).id,
    );
    const subscribe = (options: GraphQLRequestOptions, url: string, eventTypes: string[]) =>
      gateway(SUBSCRIBE, { ...options, variables: { input: { url, eventTypes } } });
    expect(errorCode(await subscribe(hr, receiver.url, ['CREDITS_GRANTED']))).toBe('FORBIDDEN');
    expect(
      dataOf(await subscribe(hr, receiver.url, ['ENGAGEMENT_APPROVED', 'ENGAGEMENT_REVOKED'])),
    ).toMatchObject({ createWebhookSubscription: { subscription: { status: 'ACTIVE' } } });
    const researcher = await fx.person(null, [PlatformRole.RESEARCHER]);
    const login = dataOf(
      await gateway<LoginData>(LOGIN, {
        variables: { email: researcher.email, password: TEST_PASSWORD },
      }),
    );
    expect(
      errorCode(
        await subscribe({ token: login.login.accessToken }, receiver.url, ['MEMBERSHIP_ACCEPTED']),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(await subscribe(operator, 'http://partner.example.com/hooks', ['CREDITS_EXPIRED'])),
    ).toBe('BAD_USER_INPUT');
  });
});
