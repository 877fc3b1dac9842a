import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { WebhookDeliveryStatus, WebhookEventType } from '@vcp/platform/events';
import { ConnectionArgs, UUID } from '@vcp/platform/graphql';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsBoolean,
  IsDate,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';

@InputType()
export class CreateWebhookSubscriptionInput {
  @Field({
    description:
      'Where to POST: https (plain http only to localhost outside production); never a private address in production.',
  })
  @IsString()
  @Length(8, 2000, { message: 'url must be 8 to 2000 characters' })
  url!: string;

  @Field(() => [WebhookEventType])
  @ArrayNotEmpty({ message: 'eventTypes must name at least one event type' })
  @ArrayMaxSize(20)
  @IsEnum(WebhookEventType, { each: true, message: 'eventTypes must be known event types' })
  eventTypes!: WebhookEventType[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: 'description must be at most 500 characters' })
  description?: string | null;

  @Field(() => UUID, {
    nullable: true,
    description: "Operators only: subscribe on this partner client's behalf.",
  })
  @IsOptional()
  @IsUUID('all', { message: 'apiClientId must be a UUID' })
  apiClientId?: string | null;
}

@ArgsType()
export class WebhookSubscriptionsArgs extends ConnectionArgs {
  @Field(() => UUID, {
    nullable: true,
    description: "Operators: only this client's subscriptions.",
  })
  @IsOptional()
  @IsUUID('all', { message: 'apiClientId must be a UUID' })
  apiClientId?: string | null;
}

@ArgsType()
export class WebhookDeliveriesArgs extends ConnectionArgs {
  @Field(() => UUID)
  @IsUUID('all', { message: 'subscriptionId must be a UUID' })
  subscriptionId!: string;

  @Field(() => [WebhookDeliveryStatus], { nullable: true, description: 'Only these statuses.' })
  @IsOptional()
  @ArrayMaxSize(4)
  @IsEnum(WebhookDeliveryStatus, { each: true, message: 'statuses must be delivery statuses' })
  statuses?: WebhookDeliveryStatus[] | null;
}

@InputType()
export class ReplayWebhookDeliveriesInput {
  @Field(() => UUID)
  @IsUUID('all', { message: 'subscriptionId must be a UUID' })
  subscriptionId!: string;

  @Field({ description: 'Events that occurred at or after this instant.' })
  @Type(() => Date)
  @IsDate({ message: 'from must be a date and time' })
  from!: Date;

  @Field({ description: 'Events that occurred before this instant.' })
  @Type(() => Date)
  @IsDate({ message: 'to must be a date and time' })
  to!: Date;

  @Field({
    defaultValue: true,
    description: 'Only DEAD and CANCELLED deliveries (false: every delivery, delivered or not).',
  })
  @IsBoolean()
  failedOnly!: boolean;
}
