import { isIP } from 'node:net';
import { type RuntimeEnvironment } from '@vcp/platform/config';
import { isPublicAddress, resolveAll } from './target-address';

export const MAX_TARGET_URL_LENGTH = 2000;

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * What is wrong with a webhook target URL, or null. Production takes only https to public hosts;
 * development and test also take plain http to this machine (localhost) for local receivers.
 */
export function targetUrlProblem(raw: string, environment: RuntimeEnvironment): string | null {
  if (raw.length > MAX_TARGET_URL_LENGTH) {
    return `must be at most ${MAX_TARGET_URL_LENGTH} characters`;
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'is not an absolute URL';
  }
  if (url.username || url.password) return 'must not carry a user name or password';
  const local = LOCAL_HOSTS.has(url.hostname) || url.hostname.endsWith('.localhost');
  if (environment === 'production') {
    if (url.protocol !== 'https:') return 'must use https';
    const literal = url.hostname.replace(/^\[|\]$/g, '');
    if (isIP(literal) && !isPublicAddress(literal)) {
      return 'must not be a private, loopback, link-local or reserved address';
    }
    if (local) return 'must name a public host, not this machine';
    return null;
  }
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && local) return null;
  return 'must use https (plain http only to localhost outside production)';
}

/**
 * In production, also what the host resolves to now: a name pointing into a private network is
 * refused at creation (and every delivery checks the address it connects to again).
 */
export async function resolvedTargetProblem(
  raw: string,
  environment: RuntimeEnvironment,
): Promise<string | null> {
  if (environment !== 'production') return null;
  let addresses: string[];
  try {
    addresses = await resolveAll(new URL(raw).hostname);
  } catch {
    return 'names a host that does not resolve';
  }
  return addresses.every(isPublicAddress)
    ? null
    : 'resolves to a private, loopback, link-local or reserved address';
}
