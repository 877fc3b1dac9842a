import { ApiScope } from '@vcp/platform/auth';
import { KIND_LABELS, OrganizationKind } from './organization-kind';

/**
 * The scopes an organisation's admins may grant its own partner clients; anything more (reading
 * the whole directory, reporting usage for the computing center) is an operator's decision.
 * - universities: their HR systems read their faculty's engagements, and the compute catalog;
 * - public agencies: regional agencies read the directory and the compute figures;
 * - SMEs, mid-sized firms and integrators: their schedulers read compute and place holds;
 * - large enterprises: read compute only (they get no credits).
 */
export const PARTNER_SCOPES: Readonly<Record<OrganizationKind, readonly ApiScope[]>> = {
  [OrganizationKind.UNIVERSITY]: [ApiScope.ENGAGEMENTS_READ, ApiScope.COMPUTE_READ],
  [OrganizationKind.PUBLIC_AGENCY]: [ApiScope.CONSORTIA_READ, ApiScope.COMPUTE_READ],
  [OrganizationKind.SME]: [ApiScope.COMPUTE_READ, ApiScope.RESERVATIONS_WRITE],
  [OrganizationKind.MID_SIZED_FIRM]: [ApiScope.COMPUTE_READ, ApiScope.RESERVATIONS_WRITE],
  [OrganizationKind.CERTIFIED_INTEGRATOR]: [ApiScope.COMPUTE_READ, ApiScope.RESERVATIONS_WRITE],
  [OrganizationKind.LARGE_ENTERPRISE]: [ApiScope.COMPUTE_READ],
};

/** The requested scopes an organisation of this kind may not grant itself (empty: all fit). */
export function scopesBeyond(kind: OrganizationKind, requested: readonly ApiScope[]): ApiScope[] {
  const allowed = new Set(PARTNER_SCOPES[kind]);
  return requested.filter((scope) => !allowed.has(scope));
}

export function describeScopeLimit(kind: OrganizationKind, beyond: readonly ApiScope[]): string {
  const allowed = PARTNER_SCOPES[kind];
  return (
    `A ${KIND_LABELS[kind]}'s admins may grant only ${allowed.join(', ')}; ` +
    `${beyond.join(', ')} needs a program operator.`
  );
}
