import { CertificationStatus, SizeClass } from '@vcp/consortia/organizations';
import { type ActiveMemberFacts, activationGaps } from './activation-requirements';
import { MembershipRole } from './membership-status';

const anchor = {
  name: 'Changwon Motion',
  sizeClass: SizeClass.MID_SIZED,
  reason: 'revenue above the SME ceiling',
};
const none = { status: CertificationStatus.NONE, expiresOn: null };
const member = (
  role: MembershipRole,
  overrides: Partial<ActiveMemberFacts> = {},
): ActiveMemberFacts => ({
  role,
  organizationName: `${role} org`,
  sizeClass: role === MembershipRole.SME_MEMBER ? SizeClass.SME : null,
  isUniversity: role === MembershipRole.RESEARCH_PARTNER,
  certification:
    role === MembershipRole.INTEGRATOR_PARTNER
      ? { status: CertificationStatus.VALID, expiresOn: '2027-12-31' }
      : none,
  ...overrides,
});
const ready = [
  member(MembershipRole.SME_MEMBER),
  member(MembershipRole.SME_MEMBER),
  member(MembershipRole.SME_MEMBER),
  member(MembershipRole.RESEARCH_PARTNER),
  member(MembershipRole.INTEGRATOR_PARTNER),
];

describe('activation requirements', () => {
  it('are met by a mid-sized anchor, 3 SMEs, a university and a certified integrator', () => {
    expect(activationGaps(anchor, ready, 1)).toEqual([]);
  });

  it('list every shortfall at once for an empty consortium', () => {
    expect(
      activationGaps(anchor, [], 1).map((gap) => [gap.requirement, gap.required, gap.actual]),
    ).toEqual([
      ['SME_MEMBERS', 3, 0],
      ['RESEARCH_PARTNERS', 1, 0],
      ['CERTIFIED_INTEGRATORS', 1, 0],
    ]);
  });

  it('stop counting an SME member that has grown out of the SME class', () => {
    const grown = [
      ...ready.slice(1),
      member(MembershipRole.SME_MEMBER, { sizeClass: SizeClass.MID_SIZED }),
    ];
    expect(activationGaps(anchor, grown, 1)).toEqual([
      expect.objectContaining({ requirement: 'SME_MEMBERS', actual: 2 }),
    ]);
  });

  it('name the integrator whose certification lapsed', () => {
    const lapsed = [
      ...ready.slice(0, 4),
      member(MembershipRole.INTEGRATOR_PARTNER, {
        organizationName: 'Busan Systems',
        certification: { status: CertificationStatus.EXPIRED, expiresOn: '2025-06-30' },
      }),
    ];
    const [gap] = activationGaps(anchor, lapsed, 1);
    expect(gap.message).toBe(
      "at least 1 certified integrator (has 0; Busan Systems's certification expired on 2025-06-30)",
    );
  });

  it('need a lead from the anchor firm', () => {
    expect(activationGaps(anchor, ready, 0)).toEqual([
      expect.objectContaining({
        requirement: 'LEAD',
        message: 'a LEAD from Changwon Motion, the anchor firm (has none)',
      }),
    ]);
  });

  it('need the anchor to still be mid-sized', () => {
    const [gap] = activationGaps({ ...anchor, sizeClass: SizeClass.LARGE }, ready, 1);
    expect(gap).toMatchObject({ requirement: 'MID_SIZED_ANCHOR' });
    expect(gap.message).toBe('the anchor firm must be mid-sized; Changwon Motion is classed LARGE');
  });
});
