export { type ReceivedWebhook, type ReceiverMode, WebhookReceiver } from './webhook-receiver';
