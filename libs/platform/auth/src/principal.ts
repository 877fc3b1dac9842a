/** Platform roles a person's account can hold. */
export enum PlatformRole {
  OPERATOR = 'OPERATOR',
  CONSORTIUM_LEAD = 'CONSORTIUM_LEAD',
  RESEARCHER = 'RESEARCHER',
  UNIVERSITY_OFFICER = 'UNIVERSITY_OFFICER',
  SME_ADMIN = 'SME_ADMIN',
  INTEGRATOR = 'INTEGRATOR',
}

/** What a partner API client may do; granted per client. */
export enum ApiScope {
  CONSORTIA_READ = 'consortia:read',
  ENGAGEMENTS_READ = 'engagements:read',
  COMPUTE_READ = 'compute:read',
  RESERVATIONS_WRITE = 'reservations:write',
  USAGE_WRITE = 'usage:write',
}

export interface UserPrincipal {
  kind: 'user';
  userId: string;
  sessionId: string;
  roles: PlatformRole[];
  organizationId: string | null;
}

export interface ClientPrincipal {
  kind: 'client';
  clientId: string;
  scopes: ApiScope[];
  organizationId: string | null;
  /** The client's own request rate (per minute and service); absent or null: the default. */
  rateLimitPerMinute?: number | null;
}

/** Who is calling, once the guard has verified their credentials. */
export type Principal = UserPrincipal | ClientPrincipal;

export const isPlatformRole = (value: string): value is PlatformRole =>
  (Object.values(PlatformRole) as string[]).includes(value);

export const isApiScope = (value: string): value is ApiScope =>
  (Object.values(ApiScope) as string[]).includes(value);
