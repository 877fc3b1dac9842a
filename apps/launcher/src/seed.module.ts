import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { LedgerModule } from '@vcp/compute/ledger';
import { ReservationsModule } from '@vcp/compute/reservations';
import { ConsortiumsModule } from '@vcp/consortia/consortiums';
import { EngagementsModule } from '@vcp/consortia/engagements';
import { OrganizationsModule } from '@vcp/consortia/organizations';
import { DatabaseModule } from '@vcp/platform/database';
import { AuthModule, IdentityModule } from '@vcp/platform/auth';

/** What seeding needs: the database and the services that own the seeded data. */
@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true }),
    DatabaseModule.forRoot({ applicationName: 'seed' }),
    AuthModule,
    IdentityModule,
    OrganizationsModule,
    ConsortiumsModule,
    EngagementsModule,
    LedgerModule,
    ReservationsModule,
  ],
})
export class SeedModule {}
