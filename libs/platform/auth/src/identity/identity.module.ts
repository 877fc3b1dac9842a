import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { authConfig } from '../auth.config';
import { ApiClientEntity } from './api-client.entity';
import { ApiClientsService } from './api-clients.service';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { RefreshTokenEntity } from './refresh-token.entity';
import { SessionEntity } from './session.entity';
import { SessionsService } from './sessions.service';
import { UserEntity } from './user.entity';
import { UsersService } from './users.service';

/** Accounts, sessions and API clients; served by the consortia subgraph, which owns identity. */
@Module({
  imports: [
    ConfigModule.forFeature(authConfig),
    TypeOrmModule.forFeature([UserEntity, SessionEntity, RefreshTokenEntity, ApiClientEntity]),
  ],
  providers: [PasswordHasher, LoginThrottle, SessionsService, UsersService, ApiClientsService],
  exports: [SessionsService, UsersService, ApiClientsService],
})
export class IdentityModule {}
