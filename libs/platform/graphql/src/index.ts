export {
  ConnectionArgs,
  ConnectionType,
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  PageInfo,
  decodeCursor,
  encodeCursor,
  mapConnection,
  pageSize,
  toConnection,
  type Connection,
  type CursorPart,
  type Edge,
} from './connection';
export {
  BadUserInputError,
  ConflictError,
  DomainError,
  ErrorCode,
  ForbiddenError,
  NotFoundError,
  PersistedQueryNotAllowedError,
  RateLimitedError,
  UnauthenticatedError,
  type FieldProblem,
} from './errors';
export { maskErrors, type ErrorMaskingOptions } from './format-error';
export {
  PUBLIC_QUERY_LIMITS,
  SUBGRAPH_QUERY_LIMITS,
  queryProtection,
  type QueryLimits,
} from './limits';
export {
  checkScalarInputs,
  DateTime,
  JSONObject,
  LocalDate,
  SafeInt,
  SCALARS_MAP,
  UUID,
} from './scalars';
export { serverHardening } from './server-hardening';
export { subgraphGraphQLOptions, type GraphQLRequestContext } from './subgraph-graphql.options';
export { createValidationPipe } from './validation';
export { requestScoped } from './request-scoped';
export {
  loadPersistedOperations,
  operationHash,
  parsePersistedOperations,
  type PersistedOperation,
  type PersistedOperationManifest,
} from './persisted-operations';
