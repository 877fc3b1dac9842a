import { type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { UsersService } from '@vcp/platform/auth';
import { type DemoAccount } from './demo-accounts';
import { SeedModule } from './seed.module';

export interface SeedResult {
  created: string[];
  existing: string[];
}

/** Seeds the demo data through the owning services; safe to run again (existing rows are kept). */
export async function seedDemoData(accounts: DemoAccount[]): Promise<SeedResult> {
  const context: INestApplicationContext = await NestFactory.createApplicationContext(SeedModule, {
    logger: ['error', 'warn'],
  });
  try {
    const users = context.get(UsersService);
    const result: SeedResult = { created: [], existing: [] };
    for (const account of accounts) {
      if (await users.findByEmail(account.email)) {
        result.existing.push(account.email);
        continue;
      }
      await users.create({
        email: account.email,
        displayName: account.displayName,
        password: account.password,
        roles: [account.role],
      });
      result.created.push(account.email);
    }
    return result;
  } finally {
    await context.close();
  }
}
