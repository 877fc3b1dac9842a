import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { publicOnlyLookup } from './target-address';

export interface SendOutcome {
  /** A 2xx answer. */
  delivered: boolean;
  status: number | null;
  error: string | null;
}

export interface SendOptions {
  url: string;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  /** Connect only to public addresses (production). */
  publicOnly: boolean;
}

/** One POST; never throws: refused connections, timeouts and non-2xx answers are outcomes. */
export function sendWebhook(options: SendOptions): Promise<SendOutcome> {
  const url = new URL(options.url);
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    const req = request(
      url,
      {
        method: 'POST',
        headers: {
          ...options.headers,
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(options.body)),
          'user-agent': 'vcp-webhooks/1',
        },
        timeout: options.timeoutMs,
        // Bounds the whole attempt, name resolution and a slow trickle of an answer included.
        signal: AbortSignal.timeout(options.timeoutMs),
        ...(options.publicOnly ? { lookup: publicOnlyLookup } : {}),
      },
      (res) => {
        // The answer's body is not used; drain it so the socket is released.
        res.resume();
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          const delivered = status >= 200 && status < 300;
          resolve({ delivered, status, error: delivered ? null : `HTTP ${status}` });
        });
        res.on('error', (error) =>
          resolve({ delivered: false, status: res.statusCode ?? null, error: error.message }),
        );
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${options.timeoutMs} ms`)));
    req.on('error', (error: NodeJS.ErrnoException) =>
      resolve({
        delivered: false,
        status: null,
        error: (error.code ? `${error.code}: ${error.message}` : error.message).slice(0, 500),
      }),
    );
    req.end(options.body);
  });
}
