import { lookup, type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * Whether an IP address may receive webhooks in production: only public unicast addresses, so a
 * subscription cannot make the platform call into its own network (loopback, private, link-local,
 * carrier-grade NAT, unique-local, multicast, reserved, and IPv6 forms that embed IPv4).
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  // IPv4-mapped IPv6 (::ffff:10.0.0.1) is judged as the IPv4 address it carries.
  return ipaddr.process(address).range() === 'unicast';
}

export class ForbiddenTargetError extends Error {
  constructor(readonly address: string) {
    super(`the target resolves to ${address}, which is not a public address`);
    this.name = 'ForbiddenTargetError';
  }
}

/**
 * A DNS lookup for outgoing deliveries that refuses non-public addresses. The connection uses the
 * address checked here, so a name that resolves differently a moment later (DNS rebinding) cannot
 * slip a private address past the check.
 */
export const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  lookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) {
      callback(error, '', 4);
      return;
    }
    const refused = addresses.find((entry) => !isPublicAddress(entry.address));
    if (refused || addresses.length === 0) {
      callback(new ForbiddenTargetError(refused?.address ?? 'nothing'), '', 4);
      return;
    }
    if (options.all) {
      (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, addresses);
    } else {
      callback(null, addresses[0].address, addresses[0].family);
    }
  });
};

/** Every address a host name resolves to (an IP literal resolves to itself). */
export async function resolveAll(hostname: string): Promise<string[]> {
  const bare = hostname.replace(/^\[|\]$/g, '');
  if (isIP(bare)) return [bare];
  return new Promise((resolve, reject) =>
    lookup(bare, { all: true }, (error, addresses) =>
      error ? reject(error) : resolve(addresses.map((entry) => entry.address)),
    ),
  );
}
