import { type PortalRoute } from '../../app/portal-route';
import { FacultyPage } from './faculty/faculty.page';
import { ApprovalQueuePage } from './queue/approval-queue.page';

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
