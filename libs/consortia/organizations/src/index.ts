export {
  brnCheckDigit,
  checkBusinessRegistrationNumber,
  formatBusinessRegistrationNumber,
  randomBusinessRegistrationNumber,
  type BrnCheck,
} from './business-registration-number';
export {
  CertificationStatus,
  certificationStatus,
  koreaToday,
  type Certification,
} from './certification';
export { findIndustry, KSIC_DIVISIONS, KSIC_SECTIONS, type Industry } from './industries';
export { certificationOf, OrganizationEntity } from './organization.entity';
export { isFirm, KIND_LABELS, kindWithArticle, OrganizationKind } from './organization-kind';
export { OrganizationsModule } from './organizations.module';
export {
  OrganizationsService,
  type OrganizationDetails,
  type OrganizationFilter,
  type OrganizationUpdateCheck,
} from './organizations.service';
export { PartnerClientsService, type PartnerClientRequest } from './partner-clients.service';
export { describeScopeLimit, PARTNER_SCOPES, scopesBeyond } from './partner-scopes';
export { Region, REGION_NAMES } from './region';
export {
  classifyFirm,
  DEFAULT_SIZE_POLICY,
  formatKrw,
  SizeClass,
  type Classification,
  type SizePolicy,
} from './size-policy';
export { sizePolicyConfig } from './size-policy.config';
export { VerticalEntity } from './vertical.entity';
export { VerticalsService } from './verticals.service';
