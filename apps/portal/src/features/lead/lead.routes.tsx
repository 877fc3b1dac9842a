import { type PortalRoute } from '../../app/portal-route';
import { ConsortiumPage } from './consortium/consortium.page';
import { MyConsortiumsPage } from './my-consortiums.page';

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
