import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource } from 'typeorm';
import { type AccessClaims } from './access-tokens';
import {
  isApiScope,
  isPlatformRole,
  type ClientPrincipal,
  type Principal,
  type UserPrincipal,
} from './principal';
import { secretMatches } from './secrets';

/**
 * Turns verified credentials into a principal, checking the database each time so a revoked
 * session, a disabled account or a revoked client stops working at once in every subgraph.
 */
@Injectable()
export class PrincipalService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async fromAccessClaims(claims: AccessClaims): Promise<Principal | null> {
    if (typeof claims.sub !== 'string' || !isUUID(claims.sub)) return null;
    switch (claims.typ) {
      case 'user':
        return this.user(claims.sub, claims.sid);
      case 'client':
        return this.client(claims.sub, Array.isArray(claims.scp) ? claims.scp : []);
      default:
        return null;
    }
  }

  /** `x-api-key: <client id>.<secret>` */
  async fromApiKey(header: string): Promise<ClientPrincipal | null> {
    const separator = header.indexOf('.');
    const clientId = header.slice(0, separator);
    const secret = header.slice(separator + 1);
    if (separator < 0 || !isUUID(clientId) || secret.length < 20 || secret.length > 200) {
      return null;
    }
    const rows: { secret_hash: Buffer; scopes: string[]; organization_id: string | null }[] =
      await this.db.query(
        `SELECT secret_hash, scopes, organization_id FROM identity.api_clients
          WHERE id = $1 AND revoked_at IS NULL`,
        [clientId],
      );
    const row = rows[0];
    if (!row || !secretMatches(secret, row.secret_hash)) return null;
    await this.touchClient(clientId);
    return {
      kind: 'client',
      clientId,
      scopes: row.scopes.filter(isApiScope),
      organizationId: row.organization_id,
    };
  }

  private async user(userId: string, sessionId: unknown): Promise<UserPrincipal | null> {
    if (typeof sessionId !== 'string' || !isUUID(sessionId)) return null;
    const rows: { roles: string[]; organization_id: string | null }[] = await this.db.query(
      `SELECT u.roles, u.organization_id
         FROM identity.sessions s JOIN identity.users u ON u.id = s.user_id
        WHERE s.id = $1 AND s.user_id = $2 AND s.revoked_at IS NULL AND s.expires_at > now()
          AND u.disabled_at IS NULL`,
      [sessionId, userId],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      kind: 'user',
      userId,
      sessionId,
      roles: row.roles.filter(isPlatformRole),
      organizationId: row.organization_id,
    };
  }

  private async client(clientId: string, tokenScopes: string[]): Promise<ClientPrincipal | null> {
    const rows: { scopes: string[]; organization_id: string | null }[] = await this.db.query(
      `SELECT scopes, organization_id FROM identity.api_clients WHERE id = $1 AND revoked_at IS NULL`,
      [clientId],
    );
    const row = rows[0];
    if (!row) return null;
    // A token never carries more than the client holds now.
    const current = new Set(row.scopes);
    return {
      kind: 'client',
      clientId,
      scopes: tokenScopes.filter((scope) => current.has(scope)).filter(isApiScope),
      organizationId: row.organization_id,
    };
  }

  /** Records use at most once a minute per client, so a busy client does not write on every call. */
  private async touchClient(clientId: string): Promise<void> {
    await this.db.query(
      `UPDATE identity.api_clients SET last_used_at = now()
        WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
      [clientId],
    );
  }
}
