import { randomUUID } from 'node:crypto';
import { type Browser } from 'playwright-core';
import { demoApi } from './support/demo-api';
import {
  fieldError,
  launchBrowser,
  openPage,
  screenshot,
  signIn,
  waitForCount,
} from './support/portal-browser';

const ISSUED = 'query { creditFigures { issued } }';

describe('program operator', () => {
  let browser: Browser;
  /** Credits issued once this suite's grant is in; other suites may grant more. */
  let issuedAtLeast: number;
  beforeAll(async () => {
    browser = await launchBrowser();
    const operator = await demoApi('operator');
    const before = await operator<{ creditFigures: { issued: number } }>(ISSUED);
    // Credits granted to an SME, so the dashboard has issued credits to plot.
    const found = await operator<{ organizations: { nodes: { id: string }[] } }>(
      'query { organizations(filter: { search: "Gimhae" }, first: 1) { nodes { id } } }',
    );
    await operator(
      'mutation($input: GrantCreditsInput!) { grantCredits(input: $input) { transactionId } }',
      {
        input: {
          organizationId: found.organizations.nodes[0]?.id,
          amount: 12_000,
          expiresAt: new Date(Date.now() + 180 * 86_400_000).toISOString(),
          idempotencyKey: `browser-${randomUUID()}`,
          memo: 'Browser test grant',
        },
      },
    );
    issuedAtLeast = before.creditFigures.issued + 12_000;
  });
  afterAll(async () => {
    await browser.close();
  });

  it('reads the program dashboard against its targets', async () => {
    const { context, page } = await openPage(browser);
    await signIn(page, 'operator');
    await page.getByRole('heading', { name: 'Program dashboard' }).waitFor();
    for (const title of [
      'Industrial AI adoption',
      'Engaged researchers',
      'Utilization per pool, week by week',
      'Reserved and used device-hours',
      'Compute credits',
      'Engaged researchers by vertical',
      'Engaged researchers by region',
    ])
      await page.getByRole('heading', { name: title, exact: true }).waitFor();
    await page.getByText('of 70% target').waitFor();
    await page.getByText('of 200,000 target').waitFor();
    // The figures behind each chart are in a table for screen readers.
    const credits = page.getByRole('table', { name: 'Compute credits' });
    const issued = /Issued\s+([\d,]+)/.exec(await credits.innerText())?.[1] ?? '';
    expect(Number(issued.replace(/,/g, ''))).toBeGreaterThanOrEqual(issuedAtLeast);
    await page
      .getByRole('radiogroup', { name: 'Group by' })
      .getByText('Region', { exact: true })
      .click();
    await page.getByRole('heading', { name: 'Reserved and used device-hours' }).waitFor();
    await screenshot(page, 'operator-dashboard');
    await context.close();
  });

  it('searches the organisation registry and refuses a bad registration number at its field', async () => {
    const { context, page } = await openPage(browser);
    await signIn(page, 'operator');
    await page.getByRole('link', { name: 'Organisation registry' }).click();
    const table = page.getByRole('table', { name: 'Organisations' });
    await table.waitFor();
    await page.getByLabel('Search by name').fill('Jeju');
    await page.getByLabel('Search by name').fill('Hanul');
    await table.getByText('Hanul Precision Machinery Co., Ltd.').waitFor();
    await waitForCount(table.locator('tbody tr'), 1);
    await page.getByLabel('Search by name').fill('');
    await page.getByRole('combobox', { name: 'Kind' }).click();
    await page.getByRole('option', { name: 'University' }).click();
    await page.keyboard.press('Escape');
    await table.getByText('Yeongsan University').waitFor();
    await screenshot(page, 'operator-organizations');

    await page.getByRole('button', { name: 'Register organisation' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Register an organisation' });
    await dialog.getByLabel(/^Name/).fill('Jeju Ocean Robotics Co., Ltd.');
    await dialog.getByLabel(/^Business registration number/).fill('616-81-12340');
    await dialog.getByLabel(/^Industry/).fill('C29');
    await dialog.getByLabel('Annual revenue (KRW)').fill('5000000000');
    await dialog.getByLabel('Total assets (KRW)').fill('3000000000');
    await dialog.getByLabel('Employees').fill('40');
    await dialog.getByRole('button', { name: 'Register' }).click();
    const brn = dialog.getByLabel(/^Business registration number/);
    expect(await fieldError(page, brn)).toMatch(/check digit/);
    await screenshot(page, 'operator-register-refused');
    await context.close();
  });

  it('renews an integrator certification', async () => {
    const { context, page } = await openPage(browser);
    await signIn(page, 'operator');
    await page.getByRole('link', { name: 'Integrator certification' }).click();
    const table = page.getByRole('table', { name: 'Integrators' });
    await table.waitFor();
    const row = table.locator('tbody tr', { hasText: 'Gureum Systems Co., Ltd.' });
    await row.getByText('EXPIRED').waitFor();
    await row.getByRole('button', { name: 'Renew Gureum Systems Co., Ltd.' }).click();
    const dialog = page.getByRole('dialog', { name: /^Certify Gureum/ });
    await dialog.getByLabel(/^Certificate number/).fill('KAIC-2026-0917');
    // Valid through a date before the issue date: the server refuses it at that field.
    await dialog.getByLabel(/^Issued on/).fill('2026-11-01');
    await dialog.getByLabel(/^Valid through/).fill('2026-10-01');
    await dialog.getByRole('button', { name: 'Save certification' }).click();
    expect(await fieldError(page, dialog.getByLabel(/^Valid through/))).toMatch(/\S/);
    await dialog.getByLabel(/^Valid through/).fill('2029-10-31');
    await dialog.getByRole('button', { name: 'Save certification' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await row.getByText('VALID').waitFor();
    await waitForCount(page.getByRole('dialog'), 0);
    await screenshot(page, 'operator-certification');
    await context.close();
  });
});
