import { type Browser, type Locator, type Page } from 'playwright-core';
import {
  fieldError,
  launchBrowser,
  openPage,
  portalUrl,
  screenshot,
  signIn,
} from './support/portal-browser';

describe('signing in', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('sends a signed-out visitor to the sign-in page and back to where they were going', async () => {
    const { context, page } = await openPage(browser);
    await page.goto(portalUrl('/operator/organizations'));
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await screenshot(page, 'sign-in');
    await signIn(page, 'operator');
    await page.goto(portalUrl('/operator/organizations'));
    await page.getByRole('heading', { name: 'Organisation registry' }).waitFor();
    await context.close();
  });

  it("shows the server's refusal at the password field", async () => {
    const { context, page } = await openPage(browser);
    await page.goto(portalUrl('/sign-in'));
    await page.getByLabel('E-mail').fill('lead@demo.vcp.kr');
    await page.getByLabel(/^Password/).fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    // The answer comes back from the server: wait for the field to be marked invalid.
    expect(await fieldError(page, page.getByLabel(/^Password/))).toMatch(/password/i);
    await screenshot(page, 'sign-in-refused');
    await context.close();
  });

  it('shows each role only its own screens and ends the session on sign-out', async () => {
    const { context, page } = await openPage(browser);
    await signIn(page, 'lead');
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await expect(nav.getByRole('link', { name: 'My consortium' }).count()).resolves.toBe(1);
    await expect(nav.getByRole('link', { name: 'Program dashboard' }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    // The stored session is gone: reopening a screen asks to sign in again.
    await page.goto(portalUrl('/lead'));
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await context.close();
  });

  it('works from the keyboard alone: signing in, moving between screens, signing out', async () => {
    const { context, page } = await openPage(browser);
    await page.goto(portalUrl('/sign-in'));
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await focusWith(page, 'Tab', page.getByLabel('E-mail'));
    await page.keyboard.type('operator@demo.vcp.kr');
    await focusWith(page, 'Tab', page.getByLabel(/^Password/));
    await page.keyboard.type(process.env.VCP_DEMO_PASSWORD ?? '');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Sign out' }).waitFor();

    await focusWith(page, 'Tab', page.getByRole('link', { name: 'Organisation registry' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Organisation registry' }).waitFor();
    await focusWith(page, 'Shift+Tab', page.getByRole('button', { name: 'Sign out' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await context.close();
  });
});

/** Presses `key` until `target` has the focus; fails if forty presses do not get there. */
async function focusWith(page: Page, key: 'Tab' | 'Shift+Tab', target: Locator): Promise<void> {
  const hasFocus = async () => (await target.and(page.locator(':focus')).count()) === 1;
  for (let presses = 0; presses < 40; presses++) {
    if (await hasFocus()) return;
    await page.keyboard.press(key);
  }
  if (!(await hasFocus())) throw new Error(`${key} never reached ${target.toString()}`);
}
