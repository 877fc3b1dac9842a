import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ApiScope, type ApiClientEntity, type IssuedApiClient } from '@vcp/platform/auth';
import { ConnectionType, UUID } from '@vcp/platform/graphql';

registerEnumType(ApiScope, {
  name: 'ApiScope',
  valuesMap: {
    CONSORTIA_READ: { description: 'consortia:read' },
    ENGAGEMENTS_READ: { description: 'engagements:read' },
    COMPUTE_READ: { description: 'compute:read' },
    RESERVATIONS_WRITE: { description: 'reservations:write' },
    USAGE_WRITE: { description: 'usage:write' },
  },
});

@ObjectType('ApiClient', { description: 'A partner system with scoped credentials.' })
export class ApiClientModel {
  @Field(() => UUID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => [ApiScope])
  scopes!: ApiScope[];

  @Field(() => UUID, { nullable: true })
  organizationId!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the client last called the API (recorded to the minute).',
  })
  lastUsedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the secret was last rotated.' })
  rotatedAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Until when the secret before the last rotation still works.',
  })
  previousSecretExpiresAt!: Date | null;

  @Field(() => Int, {
    nullable: true,
    description: "The client's own requests a minute to each service; null: the default.",
  })
  rateLimitPerMinute!: number | null;

  static from(entity: ApiClientEntity): ApiClientModel {
    return Object.assign(new ApiClientModel(), {
      id: entity.id,
      name: entity.name,
      scopes: entity.scopes,
      organizationId: entity.organizationId,
      createdAt: entity.createdAt,
      revokedAt: entity.revokedAt,
      lastUsedAt: entity.lastUsedAt,
      rotatedAt: entity.rotatedAt,
      previousSecretExpiresAt: entity.previousSecretExpiresAt,
      rateLimitPerMinute: entity.rateLimitPerMinute,
    });
  }
}

@ObjectType('ApiClientConnection')
export class ApiClientConnection extends ConnectionType(ApiClientModel, 'ApiClient') {}

@ObjectType('IssuedApiClient', {
  description: 'A new or rotated client; the secret is shown only now.',
})
export class IssuedApiClientModel {
  @Field(() => ApiClientModel)
  client!: ApiClientModel;

  @Field()
  secret!: string;

  @Field({ description: 'Value for the x-api-key header: <client id>.<secret>.' })
  apiKey!: string;

  static from(issued: IssuedApiClient): IssuedApiClientModel {
    return Object.assign(new IssuedApiClientModel(), {
      client: ApiClientModel.from(issued.client),
      secret: issued.secret,
      apiKey: issued.apiKey,
    });
  }
}

@ObjectType('ClientToken', { description: 'An access token for a partner client.' })
export class ClientTokenModel {
  @Field()
  accessToken!: string;

  @Field()
  expiresAt!: Date;

  @Field(() => [ApiScope])
  scopes!: ApiScope[];
}
