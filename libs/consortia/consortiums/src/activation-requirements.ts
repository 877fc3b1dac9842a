import { CertificationStatus, SizeClass } from '@vcp/consortia/organizations';
import { MembershipRole } from './membership-status';

/** The least a consortium needs, in active members, before it can be active. */
export const ACTIVATION_MINIMUMS = {
  smeMembers: 3,
  researchPartners: 1,
  certifiedIntegrators: 1,
} as const;

export interface ActiveMemberFacts {
  role: MembershipRole;
  organizationName: string;
  sizeClass: SizeClass | null;
  isUniversity: boolean;
  certification: { status: CertificationStatus; expiresOn: string | null };
}

export interface AnchorFacts {
  name: string;
  sizeClass: SizeClass | null;
}

export interface ActivationGap {
  requirement:
    'SME_MEMBERS' | 'RESEARCH_PARTNERS' | 'CERTIFIED_INTEGRATORS' | 'MID_SIZED_ANCHOR' | 'LEAD';
  required: number;
  actual: number;
  message: string;
}

/**
 * What stands between a consortium and activation, all at once so a lead can fix everything in
 * one go. Members count only while their organisation still qualifies for its role today.
 */
export function activationGaps(
  anchor: AnchorFacts,
  members: ActiveMemberFacts[],
  leads: number,
): ActivationGap[] {
  const gaps: ActivationGap[] = [];
  if (leads < 1) {
    gaps.push({
      requirement: 'LEAD',
      required: 1,
      actual: 0,
      message: `a LEAD from ${anchor.name}, the anchor firm (has none)`,
    });
  }
  if (anchor.sizeClass !== SizeClass.MID_SIZED) {
    gaps.push({
      requirement: 'MID_SIZED_ANCHOR',
      required: 1,
      actual: 0,
      message: `the anchor firm must be mid-sized; ${anchor.name} is classed ${anchor.sizeClass ?? 'as no firm'}`,
    });
  }

  const smes = members.filter(
    (m) => m.role === MembershipRole.SME_MEMBER && m.sizeClass === SizeClass.SME,
  );
  if (smes.length < ACTIVATION_MINIMUMS.smeMembers) {
    gaps.push({
      requirement: 'SME_MEMBERS',
      required: ACTIVATION_MINIMUMS.smeMembers,
      actual: smes.length,
      message: `at least ${ACTIVATION_MINIMUMS.smeMembers} active SME members (has ${smes.length})`,
    });
  }

  const universities = members.filter(
    (m) => m.role === MembershipRole.RESEARCH_PARTNER && m.isUniversity,
  );
  if (universities.length < ACTIVATION_MINIMUMS.researchPartners) {
    gaps.push({
      requirement: 'RESEARCH_PARTNERS',
      required: ACTIVATION_MINIMUMS.researchPartners,
      actual: universities.length,
      message: `at least ${ACTIVATION_MINIMUMS.researchPartners} university research partner (has ${universities.length})`,
    });
  }

  const integrators = members.filter((m) => m.role === MembershipRole.INTEGRATOR_PARTNER);
  const certified = integrators.filter((m) => m.certification.status === CertificationStatus.VALID);
  if (certified.length < ACTIVATION_MINIMUMS.certifiedIntegrators) {
    const lapsed = integrators
      .filter((m) => m.certification.status === CertificationStatus.EXPIRED)
      .map((m) => `${m.organizationName}'s certification expired on ${m.certification.expiresOn}`);
    gaps.push({
      requirement: 'CERTIFIED_INTEGRATORS',
      required: ACTIVATION_MINIMUMS.certifiedIntegrators,
      actual: certified.length,
      message: `at least ${ACTIVATION_MINIMUMS.certifiedIntegrators} certified integrator (has ${certified.length}${
        lapsed.length ? `; ${lapsed.join('; ')}` : ''
      })`,
    });
  }
  return gaps;
}
