import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { NextFunction, Request, Response } from 'express';

/** Paths the API owns; the portal never answers them. */
const API_PREFIXES = ['/graphql', '/health', '/metrics'];

/**
 * Headers for the portal's pages and files: scripts, styles and requests only from this origin
 * (Mantine sets CSS variables in inline style attributes), never framed, no referrer leaks.
 */
export const PORTAL_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
};

export interface PortalHost {
  useStaticAssets(path: string, options: Record<string, unknown>): unknown;
  use(handler: (req: Request, res: Response, next: NextFunction) => void): unknown;
}

const isApiPath = (path: string) =>
  API_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));

/** A client-side route of the single-page app: a page request for a path without an extension. */
export function isPortalRoute(req: Pick<Request, 'method' | 'path' | 'accepts'>): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (isApiPath(req.path)) return false;
  const lastSegment = req.path.split('/').pop() ?? '';
  return !lastSegment.includes('.') && req.accepts('html') === 'html';
}

/**
 * Serves the built portal beside the API: its files (hashed assets cached for a year, index.html
 * never), and index.html for every client-side route so links and reloads work. /graphql and
 * /health/* stay the API's. Returns false when the portal has not been built.
 */
export function servePortal(app: PortalHost, directory: string): boolean {
  const indexHtml = join(directory, 'index.html');
  if (!existsSync(indexHtml)) return false;
  const setSecurityHeaders = (res: Response) => {
    for (const [name, value] of Object.entries(PORTAL_SECURITY_HEADERS)) res.setHeader(name, value);
  };
  app.useStaticAssets(directory, {
    index: false,
    setHeaders: (res: Response, path: string) => {
      setSecurityHeaders(res);
      res.setHeader(
        'cache-control',
        path.includes(`${join(directory, 'assets')}`)
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
      );
    },
  });
  app.use((req, res, next) => {
    if (!isPortalRoute(req)) return next();
    setSecurityHeaders(res);
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(indexHtml);
  });
  return true;
}
