import { lazyPage } from '../../app/lazy-page';
import { type PortalRoute } from '../../app/portal-route';

const EngagementPage = lazyPage(() => import('./engagements/engagement.page'), 'EngagementPage');
const MyEngagementsPage = lazyPage(
  () => import('./engagements/my-engagements.page'),
  'MyEngagementsPage',
);
const HourLogPage = lazyPage(() => import('./hours/hour-log.page'), 'HourLogPage');

const RESEARCHER = ['RESEARCHER'] as const;

export const researcherRoutes: PortalRoute[] = [
  {
    path: '/researcher',
    element: <MyEngagementsPage />,
    roles: RESEARCHER,
    nav: { label: 'My engagements', group: 'Research' },
  },
  {
    path: '/researcher/hours',
    element: <HourLogPage />,
    roles: RESEARCHER,
    nav: { label: 'Weekly hours', group: 'Research' },
  },
  { path: '/researcher/engagements/:id', element: <EngagementPage />, roles: RESEARCHER },
];
