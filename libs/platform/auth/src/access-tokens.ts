import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import { authConfig, type AuthConfig } from './auth.config';
import { type ApiScope } from './principal';

/** Claims of a user's access token: the session id lets every subgraph check revocation. */
export interface UserAccessClaims {
  typ: 'user';
  sub: string;
  sid: string;
}

export interface ClientAccessClaims {
  typ: 'client';
  sub: string;
  scp: ApiScope[];
  /** The generation of the secret the token was exchanged for; rotation retires older ones. */
  gen: number;
}

export type AccessClaims = UserAccessClaims | ClientAccessClaims;

export interface SignedToken {
  token: string;
  expiresAt: Date;
}

/** Issues short-lived HS256 access tokens; verification is the passport JWT strategy's job. */
@Injectable()
export class AccessTokens {
  constructor(
    private readonly jwt: JwtService,
    @Inject(authConfig.KEY) private readonly config: AuthConfig,
  ) {}

  async sign(claims: AccessClaims): Promise<SignedToken> {
    const ttl = this.config.accessTokenTtlSeconds;
    const token = await this.jwt.signAsync(
      { ...claims },
      {
        secret: this.config.jwtSecret,
        algorithm: 'HS256',
        expiresIn: ttl,
        issuer: this.config.issuer,
        audience: this.config.audience,
        jwtid: randomUUID(),
      },
    );
    return { token, expiresAt: new Date(Date.now() + ttl * 1000) };
  }
}
