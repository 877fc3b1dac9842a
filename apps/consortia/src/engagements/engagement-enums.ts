import { registerEnumType } from '@nestjs/graphql';
import {
  ActivityType,
  EngagementStatus,
  PayBand,
  PayType,
  ResearcherRank,
} from '@vcp/consortia/engagements';

/** How `myHours` groups a researcher's hours. */
export enum HourPeriod {
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}

registerEnumType(ResearcherRank, { name: 'ResearcherRank' });
registerEnumType(EngagementStatus, {
  name: 'EngagementStatus',
  description:
    'DRAFT → SUBMITTED → APPROVED → ACTIVE → ENDED; SUBMITTED → REJECTED; REVOKED from SUBMITTED, APPROVED or ACTIVE.',
});
registerEnumType(PayType, { name: 'PayType' });
registerEnumType(PayBand, { name: 'PayBand', description: 'Annual pay from the host firm, KRW.' });
registerEnumType(ActivityType, { name: 'ActivityType' });
registerEnumType(HourPeriod, {
  name: 'HourPeriod',
  description: 'WEEK: ISO weeks (2026-W48), MONTH: calendar months (2026-11), Korea time.',
});

export { ActivityType, EngagementStatus, PayBand, PayType, ResearcherRank };
