/** The request headers a partner presents, as Apollo Server's HeaderMap or any Map of them. */
interface Headers {
  get(name: string): string | undefined;
}

/**
 * Whether a request comes from a partner client: an `x-api-key`, or a bearer token issued by
 * `issueClientToken` (`typ: "client"`). The gateway reads the token's claims without verifying
 * them; the subgraphs verify every token, so a token altered to look like a person's is refused
 * there, and an altered one can only make a caller look more like a partner, never less.
 */
export function isPartnerCaller(headers: Headers | undefined): boolean {
  if (!headers) return false;
  if (headers.get('x-api-key')) return true;
  const authorization = headers.get('authorization');
  const match = authorization
    ? /^Bearer\s+([^.\s]+)\.([^.\s]+)\.[^.\s]*$/i.exec(authorization)
    : null;
  if (!match) return false;
  try {
    const claims = JSON.parse(Buffer.from(match[2], 'base64url').toString('utf8')) as unknown;
    return (
      typeof claims === 'object' &&
      claims !== null &&
      (claims as { typ?: unknown }).typ === 'client'
    );
  } catch {
    return false;
  }
}
