import { createHmac } from 'node:crypto';
import { signWebhook, verifyWebhookSignature } from './webhook-signature';

const SECRET = 'whsec_test-secret-0123456789abcdefghijklmnopqrstuv';
const BODY = '{"id":"3f0c","type":"membership.accepted","data":{"status":"ACTIVE"}}';
const NOW = 1_780_000_000;

describe('webhook signatures', () => {
  it('is v1= and the hex HMAC-SHA256 of "<timestamp>.<body>" under the secret, as documented', () => {
    const expected = createHmac('sha256', SECRET).update(`${NOW}.${BODY}`).digest('hex');
    expect(signWebhook(SECRET, NOW, BODY)).toBe(`v1=${expected}`);
  });

  it('verifies a genuine delivery', () => {
    const headers = { timestamp: String(NOW), signature: signWebhook(SECRET, NOW, BODY) };
    expect(verifyWebhookSignature(SECRET, headers, BODY, NOW + 10)).toBe('valid');
  });

  it('refuses a changed body, another secret, or a timestamp moved to replay a capture', () => {
    const signature = signWebhook(SECRET, NOW, BODY);
    const headers = { timestamp: String(NOW), signature };
    expect(verifyWebhookSignature(SECRET, headers, BODY.replace('ACTIVE', 'REMOVED'), NOW)).toBe(
      'mismatch',
    );
    expect(verifyWebhookSignature(`${SECRET}x`, headers, BODY, NOW)).toBe('mismatch');
    expect(
      verifyWebhookSignature(SECRET, { timestamp: String(NOW + 60), signature }, BODY, NOW + 60),
    ).toBe('mismatch');
  });

  it('refuses deliveries older than five minutes and malformed headers', () => {
    const headers = { timestamp: String(NOW), signature: signWebhook(SECRET, NOW, BODY) };
    expect(verifyWebhookSignature(SECRET, headers, BODY, NOW + 301)).toBe('stale');
    expect(verifyWebhookSignature(SECRET, { ...headers, timestamp: 'soon' }, BODY, NOW)).toBe(
      'malformed',
    );
    expect(verifyWebhookSignature(SECRET, { ...headers, signature: undefined }, BODY, NOW)).toBe(
      'malformed',
    );
  });
});
