import { type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { UsersService } from '@vcp/platform/auth';
import { type DemoAccount } from './demo-accounts';
import { type ComputeSummary, seedDemoCompute } from './demo-compute';
import { type DirectorySummary, seedDemoDirectory } from './demo-directory';
import { type EngagementsSummary, seedDemoEngagements } from './demo-engagements';
import { SeedModule } from './seed.module';

export interface SeedResult {
  created: string[];
  existing: string[];
  /** The demo directory (organisations, consortiums, memberships) and what this run added to it. */
  directory: DirectorySummary;
  /** Researchers, officers, engagements and hour logs (demo-engagements.ts), and what this run added. */
  engagements: EngagementsSummary;
  /** Pools, credit grants, the mandate and the reservation (demo-compute.ts), and what this run added. */
  compute: ComputeSummary;
}

/**
 * Seeds the demo data through the owning services: one account per role, then the demo directory
 * (demo-directory.ts) with those accounts attached, then researchers' engagements with its firms
 * (demo-engagements.ts), then the compute exchange: pools, credits, a mandate and a reservation
 * (demo-compute.ts). Safe to run again: existing rows are kept and nothing is added twice.
 */
export async function seedDemoData(accounts: DemoAccount[]): Promise<SeedResult> {
  const context: INestApplicationContext = await NestFactory.createApplicationContext(SeedModule, {
    logger: ['error', 'warn'],
  });
  try {
    const users = context.get(UsersService);
    const created: string[] = [];
    const existing: string[] = [];
    for (const account of accounts) {
      if (await users.findByEmail(account.email)) {
        existing.push(account.email);
        continue;
      }
      await users.create({
        email: account.email,
        displayName: account.displayName,
        password: account.password,
        roles: [account.role],
      });
      created.push(account.email);
    }
    const directory = await seedDemoDirectory(context, accounts);
    const engagements = await seedDemoEngagements(context, accounts);
    const compute = await seedDemoCompute(context, accounts);
    return { created, existing, directory, engagements, compute };
  } finally {
    await context.close();
  }
}
