import { type Browser } from 'playwright-core';
import { launchBrowser, openPage, portalUrl, screenshot, signIn } from './support/portal-browser';

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
    await page.locator('input[aria-invalid="true"]').waitFor();
    const password = page.getByLabel(/^Password/);
    expect(await password.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await password.getAttribute('aria-describedby')) ?? '';
    const messages = await Promise.all(
      describedBy.split(' ').map((id) => page.locator(`[id="${id}"]`).innerText()),
    );
    expect(messages.join(' ')).toMatch(/password/i);
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
});
