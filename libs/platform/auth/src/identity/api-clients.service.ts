import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type Connection,
  type ConnectionArgs,
  decodeCursor,
  NotFoundError,
  pageSize,
  toConnection,
  UnauthenticatedError,
} from '@vcp/platform/graphql';
import { IsNull, type DataSource } from 'typeorm';
import { AccessTokens, type SignedToken } from '../access-tokens';
import { type ApiScope } from '../principal';
import { hashSecret, randomSecret, secretMatches } from '../secrets';
import { ApiClientEntity } from './api-client.entity';

export interface NewApiClient {
  name: string;
  scopes: ApiScope[];
  organizationId?: string | null;
  createdBy?: string | null;
}

export interface IssuedApiClient {
  client: ApiClientEntity;
  /** Shown once; only its hash is kept. */
  secret: string;
  /** The `x-api-key` header value: `<client id>.<secret>`. */
  apiKey: string;
}

const INVALID_CLIENT = 'The client id or secret is incorrect, or the client was revoked.';

/** Partner API clients: hashed secrets, scopes, revocation, and exchange for an access token. */
@Injectable()
export class ApiClientsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly accessTokens: AccessTokens,
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
        secretHash: hashSecret(secret),
      }),
    );
    const client = await repository.findOneByOrFail({ id });
    return { client, secret, apiKey: `${client.id}.${secret}` };
  }

  /** Newest first, keyset-paginated on (created_at, id). */
  async page(args: ConnectionArgs): Promise<Connection<ApiClientEntity>> {
    const limit = pageSize(args);
    const query = this.db
      .getRepository(ApiClientEntity)
      .createQueryBuilder('c')
      .orderBy('c.createdAt', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(limit + 1);
    if (args.after) {
      const [createdAt, id] = decodeCursor(args.after, ['timestamp', 'uuid']);
      query.where('(c.createdAt, c.id) < (:createdAt, :id)', { createdAt, id });
    }
    return toConnection(await query.getMany(), limit, (c) => [c.createdAt.toISOString(), c.id]);
  }

  async revoke(id: string): Promise<ApiClientEntity> {
    const repository = this.db.getRepository(ApiClientEntity);
    await repository.update({ id, revokedAt: IsNull() }, { revokedAt: new Date() });
    const client = await repository.findOneBy({ id });
    if (!client) throw new NotFoundError('API client', id);
    return client;
  }

  /** Client-credentials exchange: a short-lived access token carrying the client's scopes. */
  async exchange(clientId: string, secret: string): Promise<SignedToken & { scopes: ApiScope[] }> {
    if (!isUUID(clientId)) throw new UnauthenticatedError(INVALID_CLIENT);
    const client = await this.db
      .getRepository(ApiClientEntity)
      .createQueryBuilder('c')
      .addSelect('c.secretHash')
      .where('c.id = :id AND c.revokedAt IS NULL', { id: clientId })
      .getOne();
    if (!client || !secretMatches(secret, client.secretHash)) {
      throw new UnauthenticatedError(INVALID_CLIENT);
    }
    const token = await this.accessTokens.sign({
      typ: 'client',
      sub: client.id,
      scp: client.scopes,
    });
    return { ...token, scopes: client.scopes };
  }
}
