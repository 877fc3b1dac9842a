import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { ConnectionArgs, UUID } from '@vcp/platform/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  ConsortiumPersonRole,
  ConsortiumStatus,
  MembershipRole,
  MembershipStatus,
  Region,
} from '../../directory/directory-enums';

const VERTICAL_CODE = /^[A-Z][A-Z_]{1,39}$/;

@InputType()
export class CreateConsortiumInput {
  @Field()
  @IsString()
  @Length(1, 200, { message: 'name must be 1 to 200 characters' })
  name!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @Field({ description: 'A vertical code from `verticals`, e.g. MANUFACTURING.' })
  @Matches(VERTICAL_CODE, { message: 'verticalCode must be a vertical code such as MANUFACTURING' })
  verticalCode!: string;

  @Field(() => [Region])
  @ArrayNotEmpty({ message: 'regions must name at least one region' })
  @ArrayMaxSize(17)
  @IsEnum(Region, { each: true })
  regions!: Region[];

  @Field(() => UUID, { description: 'A mid-sized firm outside any large business group.' })
  @IsUUID('all')
  anchorOrganizationId!: string;

  @Field(() => UUID, {
    nullable: true,
    description: 'A person of the anchor firm to be the first LEAD.',
  })
  @IsOptional()
  @IsUUID('all')
  leadUserId?: string;
}

@InputType()
export class ConsortiumFilterInput {
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @Matches(VERTICAL_CODE, { each: true, message: 'verticalCodes must be vertical codes' })
  verticalCodes?: string[];

  @Field(() => [Region], { nullable: true, description: 'Consortiums active in any of these.' })
  @IsOptional()
  @ArrayMaxSize(17)
  @IsEnum(Region, { each: true })
  regions?: Region[];

  @Field(() => [ConsortiumStatus], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(4)
  @IsEnum(ConsortiumStatus, { each: true })
  statuses?: ConsortiumStatus[];

  @Field(() => UUID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  anchorOrganizationId?: string;

  @Field({ nullable: true, description: 'Part of the name, at least 2 characters.' })
  @IsOptional()
  @IsString()
  @Length(2, 100, { message: 'search must be 2 to 100 characters' })
  search?: string;
}

@ArgsType()
export class ConsortiumsArgs extends ConnectionArgs {
  @Field(() => ConsortiumFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConsortiumFilterInput)
  filter?: ConsortiumFilterInput;
}

@ArgsType()
export class MembersArgs extends ConnectionArgs {
  @Field(() => [MembershipStatus], {
    nullable: true,
    description: 'Default: INVITED, ACTIVE and SUSPENDED.',
  })
  @IsOptional()
  @ArrayMaxSize(6)
  @IsEnum(MembershipStatus, { each: true })
  statuses?: MembershipStatus[];
}

@InputType()
export class InviteMemberInput {
  @Field(() => UUID)
  @IsUUID('all')
  consortiumId!: string;

  @Field(() => UUID)
  @IsUUID('all')
  organizationId!: string;

  @Field(() => MembershipRole)
  @IsEnum(MembershipRole)
  role!: MembershipRole;

  @Field(() => UUID, {
    nullable: true,
    description: 'A person of the invited organisation who gets a role on acceptance.',
  })
  @IsOptional()
  @IsUUID('all')
  personId?: string;

  @Field(() => ConsortiumPersonRole, {
    nullable: true,
    description: 'MANAGER or VIEWER (default).',
  })
  @IsOptional()
  @IsEnum([ConsortiumPersonRole.MANAGER, ConsortiumPersonRole.VIEWER], {
    message: 'personRole must be MANAGER or VIEWER',
  })
  personRole?: ConsortiumPersonRole.MANAGER | ConsortiumPersonRole.VIEWER;
}

@InputType()
export class AssignConsortiumRoleInput {
  @Field(() => UUID)
  @IsUUID('all')
  consortiumId!: string;

  @Field(() => UUID)
  @IsUUID('all')
  userId!: string;

  @Field(() => ConsortiumPersonRole)
  @IsEnum(ConsortiumPersonRole)
  role!: ConsortiumPersonRole;
}

@ArgsType()
export class ReasonArgs {
  @Field(() => UUID)
  @IsUUID('all')
  id!: string;

  @Field()
  @IsString()
  @Length(1, 500, { message: 'reason must be 1 to 500 characters' })
  reason!: string;
}

@ArgsType()
export class OptionalReasonArgs {
  @Field(() => UUID)
  @IsUUID('all')
  id!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 500, { message: 'reason must be 1 to 500 characters' })
  reason?: string;
}
