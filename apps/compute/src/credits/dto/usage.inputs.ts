import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { UUID } from '@vcp/platform/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsInt, IsNumber, IsString, IsUUID, MaxLength } from 'class-validator';

/*
 * As with the credit inputs, the rules (positive hours within what was reserved, round windows
 * and deadlines, demands) are the libraries', which name each field they refuse; these checks
 * only keep out what cannot reach them.
 */

const dateMessage = (field: string) => ({ message: `${field} must be a date and time` });

@InputType()
export class ReportUsageInput {
  @Field(() => UUID, { description: 'A confirmed reservation that has started.' })
  @IsUUID('all')
  reservationId!: string;

  @Field(() => Float, {
    description: 'Device-hours used since the last report; positive, and in all at most reserved.',
  })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'deviceHours must be a number' })
  deviceHours!: number;

  @Field({
    description:
      '8 to 200 characters, new for each report; a retry with the same key and report returns the first report.',
  })
  @IsString()
  @MaxLength(200, { message: 'idempotencyKey must be 8 to 200 characters' })
  idempotencyKey!: string;
}

@InputType()
export class OpenAllocationRoundInput {
  @Field(() => UUID)
  @IsUUID('all')
  poolId!: string;

  @Field({ description: 'On the hour, in the future.' })
  @Type(() => Date)
  @IsDate(dateMessage('startsAt'))
  startsAt!: Date;

  @Field({ description: 'On the hour, after startsAt, at most 4 weeks later.' })
  @Type(() => Date)
  @IsDate(dateMessage('endsAt'))
  endsAt!: Date;

  @Field({ description: 'Requests are taken until then: in the future, no later than startsAt.' })
  @Type(() => Date)
  @IsDate(dateMessage('deadline'))
  deadline!: Date;
}

@InputType()
export class RequestAllocationInput {
  @Field(() => UUID)
  @IsUUID('all')
  roundId!: string;

  @Field(() => UUID, { description: 'The consortium the compute is for.' })
  @IsUUID('all')
  consortiumId!: string;

  @Field(() => UUID, {
    description:
      'The SME the devices are for; whether it is an SME or in a large business group is read from the directory.',
  })
  @IsUUID('all')
  beneficiaryOrganizationId!: string;

  @Field(() => Int, { description: 'Devices wanted for the whole window, at least 1.' })
  @IsInt({ message: 'demand must be a whole number' })
  demand!: number;
}
