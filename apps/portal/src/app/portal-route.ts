import { type ReactNode } from 'react';
import { type PlatformRole } from '../gql/graphql';

/** A screen of the portal, declared by its feature folder and collected in features/index.ts. */
export interface PortalRoute {
  /** Absolute path, e.g. `/operator/organizations` or `/lead/consortiums/:id`. */
  path: string;
  element: ReactNode;
  /** Platform roles that may open it; the navigation shows it only to them. */
  roles: readonly PlatformRole[];
  /** Present for screens listed in the navigation (not for detail pages reached by a link). */
  nav?: {
    label: string;
    /** The heading it is listed under, one per role area, e.g. "Program". */
    group: string;
  };
}
