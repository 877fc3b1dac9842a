import { createHmac, timingSafeEqual } from 'node:crypto';

/** Headers of every delivery. */
export const WEBHOOK_HEADERS = {
  eventId: 'x-vcp-event-id',
  eventType: 'x-vcp-event-type',
  deliveryId: 'x-vcp-delivery-id',
  timestamp: 'x-vcp-timestamp',
  signature: 'x-vcp-signature',
} as const;

/** A receiver should refuse a delivery whose timestamp is further than this from its clock. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

/**
 * The `x-vcp-signature` value: `v1=` and the hex HMAC-SHA256, keyed with the subscription's
 * secret (the whole `whsec_…` string as UTF-8), of `<timestamp>.<raw body>`, where the timestamp
 * is the `x-vcp-timestamp` header (Unix seconds of this attempt).
 */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  const mac = createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex');
  return `v1=${mac}`;
}

export type SignatureCheck = 'valid' | 'mismatch' | 'stale' | 'malformed';

/**
 * What a receiver does: recompute over the raw body, compare in constant time, and refuse old
 * timestamps so a captured delivery cannot be replayed later.
 */
export function verifyWebhookSignature(
  secret: string,
  headers: { timestamp: string | undefined; signature: string | undefined },
  body: string,
  nowSeconds = Math.floor(Date.now() / 1000),
): SignatureCheck {
  const timestamp = Number(headers.timestamp);
  if (!headers.signature || !/^\d{1,12}$/.test(headers.timestamp ?? '')) return 'malformed';
  if (Math.abs(nowSeconds - timestamp) > SIGNATURE_TOLERANCE_SECONDS) return 'stale';
  const expected = Buffer.from(signWebhook(secret, timestamp, body), 'utf8');
  const given = Buffer.from(headers.signature, 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected)
    ? 'valid'
    : 'mismatch';
}
