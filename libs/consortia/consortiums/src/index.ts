export { ACTIVATION_MINIMUMS, activationGaps, type ActivationGap } from './activation-requirements';
export {
  ConsortiumAccessLevel,
  ConsortiumAccessService,
  type AccessProfile,
} from './consortium-access.service';
export { ConsortiumPeopleService } from './consortium-people.service';
export { ConsortiumPersonEntity } from './consortium-person.entity';
export { CONSORTIUM_TRANSITIONS, ConsortiumStatus } from './consortium-status';
export { ConsortiumEntity } from './consortium.entity';
export { ConsortiumsModule } from './consortiums.module';
export {
  ConsortiumsService,
  type ConsortiumFilter,
  type NewConsortium,
} from './consortiums.service';
export {
  ConsortiumPersonRole,
  INVITATION_TTL_DAYS,
  LIVE_STATUSES,
  MEMBERSHIP_TRANSITIONS,
  MembershipRole,
  MembershipStatus,
} from './membership-status';
export { effectiveStatus, MembershipEntity } from './membership.entity';
export { MembershipsService, type MemberListArgs, type NewInvitation } from './memberships.service';
