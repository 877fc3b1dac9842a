import { MembershipRole } from '@vcp/consortia/consortiums';
import {
  checkBusinessRegistrationNumber,
  classifyFirm,
  OrganizationKind,
  SizeClass,
} from '@vcp/consortia/organizations';
import {
  DEMO_AFFILIATIONS,
  DEMO_CONSORTIUMS,
  DEMO_ORGANIZATIONS,
  DIRECTORY_PEOPLE,
  type DemoOrganization,
} from './demo-directory';

const byKey = new Map(DEMO_ORGANIZATIONS.map((o) => [o.key, o]));
const organization = (key: string): DemoOrganization => {
  const found = byKey.get(key);
  if (!found) throw new Error(`no demo organisation ${key}`);
  return found;
};
const CLAIMED: Partial<Record<OrganizationKind, SizeClass>> = {
  SME: SizeClass.SME,
  MID_SIZED_FIRM: SizeClass.MID_SIZED,
  LARGE_ENTERPRISE: SizeClass.LARGE,
};

describe('the demo directory', () => {
  it('gives every organisation its own valid registration number and key', () => {
    const numbers = DEMO_ORGANIZATIONS.map((o) => o.details.businessRegistrationNumber);
    for (const number of numbers) expect(checkBusinessRegistrationNumber(number).ok).toBe(true);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(byKey.size).toBe(DEMO_ORGANIZATIONS.length);
  });

  it.each(DEMO_ORGANIZATIONS.filter((o) => CLAIMED[o.details.kind]).map((o) => [o.key, o]))(
    'has figures for %s that the default size policy classes as its kind',
    (_key, { details }) => {
      const classification = classifyFirm({
        industryCode: details.industryCode,
        annualRevenueKrw: details.annualRevenueKrw ?? 0,
        totalAssetsKrw: details.totalAssetsKrw ?? 0,
        inLargeBusinessGroup: details.inLargeBusinessGroup ?? false,
      });
      expect(classification.sizeClass).toBe(CLAIMED[details.kind]);
    },
  );

  it('certifies integrators only', () => {
    for (const o of DEMO_ORGANIZATIONS.filter((o) => o.certification)) {
      expect(o.details.kind).toBe(OrganizationKind.CERTIFIED_INTEGRATOR);
    }
  });

  it('attaches people to organisations that exist, leads to the anchors they lead', () => {
    for (const affiliation of Object.values(DEMO_AFFILIATIONS)) {
      expect(byKey.has(affiliation.organization)).toBe(true);
    }
    for (const person of DIRECTORY_PEOPLE) {
      const led = DEMO_CONSORTIUMS.find((c) => 'person' in c.lead && c.lead.person === person.key);
      expect(led?.anchor).toBe(person.organization);
    }
    const leadOfManufacturing = DEMO_CONSORTIUMS.find((c) => c.verticalCode === 'MANUFACTURING');
    expect(DEMO_AFFILIATIONS.CONSORTIUM_LEAD?.organization).toBe(leadOfManufacturing?.anchor);
  });

  it('anchors every consortium with a mid-sized firm and puts an SME in one consortium per vertical', () => {
    const smeVerticals = new Set<string>();
    for (const consortium of DEMO_CONSORTIUMS) {
      expect(organization(consortium.anchor).details.kind).toBe(OrganizationKind.MID_SIZED_FIRM);
      for (const member of consortium.members) {
        if (member.role !== MembershipRole.SME_MEMBER) continue;
        const key = `${member.organization}:${consortium.verticalCode}`;
        expect(smeVerticals.has(key)).toBe(false);
        smeVerticals.add(key);
      }
    }
  });

  it('meets the activation minimums in every consortium it activates', () => {
    for (const consortium of DEMO_CONSORTIUMS.filter((c) => c.status === 'ACTIVE')) {
      const accepted = consortium.members.filter((m) => m.accepted);
      const kinds = (role: MembershipRole) =>
        accepted.filter((m) => m.role === role).map((m) => organization(m.organization));
      expect(kinds(MembershipRole.SME_MEMBER).length).toBeGreaterThanOrEqual(3);
      expect(
        kinds(MembershipRole.RESEARCH_PARTNER).filter(
          (o) => o.details.kind === OrganizationKind.UNIVERSITY,
        ).length,
      ).toBeGreaterThanOrEqual(1);
      expect(
        kinds(MembershipRole.INTEGRATOR_PARTNER).filter((o) => o.certification === 'VALID').length,
      ).toBeGreaterThanOrEqual(1);
    }
  });
});
