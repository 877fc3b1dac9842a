import { registerEnumType } from '@nestjs/graphql';
import { LedgerTransactionKind } from '@vcp/compute/ledger';
import { ReservationStatus } from '@vcp/compute/reservations';
// Registers DeploymentSite, which pools share with the hardware catalog.
import { Site } from '../hardware/hardware-enums';

registerEnumType(LedgerTransactionKind, {
  name: 'LedgerTransactionKind',
  description:
    'GRANT (treasury → wallet), SPEND (wallet → center), REFUND, EXPIRY (lapsed credit) or FORFEIT.',
});
registerEnumType(ReservationStatus, {
  name: 'ReservationStatus',
  description:
    'HELD for 15 minutes until confirmed (paid) or LAPSED; CONFIRMED, ACTIVE, COMPLETED; CANCELLED or NO_SHOW.',
});

export { LedgerTransactionKind, ReservationStatus, Site };
