import { type PortalRoute } from '../../app/portal-route';
import { MandatesPage } from './mandates/mandates.page';
import { WalletPage } from './wallet/wallet.page';

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
