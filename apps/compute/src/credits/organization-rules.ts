import { type OrganizationFacts } from '../hardware/consortium-access.client';

/** The consortia subgraph's values the credit rules look for. */
export const DirectoryKind = {
  SME: 'SME',
  CERTIFIED_INTEGRATOR: 'CERTIFIED_INTEGRATOR',
} as const;
export const SME_SIZE_CLASS = 'SME';

const KIND_LABELS: Readonly<Record<string, string>> = {
  SME: 'an SME',
  MID_SIZED_FIRM: 'a mid-sized firm',
  LARGE_ENTERPRISE: 'a large enterprise',
  UNIVERSITY: 'a university',
  CERTIFIED_INTEGRATOR: 'a certified integrator',
  PUBLIC_AGENCY: 'a public agency',
};
const kindLabel = (kind: string) => KIND_LABELS[kind] ?? `of kind ${kind}`;

/**
 * Why an organisation may not hold compute credits (receive a grant, be a reservation's
 * beneficiary, mandate an integrator), or null if it may: an SME by kind and by size class, outside
 * every large business group.
 */
export function creditHolderProblem(facts: OrganizationFacts): string | null {
  if (facts.inLargeBusinessGroup) {
    return `${facts.name} belongs to a large business group, whose firms cannot hold compute credits`;
  }
  if (facts.kind !== DirectoryKind.SME) {
    return `${facts.name} is registered as ${kindLabel(facts.kind)}, not an SME`;
  }
  if (facts.sizeClass !== SME_SIZE_CLASS) {
    return `${facts.name} is classed ${facts.sizeClass ?? 'without a size class'}, not SME`;
  }
  return null;
}

/**
 * Why an organisation may not act as a certified integrator (be mandated, place or confirm
 * reservations), or null if it may: a certified integrator whose certification has not expired.
 */
export function certifiedIntegratorProblem(facts: OrganizationFacts): string | null {
  if (facts.kind !== DirectoryKind.CERTIFIED_INTEGRATOR) {
    return `${facts.name} is registered as ${kindLabel(facts.kind)}, not a certified integrator`;
  }
  if (!facts.certification) return `${facts.name} holds no integrator certification`;
  if (facts.certification.expired) return `${facts.name}'s integrator certification has expired`;
  return null;
}
