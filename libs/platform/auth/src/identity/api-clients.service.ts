import { Inject, Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { InjectDataSource } from '@nestjs/typeorm';
import { inTransaction } from '@vcp/platform/database';
import {
  ConflictError,
  type Connection,
  type ConnectionArgs,
  decodeCursor,
  NotFoundError,
  pageSize,
  toConnection,
  UnauthenticatedError,
} from '@vcp/platform/graphql';
import { type DataSource } from 'typeorm';
import { AccessTokens, type SignedToken } from '../access-tokens';
import { authConfig, type AuthConfig } from '../auth.config';
import { type ApiScope } from '../principal';
import { hashSecret, randomSecret, secretMatches } from '../secrets';
import { ApiClientEntity } from './api-client.entity';

export interface NewApiClient {
  name: string;
  scopes: ApiScope[];
  organizationId?: string | null;
  createdBy?: string | null;
  /** Requests a minute per service; null or absent: the configured default. */
  rateLimitPerMinute?: number | null;
}

export interface IssuedApiClient {
  client: ApiClientEntity;
  /** Shown once; only its hash is kept. */
  secret: string;
  /** The `x-api-key` header value: `<client id>.<secret>`. */
  apiKey: string;
}

export interface ApiClientFilter {
  /** Only this organisation's clients. */
  organizationId?: string;
}

const INVALID_CLIENT = 'The client id or secret is incorrect, or the client was revoked.';

/** Partner API clients: hashed secrets, scopes, rotation, revocation, and token exchange. */
@Injectable()
export class ApiClientsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly accessTokens: AccessTokens,
    @Inject(authConfig.KEY) private readonly config: AuthConfig,
  ) {}

  async create(input: NewApiClient): Promise<IssuedApiClient> {
    const secret = randomSecret();
    const repository = this.db.getRepository(ApiClientEntity);
    const { id } = await repository.save(
      repository.create({
        name: input.name,
        scopes: [...new Set(input.scopes)],
        organizationId: input.organizationId ?? null,
        createdBy: input.createdBy ?? null,
        rateLimitPerMinute: input.rateLimitPerMinute ?? null,
        secretHash: hashSecret(secret),
      }),
    );
    return this.issued(await this.findById(id), secret);
  }

  async findById(id: string): Promise<ApiClientEntity> {
    const client = await this.db.getRepository(ApiClientEntity).findOneBy({ id });
    if (!client) throw new NotFoundError('API client', id);
    return client;
  }

  /** Newest first, keyset-paginated on (created_at, id). */
  async page(
    args: ConnectionArgs,
    filter: ApiClientFilter = {},
  ): Promise<Connection<ApiClientEntity>> {
    const limit = pageSize(args);
    const query = this.db
      .getRepository(ApiClientEntity)
      .createQueryBuilder('c')
      .where('true')
      .orderBy('c.createdAt', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(limit + 1);
    if (filter.organizationId) {
      query.andWhere('c.organizationId = :organizationId', {
        organizationId: filter.organizationId,
      });
    }
    if (args.after) {
      const [createdAt, id] = decodeCursor(args.after, ['timestamp', 'uuid']);
      query.andWhere('(c.createdAt, c.id) < (:createdAt, :id)', { createdAt, id });
    }
    return toConnection(await query.getMany(), limit, (c) => [c.createdAt.toISOString(), c.id]);
  }

  /**
   * A new secret, shown once. The previous one (and tokens exchanged for it) keeps working for
   * the configured grace so a partner can deploy the new one, or stops at once when
   * `immediately` (a leaked secret). Either way, secrets from before the previous one are dead.
   */
  async rotate(id: string, options: { immediately: boolean }): Promise<IssuedApiClient> {
    const secret = randomSecret();
    const grace = options.immediately ? 0 : this.config.clientRotationGraceSeconds;
    await inTransaction(this.db, async (manager) => {
      const rows: { revoked_at: Date | null }[] = await manager.query(
        `SELECT revoked_at FROM identity.api_clients WHERE id = $1 FOR UPDATE`,
        [id],
      );
      if (!rows[0]) throw new NotFoundError('API client', id);
      if (rows[0].revoked_at) {
        throw new ConflictError('This API client was revoked; create a new one instead.');
      }
      await manager.query(
        `UPDATE identity.api_clients
            SET previous_secret_hash = CASE WHEN $3 > 0 THEN secret_hash END,
                previous_secret_expires_at = CASE WHEN $3 > 0 THEN now() + make_interval(secs => $3) END,
                secret_hash = $2,
                secret_generation = secret_generation + 1,
                rotated_at = now()
          WHERE id = $1`,
        [id, hashSecret(secret), grace],
      );
    });
    return this.issued(await this.findById(id), secret);
  }

  async setRateLimit(id: string, perMinute: number | null): Promise<ApiClientEntity> {
    const result = await this.db
      .getRepository(ApiClientEntity)
      .update({ id }, { rateLimitPerMinute: perMinute });
    if (!result.affected) throw new NotFoundError('API client', id);
    return this.findById(id);
  }

  async revoke(id: string): Promise<ApiClientEntity> {
    await this.db.query(
      `UPDATE identity.api_clients
          SET revoked_at = now(), previous_secret_hash = NULL, previous_secret_expires_at = NULL
        WHERE id = $1 AND revoked_at IS NULL`,
      [id],
    );
    return this.findById(id);
  }

  /**
   * Client-credentials exchange: a short-lived access token carrying the client's scopes and
   * the generation of the secret presented (the previous secret counts during its grace).
   */
  async exchange(clientId: string, secret: string): Promise<SignedToken & { scopes: ApiScope[] }> {
    if (!isUUID(clientId)) throw new UnauthenticatedError(INVALID_CLIENT);
    const client = await this.db
      .getRepository(ApiClientEntity)
      .createQueryBuilder('c')
      .addSelect(['c.secretHash', 'c.previousSecretHash'])
      .where('c.id = :id AND c.revokedAt IS NULL', { id: clientId })
      .getOne();
    if (!client) throw new UnauthenticatedError(INVALID_CLIENT);
    let generation: number;
    if (secretMatches(secret, client.secretHash)) {
      generation = client.secretGeneration;
    } else if (
      client.previousSecretHash &&
      client.previousSecretExpiresAt &&
      client.previousSecretExpiresAt.getTime() > Date.now() &&
      secretMatches(secret, client.previousSecretHash)
    ) {
      generation = client.secretGeneration - 1;
    } else {
      throw new UnauthenticatedError(INVALID_CLIENT);
    }
    const token = await this.accessTokens.sign({
      typ: 'client',
      sub: client.id,
      scp: client.scopes,
      gen: generation,
    });
    return { ...token, scopes: client.scopes };
  }

  private issued(client: ApiClientEntity, secret: string): IssuedApiClient {
    return { client, secret, apiKey: `${client.id}.${secret}` };
  }
}
