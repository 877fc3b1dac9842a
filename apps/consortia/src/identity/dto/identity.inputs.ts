import { Field, InputType } from '@nestjs/graphql';
import { ApiScope } from '@vcp/platform/auth';
import { UUID } from '@vcp/platform/graphql';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';

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

  @Field(() => UUID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'organizationId must be a UUID' })
  organizationId?: string;
}
