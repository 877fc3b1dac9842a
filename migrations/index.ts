import { Identity1764410000000 } from './1764410000000-identity';
import { ConsortiaDirectory1764500000000 } from './1764500000000-consortia-directory';
import { Engagements1764600000000 } from './1764600000000-engagements';
import { Hardware1764700000000 } from './1764700000000-hardware';
import { CreditLedger1764800000000 } from './1764800000000-credit-ledger';
import { PoolsReservations1764900000000 } from './1764900000000-pools-reservations';
import { Mandates1765000000000 } from './1765000000000-mandates';
import { Usage1765100000000 } from './1765100000000-usage';
import { AllocationRounds1765200000000 } from './1765200000000-allocation-rounds';
import { ApiClientRotation1765350000000 } from './1765350000000-api-client-rotation';
import { WebhookEvents1765400000000 } from './1765400000000-webhook-events';
import { ReservationsByConsortium1765450000000 } from './1765450000000-reservations-by-consortium';

/** Every migration, in the one order they apply. Append new ones at the end; never edit landed ones. */
export const MIGRATIONS = [
  Identity1764410000000,
  ConsortiaDirectory1764500000000,
  Engagements1764600000000,
  Hardware1764700000000,
  CreditLedger1764800000000,
  PoolsReservations1764900000000,
  Mandates1765000000000,
  Usage1765100000000,
  AllocationRounds1765200000000,
  ApiClientRotation1765350000000,
  WebhookEvents1765400000000,
  ReservationsByConsortium1765450000000,
];

/** Schemas the product owns; `db:reset` drops exactly these. */
export const PRODUCT_SCHEMAS = ['identity', 'consortia', 'compute', 'events'] as const;
