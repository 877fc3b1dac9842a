import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import request from 'supertest';
import { servePortal } from './serve-portal';

function portalApp() {
  const directory = mkdtempSync(join(tmpdir(), 'portal-'));
  mkdirSync(join(directory, 'assets'));
  writeFileSync(join(directory, 'index.html'), '<!doctype html><title>portal</title>');
  writeFileSync(join(directory, 'assets', 'app-1a2b.js'), 'console.log(1)');
  const app = express();
  const host = {
    useStaticAssets: (path: string, options: Record<string, unknown>) =>
      app.use(express.static(path, options)),
    use: (handler: express.RequestHandler) => app.use(handler),
  };
  expect(servePortal(host, directory)).toBe(true);
  // Stand-ins for the API's routes, registered after the portal as Nest does.
  app.post('/graphql', (_req, res) => void res.json({ data: { ok: true } }));
  app.get('/graphql', (_req, res) => void res.type('html').send('landing page'));
  app.get('/health/ready', (_req, res) => void res.json({ status: 'ok' }));
  return app;
}

describe('the gateway serving the portal', () => {
  const app = portalApp();

  it('answers client-side routes with index.html under a strict content security policy', async () => {
    for (const path of ['/', '/consortiums/5b1c', '/operator/organizations?page=2']) {
      const response = await request(app).get(path).set('accept', 'text/html');
      expect(response.status).toBe(200);
      expect(response.text).toContain('<title>portal</title>');
      expect(response.headers['content-security-policy']).toContain("script-src 'self'");
      expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('caches hashed assets for a year and does not answer a missing file with the page', async () => {
    const asset = await request(app).get('/assets/app-1a2b.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    expect((await request(app).get('/assets/missing.js').set('accept', 'text/html')).status).toBe(
      404,
    );
  });

  it('leaves /graphql and /health to the API', async () => {
    const post = await request(app).post('/graphql').send({ query: '{ ok }' });
    expect(post.body).toEqual({ data: { ok: true } });
    const landing = await request(app).get('/graphql').set('accept', 'text/html');
    expect(landing.text).toBe('landing page');
    const health = await request(app).get('/health/ready').set('accept', 'text/html');
    expect(health.body).toEqual({ status: 'ok' });
  });

  it('reports that there is no portal to serve when it was not built', () => {
    const host = { useStaticAssets: jest.fn(), use: jest.fn() };
    expect(servePortal(host, mkdtempSync(join(tmpdir(), 'empty-')))).toBe(false);
    expect(host.use).not.toHaveBeenCalled();
  });
});
