import { Field, Float, ObjectType } from '@nestjs/graphql';
import { type HourLogEntity, type HoursByPeriod } from '@vcp/consortia/engagements';
import { LocalDate, UUID } from '@vcp/platform/graphql';
import { ActivityType } from '../engagement-enums';

@ObjectType('HourLog', {
  description: "A day's hours on an engagement; a correction is a new entry superseding it.",
})
export class HourLogModel {
  @Field(() => UUID)
  id!: string;

  @Field(() => UUID)
  engagementId!: string;

  @Field(() => LocalDate)
  workDate!: string;

  @Field({ description: 'ISO week of the work date, e.g. 2026-W48.' })
  isoWeek!: string;

  @Field(() => Float)
  hours!: number;

  @Field(() => ActivityType)
  activityType!: ActivityType;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => UUID, { nullable: true, description: 'The entry this one corrected.' })
  supersedes!: string | null;

  @Field(() => Date, { nullable: true, description: 'When a correction replaced this entry.' })
  supersededAt!: Date | null;

  static from(entity: HourLogEntity): HourLogModel {
    return Object.assign(new HourLogModel(), {
      id: entity.id,
      engagementId: entity.engagementId,
      workDate: entity.workDate,
      isoWeek: entity.isoWeek,
      hours: entity.hours,
      activityType: entity.activityType,
      note: entity.note,
      createdAt: entity.createdAt,
      supersedes: entity.supersedes,
      supersededAt: entity.supersededAt,
    });
  }
}

@ObjectType('HoursByPeriod', { description: "A researcher's hours in one week or month." })
export class HoursByPeriodModel {
  @Field({ description: '2026-W48 or 2026-11.' })
  period!: string;

  @Field(() => Float)
  hours!: number;

  static from(row: HoursByPeriod): HoursByPeriodModel {
    return Object.assign(new HoursByPeriodModel(), { period: row.period, hours: row.hours });
  }
}
