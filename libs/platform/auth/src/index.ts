export { AccessTokens, type AccessClaims, type SignedToken } from './access-tokens';
export { authConfig, AuthEnv, type AuthConfig } from './auth.config';
export { AuthModule } from './auth.module';
export { ApiClientEntity } from './identity/api-client.entity';
export {
  ApiClientsService,
  type IssuedApiClient,
  type NewApiClient,
} from './identity/api-clients.service';
export { IdentityModule } from './identity/identity.module';
export {
  LOGIN_WINDOW_MINUTES,
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_ADDRESS,
} from './identity/login-throttle';
export { SessionsService, type SessionTokens } from './identity/sessions.service';
export { UserEntity } from './identity/user.entity';
export { UsersService, type NewUser } from './identity/users.service';
export { CurrentPrincipal, CurrentUser } from './policy/current-principal.decorator';
export {
  AnyPartnerClient,
  Authenticated,
  PERMISSION_KEYS,
  Public,
  PUBLIC_KEY,
  Roles,
  ROLES_KEY,
  Scopes,
  SCOPES_KEY,
} from './policy/policy.decorators';
export { PolicyGuard } from './policy/policy.guard';
export { RequestAuthenticator } from './policy/request-authenticator';
export { rateLimitConfig, type RateLimitConfig } from './rate-limit/rate-limit.config';
export { RateLimitModule } from './rate-limit/rate-limit.module';
export {
  RateLimitPlugin,
  rateLimitHeaders,
  rateLimitSubject,
  type RateLimitSubject,
} from './rate-limit/rate-limit.plugin';
export {
  RequestRateLimiter,
  WINDOW_SECONDS,
  type RateLimitDecision,
} from './rate-limit/request-rate-limiter';
export { type PrincipalRequest } from './policy/execution-request';
export {
  ApiScope,
  PlatformRole,
  type ClientPrincipal,
  type Principal,
  type UserPrincipal,
} from './principal';
export { API_KEY_HEADER } from './strategies';
