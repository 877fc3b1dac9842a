export { LedgerModule } from './ledger.module';
export {
  LedgerService,
  LedgerTransactionKind,
  MAX_MOVEMENT,
  SystemAccount,
  type GrantRequest,
  type LedgerReport,
  type MovementResult,
  type SpendRequest,
} from './ledger.service';
