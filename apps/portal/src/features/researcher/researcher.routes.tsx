import { type PortalRoute } from '../../app/portal-route';
import { EngagementPage } from './engagements/engagement.page';
import { MyEngagementsPage } from './engagements/my-engagements.page';
import { HourLogPage } from './hours/hour-log.page';

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
