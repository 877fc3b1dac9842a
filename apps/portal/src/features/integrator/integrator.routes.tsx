import { lazyPage } from '../../app/lazy-page';
import { type PortalRoute } from '../../app/portal-route';

const ReservationsPage = lazyPage(
  () => import('./reservations/reservations.page'),
  'ReservationsPage',
);
const WorkloadMatchPage = lazyPage(
  () => import('./workloads/workload-match.page'),
  'WorkloadMatchPage',
);

const INTEGRATOR = ['INTEGRATOR'] as const;

export const integratorRoutes: PortalRoute[] = [
  {
    path: '/integrator',
    element: <WorkloadMatchPage />,
    roles: INTEGRATOR,
    nav: { label: 'Workload matching', group: 'Integrator' },
  },
  {
    path: '/integrator/reservations',
    element: <ReservationsPage />,
    roles: INTEGRATOR,
    nav: { label: 'Pool reservations', group: 'Integrator' },
  },
];
