export {
  addDays,
  daysBetween,
  isoWeekOf,
  isValidIsoDate,
  monthOf,
  SEOUL_TIME_ZONE,
  seoulToday,
  type IsoWeek,
} from './iso-week';
export {
  committedHoursProblem,
  CORRECTION_WINDOW_DAYS,
  correctionProblem,
  dailyHoursProblem,
  DEFAULT_WEEKLY_CAP_HOURS,
  entryDateProblem,
  lastCorrectionDate,
  MAX_HOURS_PER_DAY,
  weeklyHoursProblem,
  type EntryDateBounds,
} from './hour-limits';
export { checkOrcid, orcidCheckCharacter, randomOrcid, type OrcidCheck } from './orcid';
export { EngagementAccessService, type EngagementScope } from './engagement-access.service';
export {
  AI_EXPERTS_TARGET_2030,
  EngagementViewsService,
  type ConsortiumResearcher,
  type EngagedResearchers,
  type EngagementListFilter,
  type FacultyMember,
} from './engagement-views.service';
export {
  ActivityType,
  COMMITTED_STATUSES,
  ENGAGEMENT_TRANSITIONS,
  EngagementStatus,
  PayBand,
  PayType,
  ResearcherRank,
} from './engagement-enums';
export {
  DisclosureEntity,
  EngagementEntity,
  HourLogEntity,
  ResearcherEntity,
} from './engagement.entities';
export { EngagementsModule } from './engagements.module';
export { EngagementsService, type Disclosure, type NewEngagement } from './engagements.service';
export {
  HourLogsService,
  type HourLogCorrection,
  type HoursByPeriod,
  type NewHourLog,
} from './hour-logs.service';
export { ResearchersService, type ResearcherProfile } from './researchers.service';
export { UniversitiesService, type UniversityPolicy } from './universities.service';
