import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type AddressInfo } from 'node:net';
import { type WebhookPayload } from '../event-types';
import { type SignatureCheck, verifyWebhookSignature, WEBHOOK_HEADERS } from '../webhook-signature';

export interface ReceivedWebhook {
  payload: WebhookPayload;
  deliveryId: string;
  eventIdHeader: string;
  eventTypeHeader: string;
  signature: SignatureCheck;
}

/** How the receiver answers: up (204), failing (the given status), or down (refusing connections). */
export type ReceiverMode = { kind: 'up' } | { kind: 'failing'; status: number } | { kind: 'down' };

/**
 * A real HTTP receiver on localhost that checks every signature as a partner would. `down` closes
 * the listening socket, so connections are refused until it comes back on the same port.
 */
export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  /** Requests that reached it, whatever it answered. */
  hits = 0;
  private server: Server | null = null;
  private port = 0;
  private mode: ReceiverMode = { kind: 'up' };

  constructor(
    private readonly secretOf: () => string,
    private readonly latencyMs = 0,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}/hooks`;
  }

  async start(): Promise<void> {
    await this.listen(0);
    this.port = (this.server?.address() as AddressInfo).port;
  }

  async set(mode: ReceiverMode): Promise<void> {
    if (mode.kind === 'down' && this.server) await this.close();
    if (mode.kind !== 'down' && !this.server) await this.listen(this.port);
    this.mode = mode;
  }

  /** How many times each event id arrived (with a valid signature). */
  countsByEvent(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const webhook of this.received) {
      if (webhook.signature !== 'valid') continue;
      counts.set(webhook.payload.id, (counts.get(webhook.payload.id) ?? 0) + 1);
    }
    return counts;
  }

  async stop(): Promise<void> {
    if (this.server) await this.close();
  }

  private listen(port: number): Promise<void> {
    const server = createServer((req, res) => void this.handle(req, res));
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
  }

  private close(): Promise<void> {
    const server = this.server;
    this.server = null;
    return new Promise((resolve) => {
      server?.close(() => resolve());
      server?.closeAllConnections();
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.hits += 1;
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    if (this.latencyMs) await new Promise((done) => setTimeout(done, this.latencyMs));
    if (this.mode.kind === 'failing') {
      res.writeHead(this.mode.status).end();
      return;
    }
    const header = (name: string) => {
      const value = req.headers[name];
      return Array.isArray(value) ? value[0] : value;
    };
    this.received.push({
      payload: JSON.parse(body) as WebhookPayload,
      deliveryId: header(WEBHOOK_HEADERS.deliveryId) ?? '',
      eventIdHeader: header(WEBHOOK_HEADERS.eventId) ?? '',
      eventTypeHeader: header(WEBHOOK_HEADERS.eventType) ?? '',
      signature: verifyWebhookSignature(
        this.secretOf(),
        {
          timestamp: header(WEBHOOK_HEADERS.timestamp),
          signature: header(WEBHOOK_HEADERS.signature),
        },
        body,
      ),
    });
    res.writeHead(204).end();
  }
}
