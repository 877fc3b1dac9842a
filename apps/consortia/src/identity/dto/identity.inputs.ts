import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { ApiScope } from '@vcp/platform/auth';
import { ConnectionArgs, UUID } from '@vcp/platform/graphql';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsEmail,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

const MAX_RATE_LIMIT = 1_000_000;

@InputType()
export class LoginInput {
  @Field()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  @Field()
  @IsString()
  @Length(1, 200, { message: 'password must be 1 to 200 characters' })
  password!: string;
}

@InputType()
export class RefreshSessionInput {
  @Field()
  @IsString()
  @Length(20, 200, { message: 'refreshToken is not a refresh token this service issued' })
  refreshToken!: string;
}

@InputType()
export class ClientCredentialsInput {
  @Field(() => UUID)
  @IsUUID('all', { message: 'clientId must be a UUID' })
  clientId!: string;

  @Field()
  @IsString()
  @Length(20, 200, { message: 'clientSecret must be 20 to 200 characters' })
  clientSecret!: string;
}

@InputType()
export class CreateApiClientInput {
  @Field()
  @IsString()
  @Length(1, 120, { message: 'name must be 1 to 120 characters' })
  name!: string;

  @Field(() => [ApiScope])
  @ArrayNotEmpty({ message: 'scopes must name at least one scope' })
  @ArrayMaxSize(10)
  @IsEnum(ApiScope, { each: true, message: 'scopes must be known scopes' })
  scopes!: ApiScope[];

  @Field(() => UUID, {
    nullable: true,
    description: "The partner's organisation; an organisation admin's own by default.",
  })
  @IsOptional()
  @IsUUID('all', { message: 'organizationId must be a UUID' })
  organizationId?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Requests a minute to each service (operators only); the default otherwise.',
  })
  @IsOptional()
  @IsInt({ message: 'rateLimitPerMinute must be a whole number' })
  @Min(1, { message: 'rateLimitPerMinute must be at least 1' })
  @Max(MAX_RATE_LIMIT, { message: `rateLimitPerMinute must be at most ${MAX_RATE_LIMIT}` })
  rateLimitPerMinute?: number;
}

@ArgsType()
export class ApiClientsArgs extends ConnectionArgs {
  @Field(() => UUID, { nullable: true, description: "Only this organisation's clients." })
  @IsOptional()
  @IsUUID('all', { message: 'organizationId must be a UUID' })
  organizationId?: string;
}

@InputType()
export class RotateApiClientInput {
  @Field(() => UUID)
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;

  @Field({
    defaultValue: false,
    description:
      'Stop the previous secret and its tokens at once (a leaked secret) instead of after the grace.',
  })
  @IsBoolean()
  immediately!: boolean;
}

@InputType()
export class SetApiClientRateLimitInput {
  @Field(() => UUID)
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Requests a minute to each service; null returns the client to the default.',
  })
  @IsOptional()
  @IsInt({ message: 'requestsPerMinute must be a whole number' })
  @Min(1, { message: 'requestsPerMinute must be at least 1' })
  @Max(MAX_RATE_LIMIT, { message: `requestsPerMinute must be at most ${MAX_RATE_LIMIT}` })
  requestsPerMinute?: number | null;
}
