import { type PortalRoute } from '../../app/portal-route';
import { IntegratorCertificationPage } from './certification/integrator-certification.page';
import { ProgramDashboardPage } from './dashboard/program-dashboard.page';
import { OrganizationRegistryPage } from './organizations/organization-registry.page';

const OPERATOR = ['OPERATOR'] as const;

export const operatorRoutes: PortalRoute[] = [
  {
    path: '/operator',
    element: <ProgramDashboardPage />,
    roles: OPERATOR,
    nav: { label: 'Program dashboard', group: 'Program' },
  },
  {
    path: '/operator/organizations',
    element: <OrganizationRegistryPage />,
    roles: OPERATOR,
    nav: { label: 'Organisation registry', group: 'Program' },
  },
  {
    path: '/operator/certification',
    element: <IntegratorCertificationPage />,
    roles: OPERATOR,
    nav: { label: 'Integrator certification', group: 'Program' },
  },
];
