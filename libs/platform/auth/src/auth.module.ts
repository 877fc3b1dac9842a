import { Global, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { AccessTokens } from './access-tokens';
import { authConfig } from './auth.config';
import { PolicyGuard } from './policy/policy.guard';
import { RequestAuthenticator } from './policy/request-authenticator';
import { PrincipalService } from './principal.service';
import { ApiKeyStrategy, JwtStrategy } from './strategies';

/**
 * Verification of callers in a subgraph: passport strategies, the global deny-by-default guard,
 * and token signing for the identity module. Every subgraph imports it.
 */
@Global()
@Module({
  imports: [ConfigModule.forFeature(authConfig), PassportModule, JwtModule.register({})],
  providers: [
    AccessTokens,
    PrincipalService,
    RequestAuthenticator,
    JwtStrategy,
    ApiKeyStrategy,
    { provide: APP_GUARD, useClass: PolicyGuard },
  ],
  exports: [AccessTokens, PrincipalService, RequestAuthenticator],
})
export class AuthModule {}
