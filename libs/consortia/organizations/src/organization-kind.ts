import { SizeClass } from './size-policy';

/** What an organisation is in the program; firms' size classes are derived, not declared. */
export enum OrganizationKind {
  MID_SIZED_FIRM = 'MID_SIZED_FIRM',
  SME = 'SME',
  LARGE_ENTERPRISE = 'LARGE_ENTERPRISE',
  UNIVERSITY = 'UNIVERSITY',
  CERTIFIED_INTEGRATOR = 'CERTIFIED_INTEGRATOR',
  PUBLIC_AGENCY = 'PUBLIC_AGENCY',
}

export const KIND_LABELS: Readonly<Record<OrganizationKind, string>> = {
  MID_SIZED_FIRM: 'mid-sized firm',
  SME: 'SME',
  LARGE_ENTERPRISE: 'large enterprise',
  UNIVERSITY: 'university',
  CERTIFIED_INTEGRATOR: 'certified integrator',
  PUBLIC_AGENCY: 'public agency',
};

/** Firms report revenue and assets and get a size class; universities and agencies do not. */
export const isFirm = (kind: OrganizationKind): boolean =>
  kind !== OrganizationKind.UNIVERSITY && kind !== OrganizationKind.PUBLIC_AGENCY;

/** The size class a declared firm kind claims; an integrator may be of any size. */
export const CLAIMED_SIZE: Partial<Record<OrganizationKind, SizeClass>> = {
  SME: SizeClass.SME,
  MID_SIZED_FIRM: SizeClass.MID_SIZED,
  LARGE_ENTERPRISE: SizeClass.LARGE,
};

/** "an SME", "a university": the label with the article English gives it. */
export function kindWithArticle(kind: OrganizationKind): string {
  return `${kind === OrganizationKind.SME ? 'an' : 'a'} ${KIND_LABELS[kind]}`;
}
