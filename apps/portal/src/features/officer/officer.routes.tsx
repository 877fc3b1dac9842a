import { lazyPage } from '../../app/lazy-page';
import { type PortalRoute } from '../../app/portal-route';

const FacultyPage = lazyPage(() => import('./faculty/faculty.page'), 'FacultyPage');
const ApprovalQueuePage = lazyPage(
  () => import('./queue/approval-queue.page'),
  'ApprovalQueuePage',
);

const OFFICER = ['UNIVERSITY_OFFICER'] as const;

export const officerRoutes: PortalRoute[] = [
  {
    path: '/officer',
    element: <ApprovalQueuePage />,
    roles: OFFICER,
    nav: { label: 'Approval queue', group: 'University' },
  },
  {
    path: '/officer/faculty',
    element: <FacultyPage />,
    roles: OFFICER,
    nav: { label: 'Faculty overview', group: 'University' },
  },
];
