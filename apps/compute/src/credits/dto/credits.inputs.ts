import { Field, InputType, Int } from '@nestjs/graphql';
import { type GrantRequest } from '@vcp/compute/ledger';
import { type NewPool } from '@vcp/compute/reservations';
import { UUID } from '@vcp/platform/graphql';
import { Type } from 'class-transformer';
import {
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import { Site } from '../credit-enums';

/*
 * The money rules (amounts, caps, windows, expiries, idempotency keys) are the libraries', which
 * name each field they refuse; these checks only keep out what cannot reach them and what the
 * database would refuse without a message.
 */

const DEVICE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const NOT_BLANK = /\S/;
const IDEMPOTENCY_KEY_DESCRIPTION =
  '8 to 200 characters, new for each request; a retry with the same key and request returns the first result.';
const dateMessage = (field: string) => ({ message: `${field} must be a date and time` });
const wholeMessage = (field: string) => ({ message: `${field} must be a whole number` });

@InputType()
export class DefineComputePoolInput implements NewPool {
  @Field({ description: 'Unique, 1 to 120 characters.' })
  @IsString()
  @MaxLength(120, { message: 'name must be 1 to 120 characters' })
  @Matches(NOT_BLANK, { message: 'name must be 1 to 120 characters' })
  name!: string;

  @Field({ description: 'The catalog device the pool offers, in service, e.g. furiosa-rngd.' })
  @IsString()
  @MaxLength(100, { message: 'hardwareProfileId must be at most 100 characters' })
  @Matches(DEVICE_ID, {
    message: 'hardwareProfileId must be a catalog device id such as nvidia-h100-sxm',
  })
  hardwareProfileId!: string;

  @Field(() => Site, { description: 'One of the sites the device is deployed at.' })
  @IsEnum(Site)
  site!: Site;

  @Field(() => Int, { description: 'Devices in the pool, 1 to 100,000.' })
  @IsInt(wholeMessage('capacityDevices'))
  capacityDevices!: number;

  @Field(() => Int, { description: 'Price of one device for one hour, 1 to 1,000,000 credits.' })
  @IsInt(wholeMessage('creditsPerDeviceHour'))
  creditsPerDeviceHour!: number;
}

@InputType()
export class SchedulePoolMaintenanceInput {
  @Field(() => UUID)
  @IsUUID('all')
  poolId!: string;

  @Field({ description: 'On the hour, in the future.' })
  @Type(() => Date)
  @IsDate(dateMessage('startsAt'))
  startsAt!: Date;

  @Field({ description: 'On the hour, after startsAt; at most four weeks later.' })
  @Type(() => Date)
  @IsDate(dateMessage('endsAt'))
  endsAt!: Date;

  @Field({ description: '1 to 500 characters, shown to whoever finds the pool closed.' })
  @IsString()
  @MaxLength(500, { message: 'reason must be 1 to 500 characters' })
  reason!: string;
}

@InputType()
export class GrantCreditsInput {
  @Field(() => UUID, {
    description: 'The SME that receives the credits (never a firm of a large business group).',
  })
  @IsUUID('all')
  organizationId!: string;

  @Field(() => Int, { description: 'Whole credits, 1 to 1,000,000,000.' })
  @IsInt(wholeMessage('amount'))
  amount!: number;

  @Field({ description: 'When what is left of the grant lapses; in the future.' })
  @Type(() => Date)
  @IsDate(dateMessage('expiresAt'))
  expiresAt!: Date;

  @Field({ description: IDEMPOTENCY_KEY_DESCRIPTION })
  @IsString()
  @MaxLength(200, { message: 'idempotencyKey must be 8 to 200 characters' })
  idempotencyKey!: string;

  @Field(() => String, { nullable: true, description: 'At most 500 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: 'memo must be at most 500 characters' })
  memo?: string | null;
}

/** The ledger's grant request; an omitted memo stays out, so a retry hashes the same. */
export function grantRequestOf(input: GrantCreditsInput): GrantRequest {
  const request: GrantRequest = {
    organizationId: input.organizationId,
    amount: input.amount,
    expiresAt: input.expiresAt,
    idempotencyKey: input.idempotencyKey,
  };
  if (input.memo !== undefined && input.memo !== null) request.memo = input.memo;
  return request;
}

@InputType()
export class GrantMandateInput {
  @Field(() => UUID, {
    description: 'The certified integrator allowed to spend your credits on your behalf.',
  })
  @IsUUID('all')
  integratorOrganizationId!: string;

  @Field(() => Int, { description: 'Most it may spend in all, 1 to 1,000,000,000 credits.' })
  @IsInt(wholeMessage('capCredits'))
  capCredits!: number;

  @Field({ description: 'When the mandate ends; in the future.' })
  @Type(() => Date)
  @IsDate(dateMessage('expiresAt'))
  expiresAt!: Date;
}

@InputType()
export class HoldReservationInput {
  @Field(() => UUID)
  @IsUUID('all')
  poolId!: string;

  @Field(() => UUID, { description: 'The consortium the compute is for.' })
  @IsUUID('all')
  consortiumId!: string;

  @Field(() => UUID, { description: 'The SME whose credits pay for it, under its mandate.' })
  @IsUUID('all')
  beneficiaryOrganizationId!: string;

  @Field(() => Int, { description: 'Devices, at least 1 and at most the pool’s capacity.' })
  @IsInt(wholeMessage('devices'))
  devices!: number;

  @Field({ description: 'On the hour, in the future.' })
  @Type(() => Date)
  @IsDate(dateMessage('startsAt'))
  startsAt!: Date;

  @Field({ description: 'On the hour, after startsAt, at most 4 weeks later.' })
  @Type(() => Date)
  @IsDate(dateMessage('endsAt'))
  endsAt!: Date;

  @Field({ description: IDEMPOTENCY_KEY_DESCRIPTION })
  @IsString()
  @MaxLength(200, { message: 'idempotencyKey must be 8 to 200 characters' })
  idempotencyKey!: string;
}
