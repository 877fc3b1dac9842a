import { lazyPage } from '../../app/lazy-page';
import { type PortalRoute } from '../../app/portal-route';

const MandatesPage = lazyPage(() => import('./mandates/mandates.page'), 'MandatesPage');
const WalletPage = lazyPage(() => import('./wallet/wallet.page'), 'WalletPage');

const SME = ['SME_ADMIN'] as const;

export const smeRoutes: PortalRoute[] = [
  {
    path: '/sme',
    element: <WalletPage />,
    roles: SME,
    nav: { label: 'Credit wallet', group: 'SME' },
  },
  {
    path: '/sme/mandates',
    element: <MandatesPage />,
    roles: SME,
    nav: { label: 'Integrator mandates', group: 'SME' },
  },
];
