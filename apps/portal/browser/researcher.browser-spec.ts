import { type Browser, type Page } from 'playwright-core';
import {
  fieldError,
  horizontalOverflow,
  launchBrowser,
  openPage,
  PHONE,
  screenshot,
  signIn,
} from './support/portal-browser';

/** "5 h left this week" → 5. */
async function hoursLeft(page: Page): Promise<number> {
  const text = await page.getByTestId('cap-remaining').innerText();
  const match = /^([\d.]+) h left/.exec(text);
  return match ? Number(match[1]) : 0;
}

describe('researcher: engagements, disclosure and weekly hours', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('lists the engagements with their state and declares a new disclosure version, errors at their fields', async () => {
    const { context, page } = await openPage(browser);
    await signIn(page, 'researcher');
    await page.getByRole('link', { name: 'My engagements' }).click();
    await page.getByRole('heading', { name: 'My engagements' }).waitFor();
    const table = page.getByRole('table', { name: 'My engagements' });
    await table.getByText('Active', { exact: true }).waitFor();
    await screenshot(page, 'researcher-engagements');

    await table.getByRole('link', { name: /Seongsan/ }).click();
    await page.getByRole('heading', { name: /Disclosure \(version 1\)/ }).waitFor();
    const form = page.getByRole('form', { name: 'Disclosure' });
    await form.getByLabel('I hold equity in the firm or a competitor').check();
    await form.getByRole('button', { name: 'Declare disclosure' }).click();
    // The server requires the details when equity is held, and says so at that field.
    const equity = form.getByLabel('Equity details');
    await expect(fieldError(page, equity)).resolves.toMatch(/Describe the equity held/);

    await equity.fill('Seongsan Precision Co., Ltd., 0.5% of shares');
    await form.getByRole('button', { name: 'Declare disclosure' }).click();
    await page.getByRole('heading', { name: /Disclosure \(version 2\)/ }).waitFor();
    await page.getByText(/Version 2, .*equity: Seongsan Precision/).waitFor();
    await screenshot(page, 'researcher-disclosure');
    await context.close();
  });

  it('shows the hours left under the weekly cap and the server refusal beyond it at the hours field', async () => {
    const { context, page } = await openPage(browser);
    await signIn(page, 'researcher');
    await page.getByRole('link', { name: 'Weekly hours' }).click();
    await page.getByRole('heading', { name: 'Weekly hours' }).waitFor();
    await page.getByTestId('cap-remaining').waitFor();
    const before = await hoursLeft(page);
    expect(before).toBeGreaterThan(1);

    const form = page.getByRole('form', { name: 'Log hours' });
    await form.getByRole('combobox', { name: 'Engagement' }).click();
    await page.getByRole('option', { name: /Seongsan/ }).click();
    const hours = form.getByRole('textbox', { name: 'Hours' });
    await hours.fill(String(before + 0.25));
    await form.getByRole('button', { name: 'Log hours' }).click();
    // One quarter hour over what the meter shows: the server refuses, at the hours field.
    await expect(fieldError(page, hours)).resolves.toMatch(/\S/);
    await expect(hoursLeft(page)).resolves.toBe(before);

    await hours.fill('1');
    await form.getByRole('button', { name: 'Log hours' }).click();
    await page.getByText(`${before - 1} h left this week`, { exact: false }).waitFor();
    await screenshot(page, 'researcher-hours');
    await context.close();
  });

  it('keeps the hour log usable at phone width', async () => {
    const { context, page } = await openPage(browser, PHONE);
    await signIn(page, 'researcher');
    await page.getByRole('button', { name: 'Open navigation' }).click();
    await page.getByRole('link', { name: 'Weekly hours' }).click();
    await page.getByTestId('cap-remaining').waitFor();
    await page
      .getByRole('form', { name: 'Log hours' })
      .getByRole('button', { name: 'Log hours' })
      .waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'researcher-hours-phone');
    await context.close();
  });
});
