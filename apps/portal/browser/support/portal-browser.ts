import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from 'playwright-core';

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
  // Script errors in the portal show in the test output.
  page.on('pageerror', (error) => process.stderr.write(`portal page error: ${error.message}\n`));
  page.on('response', (response) => {
    if (response.status() >= 400 && response.url().endsWith('/graphql'))
      void response.text().then(
        (body) =>
          process.stderr.write(`portal GraphQL ${response.status()}: ${body.slice(0, 500)}\n`),
        () => undefined,
      );
  });
  page.on('console', (message) => {
    if (message.type() === 'error') process.stderr.write(`portal console: ${message.text()}\n`);
  });
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

/** The WCAG 2.1 A and AA rules axe checks every main page against. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * What axe finds on the page as it is now that a person would be stopped by (serious or critical
 * impact: unlabelled controls, missing names, unreadable contrast, broken ARIA), one line each.
 */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact ?? ''}): ${violation.help}; at ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(', ')}. ${violation.nodes[0]?.failureSummary?.replace(/\s+/g, ' ') ?? ''}`,
    );
}

/**
 * Saves a main page as apps/portal/browser/screenshots/<name>.png (kept out of git), after
 * checking it against WCAG 2.1 AA with axe: every page a test photographs is also one it audits.
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  const problems = await accessibilityProblems(page);
  if (problems.length) throw new Error(`${name}: accessibility problems\n${problems.join('\n')}`);
  return path;
}

/**
 * How far the page is wider than the screen, in pixels (0 when nothing sticks out sideways).
 * Charts re-measure themselves a moment after the viewport changes, so this gives the layout up
 * to `settleMs` to fit before answering with what still sticks out.
 */
export async function horizontalOverflow(page: Page, settleMs = 3_000): Promise<number> {
  // A string, as this file is compiled without the DOM's types.
  const measure = async () =>
    Number(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
  const deadline = Date.now() + settleMs;
  let overflow = await measure();
  while (overflow > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    overflow = await measure();
  }
  return overflow;
}

/** Waits until the locator matches exactly `count` elements (lists re-render as data arrives). */
export async function waitForCount(
  locator: Locator,
  count: number,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let seen = await locator.count();
  while (seen !== count) {
    if (Date.now() > deadline) throw new Error(`expected ${count} matches, found ${seen}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    seen = await locator.count();
  }
}

/**
 * The message a form field shows for itself once the server or the form marks it invalid: waits
 * for `aria-invalid`, then reads the elements its `aria-describedby` names.
 */
export async function fieldError(page: Page, field: Locator): Promise<string> {
  await field.and(page.locator('[aria-invalid="true"]')).waitFor();
  const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean);
  const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).innerText()));
  return texts.join(' ').trim();
}
