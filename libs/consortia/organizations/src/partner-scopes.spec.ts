import { ApiScope } from '@vcp/platform/auth';
import { OrganizationKind } from './organization-kind';
import { describeScopeLimit, PARTNER_SCOPES, scopesBeyond } from './partner-scopes';

describe('scopes an organisation may grant its own partner clients', () => {
  it("lets a university's HR system read engagements but not the directory", () => {
    expect(scopesBeyond(OrganizationKind.UNIVERSITY, [ApiScope.ENGAGEMENTS_READ])).toEqual([]);
    expect(
      scopesBeyond(OrganizationKind.UNIVERSITY, [
        ApiScope.ENGAGEMENTS_READ,
        ApiScope.CONSORTIA_READ,
      ]),
    ).toEqual([ApiScope.CONSORTIA_READ]);
  });

  it('leaves reporting usage (the computing center) to operators for every kind', () => {
    for (const kind of Object.values(OrganizationKind)) {
      expect(PARTNER_SCOPES[kind]).not.toContain(ApiScope.USAGE_WRITE);
    }
  });

  it('lets only firms that hold credits or place holds write reservations', () => {
    const writers = Object.values(OrganizationKind).filter((kind) =>
      PARTNER_SCOPES[kind].includes(ApiScope.RESERVATIONS_WRITE),
    );
    expect(writers.sort()).toEqual(
      [
        OrganizationKind.CERTIFIED_INTEGRATOR,
        OrganizationKind.MID_SIZED_FIRM,
        OrganizationKind.SME,
      ].sort(),
    );
  });

  it('names what is allowed and what needs an operator', () => {
    expect(describeScopeLimit(OrganizationKind.PUBLIC_AGENCY, [ApiScope.USAGE_WRITE])).toBe(
      "A public agency's admins may grant only consortia:read, compute:read; usage:write needs a program operator.",
    );
  });
});
