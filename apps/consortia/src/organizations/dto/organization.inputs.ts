import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { ConnectionArgs, LocalDate, SafeInt, UUID } from '@vcp/platform/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { OrganizationKind, Region } from '../../directory/directory-enums';

const MAX_KRW = Number.MAX_SAFE_INTEGER;

@InputType()
export class RegisterOrganizationInput {
  @Field()
  @IsString()
  @Length(1, 200, { message: 'name must be 1 to 200 characters' })
  name!: string;

  @Field(() => OrganizationKind)
  @IsEnum(OrganizationKind)
  kind!: OrganizationKind;

  @Field({ description: '10 digits, hyphens optional: 123-45-67890.' })
  @IsString()
  @Length(10, 14, { message: 'businessRegistrationNumber must be 10 digits, hyphens optional' })
  businessRegistrationNumber!: string;

  @Field(() => Region)
  @IsEnum(Region)
  region!: Region;

  @Field({ description: 'KSIC (rev. 10) code: a section letter and division, e.g. C26.' })
  @IsString()
  @Length(1, 3)
  industryCode!: string;

  @Field(() => SafeInt, {
    nullable: true,
    description: 'Average annual revenue in KRW; firms only.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_KRW)
  annualRevenueKrw?: number;

  @Field(() => SafeInt, { nullable: true, description: 'Total assets in KRW; firms only.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_KRW)
  totalAssetsKrw?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(5_000_000)
  employees?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  businessGroup?: string;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  inLargeBusinessGroup?: boolean;
}

@InputType()
export class UpdateOrganizationInput {
  @Field(() => UUID)
  @IsUUID('all')
  id!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;

  @Field(() => OrganizationKind, { nullable: true })
  @IsOptional()
  @IsEnum(OrganizationKind)
  kind?: OrganizationKind;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(10, 14)
  businessRegistrationNumber?: string;

  @Field(() => Region, { nullable: true })
  @IsOptional()
  @IsEnum(Region)
  region?: Region;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 3)
  industryCode?: string;

  @Field(() => SafeInt, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_KRW)
  annualRevenueKrw?: number;

  @Field(() => SafeInt, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_KRW)
  totalAssetsKrw?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(5_000_000)
  employees?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  businessGroup?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  inLargeBusinessGroup?: boolean;
}

@InputType()
export class CertifyIntegratorInput {
  @Field(() => UUID)
  @IsUUID('all')
  organizationId!: string;

  @Field()
  @IsString()
  @Length(1, 60)
  number!: string;

  @Field(() => LocalDate)
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'issuedOn must be a date, YYYY-MM-DD' })
  issuedOn!: string;

  @Field(() => LocalDate)
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'expiresOn must be a date, YYYY-MM-DD' })
  expiresOn!: string;
}

@InputType()
export class OrganizationFilterInput {
  @Field(() => [OrganizationKind], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(6)
  @IsEnum(OrganizationKind, { each: true })
  kinds?: OrganizationKind[];

  @Field(() => [Region], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(17)
  @IsEnum(Region, { each: true })
  regions?: Region[];

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 3)
  industryCode?: string;

  @Field({ nullable: true, description: 'Part of the name, at least 2 characters.' })
  @IsOptional()
  @IsString()
  @Length(2, 100, { message: 'search must be 2 to 100 characters' })
  search?: string;
}

@ArgsType()
export class OrganizationsArgs extends ConnectionArgs {
  @Field(() => OrganizationFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => OrganizationFilterInput)
  filter?: OrganizationFilterInput;
}
