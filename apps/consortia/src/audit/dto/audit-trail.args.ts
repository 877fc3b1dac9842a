import { ArgsType, Field } from '@nestjs/graphql';
import { ConnectionArgs, UUID } from '@vcp/platform/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { AuditEntityType } from '../../directory/directory-enums';

@ArgsType()
export class AuditTrailArgs extends ConnectionArgs {
  @Field(() => UUID, { nullable: true, description: 'Required unless you are an operator.' })
  @IsOptional()
  @IsUUID('all')
  consortiumId?: string;

  @Field(() => UUID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  organizationId?: string;

  @Field(() => AuditEntityType, { nullable: true })
  @IsOptional()
  @IsEnum(AuditEntityType)
  entityType?: AuditEntityType;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 80)
  entityId?: string;
}
