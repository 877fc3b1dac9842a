import { type PortalRoute } from '../app/portal-route';
import { leadRoutes } from './lead/lead.routes';
import { operatorRoutes } from './operator/operator.routes';

/** Every screen, in navigation order; each role area adds its routes here. */
export const portalRoutes: readonly PortalRoute[] = [...operatorRoutes, ...leadRoutes];
