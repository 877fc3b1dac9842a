import { type PortalRoute } from '../app/portal-route';
import { integratorRoutes } from './integrator/integrator.routes';
import { leadRoutes } from './lead/lead.routes';
import { officerRoutes } from './officer/officer.routes';
import { operatorRoutes } from './operator/operator.routes';
import { researcherRoutes } from './researcher/researcher.routes';
import { smeRoutes } from './sme/sme.routes';

/** Every screen, in navigation order; each role area adds its routes here. */
export const portalRoutes: readonly PortalRoute[] = [
  ...operatorRoutes,
  ...leadRoutes,
  ...researcherRoutes,
  ...officerRoutes,
  ...smeRoutes,
  ...integratorRoutes,
];
