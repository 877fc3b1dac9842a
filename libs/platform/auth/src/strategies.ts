import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy as CustomStrategy } from 'passport-custom';
import { ExtractJwt, Strategy as JwtStrategyBase } from 'passport-jwt';
import { type AccessClaims } from './access-tokens';
import { authConfig, type AuthConfig } from './auth.config';
import { type Principal } from './principal';
import { PrincipalService } from './principal.service';

export const JWT_STRATEGY = 'jwt';
export const API_KEY_STRATEGY = 'api-key';
export const API_KEY_HEADER = 'x-api-key';

/** `Authorization: Bearer <access token>`: signature, expiry, issuer and audience, then revocation. */
@Injectable()
export class JwtStrategy extends PassportStrategy(JwtStrategyBase, JWT_STRATEGY) {
  constructor(
    @Inject(authConfig.KEY) config: AuthConfig,
    private readonly principals: PrincipalService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.jwtSecret,
      issuer: config.issuer,
      audience: config.audience,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  async validate(claims: AccessClaims): Promise<Principal | false> {
    return (await this.principals.fromAccessClaims(claims)) ?? false;
  }
}

/** `x-api-key: <client id>.<secret>` for partner systems that do not exchange for a token. */
@Injectable()
export class ApiKeyStrategy extends PassportStrategy(CustomStrategy, API_KEY_STRATEGY) {
  constructor(private readonly principals: PrincipalService) {
    super();
  }

  async validate(request: Request): Promise<Principal | false> {
    const header = request.headers[API_KEY_HEADER];
    if (typeof header !== 'string' || header.length === 0) return false;
    return (await this.principals.fromApiKey(header)) ?? false;
  }
}
