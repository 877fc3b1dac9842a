import { ArgsType, Field, Float, InputType, Int } from '@nestjs/graphql';
import { ConnectionArgs, LocalDate, UUID } from '@vcp/platform/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  registerDecorator,
  ValidateNested,
  type ValidationArguments,
} from 'class-validator';
import {
  ActivityType,
  EngagementStatus,
  HourPeriod,
  PayBand,
  PayType,
  ResearcherRank,
} from '../engagement-enums';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateMessage = (field: string) => ({ message: `${field} must be a date, YYYY-MM-DD` });
/** Hours travel as plain decimals (7.25); the library checks quarter hours and the caps. */
const HOURS = { allowNaN: false, allowInfinity: false };

/**
 * At most two decimal places (7.25, not 7.125). Counted on the rounded value, not the number's
 * text: class-validator's `maxDecimalPlaces` reads the text and throws on exponent forms (4e-323).
 */
function HasHundredths(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'hasHundredths',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: ({ property }) => `${property} must have at most two decimal places` },
      validator: {
        validate: (value: unknown) =>
          typeof value !== 'number' ||
          !Number.isFinite(value) ||
          Number(value.toFixed(2)) === value,
      },
    });
}

/** A YYYY-MM-DD date on or after the one in `property` (such strings sort like the dates). */
function IsOnOrAfter(property: string) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isOnOrAfter',
      target: target.constructor,
      propertyName,
      constraints: [property],
      options: { message: `${propertyName} must be on or after ${property}` },
      validator: {
        validate: (value: unknown, args: ValidationArguments) => {
          const other = (args.object as Record<string, unknown>)[property];
          return typeof value !== 'string' || typeof other !== 'string' || value >= other;
        },
      },
    });
}

@InputType()
export class RegisterResearcherInput {
  @Field(() => UUID, {
    nullable: true,
    description: 'Operators may register someone else; by default, yourself.',
  })
  @IsOptional()
  @IsUUID('all')
  userId?: string;

  @Field(() => UUID, { description: 'Your own university (your account’s organisation).' })
  @IsUUID('all')
  universityId!: string;

  @Field(() => ResearcherRank)
  @IsEnum(ResearcherRank)
  rank!: ResearcherRank;

  @Field()
  @IsString()
  @Length(1, 200, { message: 'department must be 1 to 200 characters' })
  department!: string;

  @Field(() => [String], { defaultValue: [], description: 'Up to 10 research fields.' })
  @ArrayMaxSize(10, { message: 'fields may list at most 10 research fields' })
  @IsString({ each: true })
  @Length(1, 100, { each: true, message: 'each field must be 1 to 100 characters' })
  fields!: string[];

  @Field({ description: '0000-0002-1825-0097; hyphens and the orcid.org link prefix optional.' })
  @IsString()
  @Length(16, 60, { message: 'orcid must be an ORCID iD such as 0000-0002-1825-0097' })
  orcid!: string;
}

@InputType()
export class UniversityPolicyInput {
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber(HOURS)
  @HasHundredths()
  @Min(0.25, { message: 'weeklyCapHours must be at least 0.25' })
  @Max(40, { message: 'weeklyCapHours must be at most 40' })
  weeklyCapHours?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  approvalRequired?: boolean;
}

@InputType()
export class CreateEngagementInput {
  @Field(() => UUID)
  @IsUUID('all')
  consortiumId!: string;

  @Field(() => UUID, { description: 'The consortium’s anchor or one of its active firm members.' })
  @IsUUID('all')
  hostOrganizationId!: string;

  @Field()
  @IsString()
  @Length(1, 120, { message: 'role must be 1 to 120 characters' })
  role!: string;

  @Field(() => LocalDate)
  @Matches(ISO_DATE, dateMessage('startDate'))
  startDate!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Open-ended when left out.' })
  @IsOptional()
  @Matches(ISO_DATE, dateMessage('endDate'))
  @IsOnOrAfter('startDate')
  endDate?: string;

  @Field(() => Float)
  @IsNumber(HOURS)
  @HasHundredths()
  @Min(0.25, { message: 'committedHoursPerWeek must be at least 0.25' })
  @Max(40, { message: 'committedHoursPerWeek must be at most 40' })
  committedHoursPerWeek!: number;

  @Field(() => PayType)
  @IsEnum(PayType)
  payType!: PayType;
}

@InputType()
export class DeclareDisclosureInput {
  @Field(() => UUID)
  @IsUUID('all')
  engagementId!: string;

  @Field()
  @IsBoolean()
  holdsEquity!: boolean;

  @Field({ nullable: true, description: 'Required when holdsEquity: the company and share.' })
  @IsOptional()
  @IsString()
  @Length(1, 1000, { message: 'equityDetails must be 1 to 1000 characters' })
  equityDetails?: string;

  @Field(() => PayBand)
  @IsEnum(PayBand)
  payBand!: PayBand;

  @Field()
  @IsBoolean()
  familyTies!: boolean;

  @Field({ nullable: true, description: 'Required when familyTies: who, and how related.' })
  @IsOptional()
  @IsString()
  @Length(1, 1000, { message: 'familyDetails must be 1 to 1000 characters' })
  familyDetails?: string;
}

@ArgsType()
export class EngagementReasonArgs {
  @Field(() => UUID)
  @IsUUID('all')
  id!: string;

  @Field()
  @IsString()
  @Length(1, 1000, { message: 'reason must be 1 to 1000 characters' })
  reason!: string;
}

@ArgsType()
export class ApproveEngagementArgs {
  @Field(() => UUID)
  @IsUUID('all')
  id!: string;

  @Field({
    defaultValue: false,
    description: 'Approve although it competes with another engagement of the researcher.',
  })
  @IsBoolean()
  acknowledgeCompeting!: boolean;
}

@InputType()
export class EngagementFilterInput {
  @Field(() => EngagementStatus, { nullable: true })
  @IsOptional()
  @IsEnum(EngagementStatus)
  status?: EngagementStatus;

  @Field(() => UUID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  consortiumId?: string;

  @Field(() => UUID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  universityId?: string;

  @Field(() => UUID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  researcherId?: string;
}

@ArgsType()
export class EngagementsArgs extends ConnectionArgs {
  @Field(() => EngagementFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => EngagementFilterInput)
  filter?: EngagementFilterInput;
}

@InputType()
export class LogHoursInput {
  @Field(() => UUID)
  @IsUUID('all')
  engagementId!: string;

  @Field(() => LocalDate, { description: 'The day worked (Korea time), not in the future.' })
  @Matches(ISO_DATE, dateMessage('workDate'))
  workDate!: string;

  @Field(() => Float, { description: 'More than 0, at most 24, in quarter hours: 7.25.' })
  @IsNumber(HOURS)
  @HasHundredths()
  @Min(0.25, { message: 'hours must be at least 0.25' })
  @Max(24, { message: 'hours must be at most 24' })
  hours!: number;

  @Field(() => ActivityType)
  @IsEnum(ActivityType)
  activityType!: ActivityType;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000, { message: 'note must be at most 1000 characters' })
  note?: string;
}

@InputType({
  description: 'What to change; fields left out keep their value, a null note clears it.',
})
export class CorrectHourLogInput {
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber(HOURS)
  @HasHundredths()
  @Min(0.25, { message: 'hours must be at least 0.25' })
  @Max(24, { message: 'hours must be at most 24' })
  hours?: number;

  @Field(() => ActivityType, { nullable: true })
  @IsOptional()
  @IsEnum(ActivityType)
  activityType?: ActivityType;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000, { message: 'note must be at most 1000 characters' })
  note?: string | null;
}

@ArgsType()
export class DateRangeArgs {
  @Field(() => LocalDate)
  @Matches(ISO_DATE, dateMessage('from'))
  from!: string;

  @Field(() => LocalDate, { description: 'Inclusive.' })
  @Matches(ISO_DATE, dateMessage('to'))
  @IsOnOrAfter('from')
  to!: string;
}

@ArgsType()
export class MyHoursArgs extends DateRangeArgs {
  @Field(() => HourPeriod, { defaultValue: HourPeriod.WEEK })
  @IsEnum(HourPeriod)
  by!: HourPeriod;
}

@ArgsType()
export class ResearcherHoursArgs extends MyHoursArgs {
  @Field(() => UUID)
  @IsUUID('all')
  researcherId!: string;
}

@ArgsType()
export class HourLogsCsvArgs extends DateRangeArgs {
  @Field(() => UUID)
  @IsUUID('all')
  universityId!: string;
}

@ArgsType()
export class HourLogsArgs {
  @Field(() => Int, {
    defaultValue: 50,
    description: 'How many current entries, newest date first, 1 to 200.',
  })
  @IsInt()
  @Min(1, { message: 'first must be at least 1' })
  @Max(200, { message: 'first must be at most 200' })
  first!: number;
}
