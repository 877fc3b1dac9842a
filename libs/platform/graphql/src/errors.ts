import { GraphQLError } from 'graphql';

/** Stable `extensions.code` values a client may branch on. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
  PERSISTED_QUERY_NOT_ALLOWED = 'PERSISTED_QUERY_NOT_ALLOWED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

export interface FieldProblem {
  field: string;
  message: string;
}

/** A rule violation the caller can act on; its message is shown as written. */
export class DomainError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { ...details, code } });
    this.name = new.target.name;
  }
}

export class BadUserInputError extends DomainError {
  constructor(message: string, details: { fields?: FieldProblem[]; [key: string]: unknown } = {}) {
    super(ErrorCode.BAD_USER_INPUT, message, details);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Sign in to continue: the credentials are missing, invalid or expired.') {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'You are not allowed to do this.') {
    super(ErrorCode.FORBIDDEN, message);
  }
}

export class NotFoundError extends DomainError {
  constructor(entity: string, id?: string) {
    super(ErrorCode.NOT_FOUND, id ? `${entity} ${id} was not found.` : `${entity} was not found.`);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(ErrorCode.CONFLICT, message, details);
  }
}

export class RateLimitedError extends DomainError {
  /**
   * `http` makes Apollo answer with status 429 and a `Retry-After` header when the error stops the
   * whole request (thrown before execution); inside a resolver it only describes the error.
   */
  constructor(message: string, retryAfterSeconds: number, options: { http?: boolean } = {}) {
    super(ErrorCode.RATE_LIMITED, message, {
      retryAfterSeconds,
      ...(options.http
        ? {
            http: {
              status: 429,
              headers: new Map([['retry-after', String(retryAfterSeconds)]]),
            },
          }
        : {}),
    });
  }
}

/** A partner client sent an operation that is not in the safelist of persisted operations. */
export class PersistedQueryNotAllowedError extends DomainError {
  constructor() {
    super(
      ErrorCode.PERSISTED_QUERY_NOT_ALLOWED,
      'Partner clients may only send the published operations: send one from the persisted operation manifest (its text unchanged, or its SHA-256 hash in extensions.persistedQuery).',
      // Refused before execution, so the HTTP status says so too (Apollo drops `http` from the body).
      { http: { status: 403 } },
    );
  }
}
