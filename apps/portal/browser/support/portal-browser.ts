import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's chromium (`apt-get install chromium`), as CI installs it. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOTS = join(__dirname, '..', 'screenshots');

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };

export type DemoRole = 'operator' | 'lead' | 'researcher' | 'officer' | 'sme' | 'integrator';

export function portalUrl(path = '/'): string {
  const base = process.env.VCP_PORTAL_URL;
  if (!base) throw new Error('VCP_PORTAL_URL is not set: the browser global setup did not run');
  return new URL(path, base).toString();
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh browser profile (no stored session) at a given screen size. */
export async function openPage(
  browser: Browser,
  viewport = DESKTOP,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, locale: 'en-GB' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { context, page };
}

/** Signs in through the sign-in form with a demo account (`<role>@demo.vcp.kr`). */
export async function signIn(page: Page, role: DemoRole): Promise<void> {
  const password = process.env.VCP_DEMO_PASSWORD;
  if (!password)
    throw new Error('VCP_DEMO_PASSWORD is not set: the browser global setup did not run');
  await page.goto(portalUrl('/sign-in'));
  await page.getByLabel('E-mail').fill(`${role}@demo.vcp.kr`);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

/** Saves the page as apps/portal/browser/screenshots/<name>.png (kept out of git). */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
