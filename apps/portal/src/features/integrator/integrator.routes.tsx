import { type PortalRoute } from '../../app/portal-route';
import { ReservationsPage } from './reservations/reservations.page';
import { WorkloadMatchPage } from './workloads/workload-match.page';

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
