import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigurationError, validateEnv } from '@vcp/platform/config';
import type { Request } from 'express';
import { ComputeEnv, computeConfig } from '../compute.config';
import {
  CONSORTIUM_ACCESS_QUERY,
  ConsortiumAccess,
  ConsortiumAccessClient,
  MAX_CONSORTIUMS_PER_CALL,
} from './consortium-access.client';

const A = '0b5c2a44-8f0e-4d53-9a39-1f1d1c6e0a01';
const B = '0b5c2a44-8f0e-4d53-9a39-1f1d1c6e0a02';

interface Sent {
  url: string;
  headers: Record<string, string>;
  query: string;
  variables: Record<string, string>;
}

function request(headers: Record<string, string | string[]> = {}): Request {
  return { headers: { authorization: 'Bearer caller-token', ...headers } } as unknown as Request;
}

describe('ConsortiumAccessClient', () => {
  const client = new ConsortiumAccessClient({
    port: 4002,
    consortiaUrl: 'http://consortia:4001',
    creditExpiryIntervalSeconds: 0,
  });
  let sent: Sent[];
  let answer: (body: Sent) => unknown;

  beforeEach(() => {
    sent = [];
    answer = () => ({ data: null });
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    jest.spyOn(globalThis, 'fetch').mockImplementation((url, init) => {
      const body = JSON.parse(String(init?.body)) as Omit<Sent, 'url' | 'headers'>;
      const call = { url: String(url), headers: init?.headers as Record<string, string>, ...body };
      sent.push(call);
      return Promise.resolve(new Response(JSON.stringify(answer(call))));
    });
  });
  afterEach(() => jest.restoreAllMocks());

  it('asks the consortia subgraph with the caller’s own credentials, once per request and consortium', async () => {
    answer = () => ({ data: { consortium: { id: A, myAccess: 'LEAD' } } });
    const req = request({ 'x-api-key': 'client.secret', 'x-request-id': 'req-1', cookie: 'no' });
    await expect(client.levelOf(req, A)).resolves.toBe(ConsortiumAccess.LEAD);
    await expect(client.levelOf(req, A)).resolves.toBe(ConsortiumAccess.LEAD);
    expect(sent).toEqual([
      {
        url: 'http://consortia:4001/graphql',
        headers: {
          'content-type': 'application/json',
          authorization: 'Bearer caller-token',
          'x-api-key': 'client.secret',
          'x-request-id': 'req-1',
        },
        query: CONSORTIUM_ACCESS_QUERY,
        variables: { id: A },
      },
    ]);
    const logged = { ...request(), id: 'given-by-the-logger' } as unknown as Request;
    await client.levelOf(logged, A);
    expect(sent).toHaveLength(2);
    expect(sent[1].headers['x-request-id']).toBe('given-by-the-logger');
  });

  it('asks about the consortiums a request needs together, one alias each', async () => {
    answer = ({ variables }) => ({
      data: Object.fromEntries(
        Object.entries(variables).map(([alias, id]) => [
          alias,
          { id, myAccess: id === A ? 'MANAGER' : 'PUBLIC' },
        ]),
      ),
    });
    const req = request();
    const levels = await Promise.all([client.levelOf(req, A), client.levelOf(req, B)]);
    expect(levels).toEqual([ConsortiumAccess.MANAGER, ConsortiumAccess.PUBLIC]);
    expect(sent).toHaveLength(1);
    expect(sent[0].query).toBe(
      'query($c0: UUID!, $c1: UUID!){ c0: consortium(id: $c0){ id myAccess } c1: consortium(id: $c1){ id myAccess } }',
    );
    expect(sent[0].variables).toEqual({ c0: A, c1: B });
  });

  it('splits large batches under the consortia subgraph’s alias limit', async () => {
    answer = ({ variables }) => ({
      data: Object.fromEntries(
        Object.entries(variables).map(([alias, id]) => [
          alias === 'id' ? 'consortium' : alias,
          { id, myAccess: 'VIEWER' },
        ]),
      ),
    });
    const ids = Array.from(
      { length: MAX_CONSORTIUMS_PER_CALL + 1 },
      (_, i) => `0b5c2a44-8f0e-4d53-9a39-${String(i).padStart(12, '0')}`,
    );
    const req = request();
    const levels = await Promise.all(ids.map((id) => client.levelOf(req, id)));
    expect(new Set(levels)).toEqual(new Set([ConsortiumAccess.VIEWER]));
    expect(sent.map((call) => Object.keys(call.variables).length)).toEqual([
      MAX_CONSORTIUMS_PER_CALL,
      1,
    ]);
  });

  it('maps the answers: NOT_FOUND, FORBIDDEN as the public, UNAUTHENTICATED', async () => {
    const errorFor =
      (code: string, path: string[] = ['consortium']) =>
      () => ({
        data: null,
        errors: [{ message: code, path, extensions: { code } }],
      });
    answer = errorFor('NOT_FOUND');
    await expect(client.levelOf(request(), A)).rejects.toMatchObject({
      message: `Consortium ${A} was not found.`,
      extensions: { code: 'NOT_FOUND' },
    });
    answer = errorFor('FORBIDDEN');
    await expect(client.levelOf(request(), A)).resolves.toBe(ConsortiumAccess.PUBLIC);
    answer = errorFor('UNAUTHENTICATED', []);
    await expect(client.levelOf(request(), A)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('turns a network failure or a strange answer into a logged, masked error', async () => {
    jest.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('fetch failed'));
    const failure = client.levelOf(request(), A);
    await expect(failure).rejects.toThrow(/could not be reached: fetch failed/);
    await expect(failure).rejects.not.toHaveProperty('extensions');
    expect(Logger.prototype.error).toHaveBeenCalled();

    jest.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('<html>', { status: 502 }));
    await expect(client.levelOf(request(), A)).rejects.toThrow(/HTTP 502/);

    jest
      .spyOn(globalThis, 'fetch')
      .mockResolvedValue(
        new Response(JSON.stringify({ data: { consortium: { id: A, myAccess: 'OWNER' } } })),
      );
    await expect(client.levelOf(request(), A)).rejects.toThrow(/no access level/);
  });

  describe('the checks, with messages naming who may', () => {
    const as = (level: ConsortiumAccess) => {
      answer = () => ({ data: { consortium: { id: A, myAccess: level } } });
      return request();
    };

    it('choosing the hardware plan: leads and operators', async () => {
      for (const level of [ConsortiumAccess.LEAD, ConsortiumAccess.OPERATOR]) {
        await expect(client.assertCanPlan(as(level), A)).resolves.toBeUndefined();
      }
      for (const level of [ConsortiumAccess.MANAGER, ConsortiumAccess.MEMBER]) {
        await expect(client.assertCanPlan(as(level), A)).rejects.toMatchObject({
          message: expect.stringContaining('leads, or a program operator'),
          extensions: { code: 'FORBIDDEN' },
        });
      }
    });

    it('describing workloads: leads, managers and operators', async () => {
      await expect(
        client.assertCanManageWorkloads(as(ConsortiumAccess.MANAGER), A),
      ).resolves.toBeUndefined();
      await expect(
        client.assertCanManageWorkloads(as(ConsortiumAccess.VIEWER), A),
      ).rejects.toMatchObject({
        message: expect.stringContaining('leads and managers'),
        extensions: { code: 'FORBIDDEN' },
      });
    });

    it('reading: anyone but the public', async () => {
      await expect(client.assertCanRead(as(ConsortiumAccess.PARTNER), A)).resolves.toBeUndefined();
      await expect(client.assertCanRead(as(ConsortiumAccess.PUBLIC), A)).rejects.toMatchObject({
        extensions: { code: 'FORBIDDEN' },
      });
    });
  });
});

describe('CONSORTIA_URL', () => {
  const original = process.env.CONSORTIA_URL;
  afterEach(() => {
    if (original === undefined) delete process.env.CONSORTIA_URL;
    else process.env.CONSORTIA_URL = original;
  });

  it('defaults to the local consortia subgraph and drops a trailing slash', () => {
    delete process.env.CONSORTIA_URL;
    expect(computeConfig().consortiaUrl).toBe('http://localhost:4001');
    process.env.CONSORTIA_URL = 'http://consortia:4001/';
    expect(computeConfig().consortiaUrl).toBe('http://consortia:4001');
  });

  it('stops the start with a message naming a malformed value', () => {
    expect(() => validateEnv(ComputeEnv, { CONSORTIA_URL: 'consortia:4001' })).toThrow(
      ConfigurationError,
    );
    expect(() => validateEnv(ComputeEnv, { CONSORTIA_URL: 'ftp://consortia' })).toThrow(
      /CONSORTIA_URL must be the consortia subgraph base URL/,
    );
  });
});
