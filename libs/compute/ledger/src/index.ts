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
export {
  STATEMENT_LIMIT,
  WalletStatementService,
  type CreditLot,
  type WalletMovement,
} from './wallet-statement.service';
