import 'reflect-metadata';
import { type ArgumentMetadata } from '@nestjs/common';
import { createValidationPipe } from '@vcp/platform/graphql';
import { CreateWebhookSubscriptionInput, ReplayWebhookDeliveriesInput } from './webhook.inputs';

const pipe = createValidationPipe();
const validate = (metatype: ArgumentMetadata['metatype'], value: unknown) =>
  pipe.transform(value, { type: 'body', metatype });

describe('webhook inputs', () => {
  it('takes a subscription with a URL and known event types', async () => {
    await expect(
      validate(CreateWebhookSubscriptionInput, {
        url: 'https://hr.example.ac.kr/hooks',
        eventTypes: ['engagement.approved', 'engagement.revoked'],
      }),
    ).resolves.toBeInstanceOf(CreateWebhookSubscriptionInput);
  });

  it('refuses what cannot be a subscription, naming each field', async () => {
    await expect(
      validate(CreateWebhookSubscriptionInput, {
        url: 'x',
        eventTypes: ['membership.exploded'],
        description: 'd'.repeat(501),
        apiClientId: 'not-a-uuid',
      }),
    ).rejects.toMatchObject({
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: expect.arrayContaining([
          { field: 'url', message: 'url must be 8 to 2000 characters' },
          { field: 'eventTypes', message: 'eventTypes must be known event types' },
          { field: 'description', message: 'description must be at most 500 characters' },
          { field: 'apiClientId', message: 'apiClientId must be a UUID' },
        ]),
      },
    });
    await expect(
      validate(CreateWebhookSubscriptionInput, { url: 'https://a.example/h', eventTypes: [] }),
    ).rejects.toMatchObject({
      extensions: {
        fields: [{ field: 'eventTypes', message: 'eventTypes must name at least one event type' }],
      },
    });
  });

  it('needs real instants for a replay range', async () => {
    await expect(
      validate(ReplayWebhookDeliveriesInput, {
        subscriptionId: '0b5c2a44-8f0e-4d53-9a39-1f1d1c6e0a01',
        from: 'yesterday',
        to: new Date(),
        failedOnly: true,
      }),
    ).rejects.toMatchObject({
      extensions: { fields: [{ field: 'from', message: 'from must be a date and time' }] },
    });
  });
});
