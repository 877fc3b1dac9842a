import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { PlatformRole } from '@vcp/platform/auth';

export interface DemoAccount {
  email: string;
  displayName: string;
  role: PlatformRole;
  password: string;
}

const PEOPLE: Omit<DemoAccount, 'password'>[] = [
  {
    email: 'operator@demo.vcp.kr',
    displayName: 'Seo-yeon Park (program operator)',
    role: PlatformRole.OPERATOR,
  },
  {
    email: 'lead@demo.vcp.kr',
    displayName: 'Min-jun Kim (consortium lead)',
    role: PlatformRole.CONSORTIUM_LEAD,
  },
  {
    email: 'researcher@demo.vcp.kr',
    displayName: 'Prof. Ji-woo Lee (researcher)',
    role: PlatformRole.RESEARCHER,
  },
  {
    email: 'officer@demo.vcp.kr',
    displayName: 'Hye-jin Choi (university officer)',
    role: PlatformRole.UNIVERSITY_OFFICER,
  },
  {
    email: 'sme@demo.vcp.kr',
    displayName: 'Dong-hyun Jung (SME admin)',
    role: PlatformRole.SME_ADMIN,
  },
  {
    email: 'integrator@demo.vcp.kr',
    displayName: 'Eun-ji Kang (certified integrator)',
    role: PlatformRole.INTEGRATOR,
  },
];

/**
 * One demo account per role. Passwords are random per installation, kept in the data folder so
 * they stay the same across restarts, and printed at start-up. DEMO_PASSWORD fixes them instead
 * (browser tests use it).
 */
export function demoAccounts(dataDir: string): DemoAccount[] {
  const file = join(dataDir, 'demo-accounts.json');
  const fixed = process.env.DEMO_PASSWORD;
  if (!fixed && existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as DemoAccount[];
  const accounts = PEOPLE.map((person) => ({
    ...person,
    password:
      fixed ??
      `${person.role.toLowerCase().replace(/_/g, '-')}-${randomBytes(6).toString('base64url')}`,
  }));
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, JSON.stringify(accounts, null, 2), { mode: 0o600 });
  return accounts;
}
