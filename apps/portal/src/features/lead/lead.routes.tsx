import { lazyPage } from '../../app/lazy-page';
import { type PortalRoute } from '../../app/portal-route';

const ConsortiumPage = lazyPage(() => import('./consortium/consortium.page'), 'ConsortiumPage');
const MyConsortiumsPage = lazyPage(() => import('./my-consortiums.page'), 'MyConsortiumsPage');

export const leadRoutes: PortalRoute[] = [
  {
    path: '/lead',
    element: <MyConsortiumsPage />,
    roles: ['CONSORTIUM_LEAD'],
    nav: { label: 'My consortium', group: 'Consortium' },
  },
  {
    // Operators reach any consortium from the registry; the server decides what each may see.
    path: '/consortiums/:id',
    element: <ConsortiumPage />,
    roles: ['CONSORTIUM_LEAD', 'OPERATOR'],
  },
];
