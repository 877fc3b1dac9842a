import {
  certificationOf,
  certificationStatus,
  CertificationStatus,
  type Classification,
  kindWithArticle,
  OrganizationKind,
  type OrganizationEntity,
  SizeClass,
} from '@vcp/consortia/organizations';
import { MEMBERSHIP_ROLE_LABELS, MembershipRole } from './membership-status';

/**
 * Why an organisation cannot take a membership role today, or null if it can: SME members are
 * SMEs (never in a large business group), research partners are universities, integrator
 * partners hold a certification that has not expired.
 */
export function qualificationProblem(
  organization: OrganizationEntity,
  classification: Classification | null,
  role: MembershipRole,
  today?: string,
): string | null {
  const label = MEMBERSHIP_ROLE_LABELS[role];
  switch (role) {
    case MembershipRole.SME_MEMBER:
      if (
        organization.kind !== OrganizationKind.SME ||
        classification?.sizeClass !== SizeClass.SME
      ) {
        // The class only: the figures behind it are private to the organisation.
        return `an ${label} must be an SME; ${organization.name} is ${
          classification
            ? `classed ${classification.sizeClass}`
            : kindWithArticle(organization.kind)
        }`;
      }
      return null;
    case MembershipRole.RESEARCH_PARTNER:
      return organization.kind === OrganizationKind.UNIVERSITY
        ? null
        : `a ${label} must be a university; ${organization.name} is ${kindWithArticle(organization.kind)}`;
    case MembershipRole.INTEGRATOR_PARTNER: {
      if (organization.kind !== OrganizationKind.CERTIFIED_INTEGRATOR) {
        return `an ${label} must be a certified integrator; ${organization.name} is ${kindWithArticle(organization.kind)}`;
      }
      const certification = certificationOf(organization);
      switch (certificationStatus(certification, today)) {
        case CertificationStatus.VALID:
          return null;
        case CertificationStatus.EXPIRED:
          return `an ${label} must hold a valid certification; ${organization.name}'s certification ${certification?.number} expired on ${certification?.expiresOn}`;
        case CertificationStatus.NONE:
          return `an ${label} must hold a valid certification; ${organization.name} has none`;
      }
    }
  }
}
