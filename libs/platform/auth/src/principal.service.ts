import { Injectable, Logger } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource } from 'typeorm';
import { type AccessClaims } from './access-tokens';
import { ClientUsageThrottle } from './identity/client-usage';
import {
  isApiScope,
  isPlatformRole,
  type ClientPrincipal,
  type Principal,
  type UserPrincipal,
} from './principal';
import { secretMatches } from './secrets';

interface ClientRow {
  scopes: string[];
  organization_id: string | null;
  rate_limit_per_minute: number | null;
  secret_generation: number;
  /** The previous secret's generation still works (a rotation's grace has not ended). */
  previous_valid: boolean;
}

const CLIENT_COLUMNS = `scopes, organization_id, rate_limit_per_minute, secret_generation,
  COALESCE(previous_secret_expires_at > now(), false) AS previous_valid`;

/**
 * Turns verified credentials into a principal, checking the database each time so a revoked
 * session, a disabled account, a revoked client or a rotated-out secret stops working at once in
 * every subgraph.
 */
@Injectable()
export class PrincipalService {
  private readonly logger = new Logger(PrincipalService.name);
  private readonly usage = new ClientUsageThrottle();

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async fromAccessClaims(claims: AccessClaims): Promise<Principal | null> {
    if (typeof claims.sub !== 'string' || !isUUID(claims.sub)) return null;
    switch (claims.typ) {
      case 'user':
        return this.user(claims.sub, claims.sid);
      case 'client':
        return this.client(claims.sub, Array.isArray(claims.scp) ? claims.scp : [], claims.gen);
      default:
        return null;
    }
  }

  /** `x-api-key: <client id>.<secret>`: the current secret, or the previous one during its grace. */
  async fromApiKey(header: string): Promise<ClientPrincipal | null> {
    const separator = header.indexOf('.');
    const clientId = header.slice(0, separator);
    const secret = header.slice(separator + 1);
    if (separator < 0 || !isUUID(clientId) || secret.length < 20 || secret.length > 200) {
      return null;
    }
    const rows: (ClientRow & { secret_hash: Buffer; previous_secret_hash: Buffer | null })[] =
      await this.db.query(
        `SELECT secret_hash, previous_secret_hash, ${CLIENT_COLUMNS}
           FROM identity.api_clients WHERE id = $1 AND revoked_at IS NULL`,
        [clientId],
      );
    const row = rows[0];
    if (!row) return null;
    const matches =
      secretMatches(secret, row.secret_hash) ||
      (row.previous_valid &&
        row.previous_secret_hash !== null &&
        secretMatches(secret, row.previous_secret_hash));
    if (!matches) return null;
    await this.recordUse(clientId);
    return toClientPrincipal(clientId, row, row.scopes);
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

  private async client(
    clientId: string,
    tokenScopes: string[],
    generation: unknown,
  ): Promise<ClientPrincipal | null> {
    const rows: ClientRow[] = await this.db.query(
      `SELECT ${CLIENT_COLUMNS} FROM identity.api_clients WHERE id = $1 AND revoked_at IS NULL`,
      [clientId],
    );
    const row = rows[0];
    if (!row) return null;
    // A token lives as long as the secret it was exchanged for.
    const tokenGeneration = typeof generation === 'number' ? generation : 1;
    const current = tokenGeneration === row.secret_generation;
    const inGrace = row.previous_valid && tokenGeneration === row.secret_generation - 1;
    if (!current && !inGrace) return null;
    await this.recordUse(clientId);
    // A token never carries more than the client holds now.
    const held = new Set(row.scopes);
    return toClientPrincipal(
      clientId,
      row,
      tokenScopes.filter((scope) => held.has(scope)),
    );
  }

  /**
   * Records use at most once a minute per client and process, so a busy client does not write
   * on every call; a failed write is logged and never fails the caller's request.
   */
  private async recordUse(clientId: string): Promise<void> {
    if (!this.usage.shouldRecord(clientId)) return;
    await this.db
      .query(
        `UPDATE identity.api_clients SET last_used_at = now()
          WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
        [clientId],
      )
      .catch((error: unknown) => this.logger.warn({ err: error }, 'last-used time not recorded'));
  }
}

function toClientPrincipal(clientId: string, row: ClientRow, scopes: string[]): ClientPrincipal {
  return {
    kind: 'client',
    clientId,
    scopes: scopes.filter(isApiScope),
    organizationId: row.organization_id,
    rateLimitPerMinute: row.rate_limit_per_minute,
  };
}
