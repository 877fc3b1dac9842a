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
