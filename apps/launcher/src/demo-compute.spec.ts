import { loadCatalog, Site } from '@vcp/compute/hardware';
import { MembershipRole } from '@vcp/consortia/consortiums';
import { OrganizationKind } from '@vcp/consortia/organizations';
import { PlatformRole } from '@vcp/platform/auth';
import { ORGANIZATION_WEEKLY_SHARE } from '@vcp/compute/reservations';
import { DEMO_GRANTS, DEMO_MANDATE, DEMO_POOLS, DEMO_RESERVATION } from './demo-compute';
import { DEMO_AFFILIATIONS, DEMO_CONSORTIUMS, DEMO_ORGANIZATIONS } from './demo-directory';

const organization = (key: string) => DEMO_ORGANIZATIONS.find((o) => o.key === key);
const consortium = DEMO_CONSORTIUMS.find((c) => c.verticalCode === DEMO_RESERVATION.verticalCode);
const acceptedAs = (key: string, role: MembershipRole) =>
  consortium?.members.some((m) => m.organization === key && m.role === role && m.accepted);

describe('the demo compute exchange', () => {
  it('offers one GPU, one NPU and one PIM pool on catalog devices deployed at the center', () => {
    const catalog = loadCatalog();
    const categories = DEMO_POOLS.map((pool) => {
      expect(catalog.map((d) => d.id)).toContain(pool.hardwareProfileId);
      const device = catalog.find((d) => d.id === pool.hardwareProfileId);
      expect(pool.site).toBe(Site.CENTER);
      expect(device?.sites).toContain(Site.CENTER);
      expect(Number.isInteger(pool.capacityDevices) && pool.capacityDevices > 0).toBe(true);
      expect(Number.isInteger(pool.creditsPerDeviceHour) && pool.creditsPerDeviceHour > 0).toBe(
        true,
      );
      return device?.category;
    });
    expect(new Set(categories)).toEqual(new Set(['GPU', 'NPU', 'PIM']));
    expect(new Set(DEMO_POOLS.map((p) => p.name)).size).toBe(DEMO_POOLS.length);
  });

  it('grants credits once each, under its own stable key, to SMEs of the demo consortium', () => {
    const keys = DEMO_GRANTS.map((g) => g.idempotencyKey);
    expect(new Set(keys).size).toBe(keys.length);
    for (const grant of DEMO_GRANTS) {
      expect(organization(grant.organization)?.details.kind).toBe(OrganizationKind.SME);
      expect(acceptedAs(grant.organization, MembershipRole.SME_MEMBER)).toBe(true);
      expect(grant.expiresInDays).toBeGreaterThanOrEqual(60);
    }
    expect(DEMO_GRANTS.map((g) => g.organization)).toContain(
      DEMO_AFFILIATIONS[PlatformRole.SME_ADMIN]?.organization,
    );
  });

  it("mandates the demo integrator's certified firm for the demo SME, whose admin is the demo SME account", () => {
    expect(DEMO_AFFILIATIONS[PlatformRole.SME_ADMIN]).toEqual({
      organization: DEMO_MANDATE.sme,
      admin: true,
    });
    expect(DEMO_AFFILIATIONS[PlatformRole.INTEGRATOR]?.organization).toBe(DEMO_MANDATE.integrator);
    const integrator = organization(DEMO_MANDATE.integrator);
    expect(integrator?.details.kind).toBe(OrganizationKind.CERTIFIED_INTEGRATOR);
    expect(integrator?.certification).toBe('VALID');
    expect(acceptedAs(DEMO_MANDATE.integrator, MembershipRole.INTEGRATOR_PARTNER)).toBe(true);
  });

  it('reserves in the future, within the pool, the mandate cap and the SME’s credits', () => {
    expect(DEMO_POOLS.map((p) => p.name)).toContain(DEMO_RESERVATION.pool);
    const pool = DEMO_POOLS.find((p) => p.name === DEMO_RESERVATION.pool);
    if (!pool) return;
    expect(DEMO_RESERVATION.startsInDays).toBeGreaterThanOrEqual(3);
    expect(DEMO_RESERVATION.beneficiary).toBe(DEMO_MANDATE.sme);
    expect(DEMO_RESERVATION.integrator).toBe(DEMO_MANDATE.integrator);
    const deviceHours = DEMO_RESERVATION.devices * DEMO_RESERVATION.hours;
    expect(deviceHours).toBeLessThanOrEqual(pool.capacityDevices * 168 * ORGANIZATION_WEEKLY_SHARE);
    const price = deviceHours * pool.creditsPerDeviceHour;
    // Room left under the cap for the integrator to book more.
    expect(price).toBeLessThanOrEqual(DEMO_MANDATE.capCredits / 2);
    const granted = DEMO_GRANTS.filter((g) => g.organization === DEMO_MANDATE.sme).reduce(
      (sum, g) => sum + g.amount,
      0,
    );
    expect(price).toBeLessThanOrEqual(granted);
  });
});
