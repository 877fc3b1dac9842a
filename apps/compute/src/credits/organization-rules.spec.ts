import { type OrganizationFacts } from '../hardware/consortium-access.client';
import { certifiedIntegratorProblem, creditHolderProblem } from './organization-rules';

const facts = (overrides: Partial<OrganizationFacts>): OrganizationFacts => ({
  id: '0b5c2a44-8f0e-4d53-9a39-1f1d1c6e0a01',
  name: 'Hanbit Precision',
  kind: 'SME',
  sizeClass: 'SME',
  inLargeBusinessGroup: false,
  certification: null,
  ...overrides,
});

describe('who may hold compute credits', () => {
  it('is an SME by kind and size class, outside large business groups', () => {
    expect(creditHolderProblem(facts({}))).toBeNull();
  });

  it('names why anyone else may not', () => {
    expect(
      creditHolderProblem(
        facts({ kind: 'LARGE_ENTERPRISE', sizeClass: 'LARGE', inLargeBusinessGroup: true }),
      ),
    ).toBe(
      'Hanbit Precision belongs to a large business group, whose firms cannot hold compute credits',
    );
    // Large-group membership is refused whatever the declared kind says.
    expect(creditHolderProblem(facts({ inLargeBusinessGroup: true }))).toMatch(/large business/);
    expect(creditHolderProblem(facts({ kind: 'MID_SIZED_FIRM', sizeClass: 'MID_SIZED' }))).toBe(
      'Hanbit Precision is registered as a mid-sized firm, not an SME',
    );
    expect(creditHolderProblem(facts({ kind: 'CERTIFIED_INTEGRATOR' }))).toMatch(
      /a certified integrator, not an SME/,
    );
    expect(creditHolderProblem(facts({ sizeClass: 'MID_SIZED' }))).toBe(
      'Hanbit Precision is classed MID_SIZED, not SME',
    );
    expect(creditHolderProblem(facts({ sizeClass: null }))).toMatch(/without a size class/);
  });
});

describe('who may act as a certified integrator', () => {
  const integrator = (overrides: Partial<OrganizationFacts>) =>
    facts({ kind: 'CERTIFIED_INTEGRATOR', certification: { expired: false }, ...overrides });

  it('holds a certification that has not expired', () => {
    expect(certifiedIntegratorProblem(integrator({}))).toBeNull();
  });

  it('names why anyone else may not', () => {
    expect(certifiedIntegratorProblem(integrator({ certification: { expired: true } }))).toBe(
      "Hanbit Precision's integrator certification has expired",
    );
    expect(certifiedIntegratorProblem(integrator({ certification: null }))).toBe(
      'Hanbit Precision holds no integrator certification',
    );
    expect(certifiedIntegratorProblem(facts({ certification: { expired: false } }))).toBe(
      'Hanbit Precision is registered as an SME, not a certified integrator',
    );
    expect(certifiedIntegratorProblem(facts({ kind: 'SPACE_AGENCY' }))).toMatch(
      /of kind SPACE_AGENCY/,
    );
  });
});
