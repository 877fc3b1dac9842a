import { lazyPage } from '../../app/lazy-page';
import { type PortalRoute } from '../../app/portal-route';

const IntegratorCertificationPage = lazyPage(
  () => import('./certification/integrator-certification.page'),
  'IntegratorCertificationPage',
);
const ProgramDashboardPage = lazyPage(
  () => import('./dashboard/program-dashboard.page'),
  'ProgramDashboardPage',
);
const OrganizationRegistryPage = lazyPage(
  () => import('./organizations/organization-registry.page'),
  'OrganizationRegistryPage',
);

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
