import { ArgsType, Field, Float, InputType, Int } from '@nestjs/graphql';
import { type HardwareProfileFilter, type WorkloadSpec } from '@vcp/compute/hardware';
import { ConnectionArgs, JSONObject, UUID } from '@vcp/platform/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsPositive,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { DataResidency, DeviceCategory, ModelFamily, Precision, Site } from '../hardware-enums';

const DEVICE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const deviceIdMessage = (field: string) => ({
  message: `${field} must be a catalog device id such as nvidia-h100-sxm`,
});
const VERTICAL_CODE = /^[A-Z][A-Z_]{1,39}$/;
/** GraphQL Float admits neither NaN nor Infinity; this keeps the check when called directly. */
const FINITE = { allowNaN: false, allowInfinity: false };

@InputType()
export class HardwareProfileFilterInput implements HardwareProfileFilter {
  @Field(() => [DeviceCategory], { nullable: true, description: 'Devices of any of these.' })
  @IsOptional()
  @ArrayMaxSize(4)
  @IsEnum(DeviceCategory, { each: true })
  categories?: DeviceCategory[];

  @Field(() => Site, { nullable: true, description: 'Devices deployable there.' })
  @IsOptional()
  @IsEnum(Site)
  site?: Site;

  @Field(() => Precision, { nullable: true, description: 'Devices that run this precision.' })
  @IsOptional()
  @IsEnum(Precision)
  precision?: Precision;

  @Field({ nullable: true, description: 'Exact vendor name, any case.' })
  @IsOptional()
  @IsString()
  @Length(1, 100, { message: 'vendor must be 1 to 100 characters' })
  vendor?: string;

  @Field({ nullable: true, description: 'Part of the name, at least 2 characters.' })
  @IsOptional()
  @IsString()
  @Length(2, 100, { message: 'search must be 2 to 100 characters' })
  search?: string;

  @Field({ nullable: true, description: 'Also list retired devices (default false).' })
  @IsOptional()
  @IsBoolean()
  includeRetired?: boolean;
}

@ArgsType()
export class HardwareProfilesArgs extends ConnectionArgs {
  @Field(() => HardwareProfileFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => HardwareProfileFilterInput)
  filter?: HardwareProfileFilterInput;
}

@ArgsType()
export class HardwareProfileIdArgs {
  @Field({ description: "The device's kebab-case id, e.g. nvidia-h100-sxm." })
  @IsString()
  @MaxLength(100, { message: 'id must be at most 100 characters' })
  @Matches(DEVICE_ID, deviceIdMessage('id'))
  id!: string;
}

@ArgsType()
export class AddHardwareProfileArgs {
  @Field(() => JSONObject, {
    description:
      'A device as in the bundled catalog: id, name, vendor, category, formFactor, sites, peak, memoryGb, memoryBandwidthGBps, internalBandwidthGBps (PIM), powerW and sources; every figure names its source.',
  })
  @IsObject({ message: 'device must be a JSON object' })
  device!: Record<string, unknown>;
}

/**
 * A workload description. The rules (sizes, ranges, site and residency) are the library's, which
 * names each field it refuses; these checks only keep out what cannot reach it.
 */
@InputType()
export class WorkloadInput {
  @Field({ description: '1 to 120 characters.' })
  @IsString()
  // Only a bound on what is read; the library says what a name may be.
  @MaxLength(500, { message: 'name must be 1 to 120 characters' })
  name!: string;

  @Field(() => ModelFamily)
  @IsEnum(ModelFamily)
  family!: ModelFamily;

  @Field(() => Float, { description: 'Number of weights, e.g. 25.6e6 or 7e9.' })
  @IsNumber(FINITE)
  @IsPositive({ message: 'parameters must be a positive number of weights' })
  parameters!: number;

  @Field(() => Precision)
  @IsEnum(Precision)
  precision!: Precision;

  @Field(() => Int, { description: 'Inferences (sequences, for LLM decode) processed together.' })
  @IsInt()
  batch!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Image side (CNN), sequence length (encoder), context length (LLM decode), lookups per sample (recommendation) or window (time series); the family default when omitted.',
  })
  @IsOptional()
  @IsInt()
  inputSize?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Longest acceptable time for one batch (one token step for LLM decode), ms.',
  })
  @IsOptional()
  @IsNumber(FINITE)
  latencyTargetMs?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Inferences (tokens for LLM decode) per second the deployment must sustain.',
  })
  @IsOptional()
  @IsNumber(FINITE)
  throughputTarget?: number | null;

  @Field(() => Float, { nullable: true, description: 'Most the whole deployment may draw, W.' })
  @IsOptional()
  @IsNumber(FINITE)
  powerBudgetW?: number | null;

  @Field(() => Site)
  @IsEnum(Site)
  site!: Site;

  @Field(() => DataResidency)
  @IsEnum(DataResidency)
  residency!: DataResidency;
}

/** The library's description of a workload input; an omitted input size is the family default. */
export function workloadSpecOf(input: WorkloadInput): WorkloadSpec {
  return {
    name: input.name,
    family: input.family,
    parameters: input.parameters,
    precision: input.precision,
    batch: input.batch,
    inputSize: input.inputSize ?? undefined,
    latencyTargetMs: input.latencyTargetMs ?? null,
    throughputTarget: input.throughputTarget ?? null,
    powerBudgetW: input.powerBudgetW ?? null,
    site: input.site,
    residency: input.residency,
  };
}

@ArgsType()
export class CreateWorkloadArgs {
  @Field(() => UUID)
  @IsUUID('all')
  consortiumId!: string;

  @Field(() => WorkloadInput)
  @ValidateNested()
  @Type(() => WorkloadInput)
  input!: WorkloadInput;
}

@ArgsType()
export class MatchWorkloadArgs {
  @Field(() => UUID, { nullable: true, description: 'A stored workload of a consortium.' })
  @IsOptional()
  @IsUUID('all')
  workloadId?: string;

  @Field(() => WorkloadInput, { nullable: true, description: 'Or a workload described here.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => WorkloadInput)
  workload?: WorkloadInput;
}

@ArgsType()
export class WorkloadTemplatesArgs {
  @Field({ nullable: true, description: 'A vertical code such as MANUFACTURING; all if omitted.' })
  @IsOptional()
  @Matches(VERTICAL_CODE, { message: 'verticalCode must be a vertical code such as MANUFACTURING' })
  verticalCode?: string;
}

@ArgsType()
export class ChooseHardwareArgs {
  @Field(() => UUID)
  @IsUUID('all')
  consortiumId!: string;

  @Field(() => UUID)
  @IsUUID('all')
  workloadId!: string;

  @Field({ description: 'A device in service that can run the workload.' })
  @IsString()
  @MaxLength(100, { message: 'deviceId must be at most 100 characters' })
  @Matches(DEVICE_ID, deviceIdMessage('deviceId'))
  deviceId!: string;
}
