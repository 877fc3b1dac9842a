import { randomUUID } from 'node:crypto';
import { type Browser, type Page } from 'playwright-core';
import { demoApi } from './support/demo-api';
import {
  fieldError,
  horizontalOverflow,
  launchBrowser,
  openPage,
  PHONE,
  screenshot,
  signIn,
  waitForCount,
} from './support/portal-browser';

const DAY_MS = 86_400_000;
const POOL = `Browser NPU pool ${randomUUID().slice(0, 6)}`;
/** A Korean date this many days from today, YYYY-MM-DD. */
const seoulDate = (days: number) =>
  new Date(Date.now() + 9 * 3_600_000 + days * DAY_MS).toISOString().slice(0, 10);

/**
 * Scrolls the page back to its top: clicking rows lower down scrolls the page, and a full-page
 * screenshot then draws the fixed header and navigation that far down, over the page title.
 */
const scrollToTop = (page: Page) => page.evaluate('window.scrollTo(0, 0)');

describe('integrator: workload matching and pool reservations', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
    // The computing center's pool, the SME's credits and its mandate to the integrator's firm.
    const operator = await demoApi('operator');
    await operator(
      `mutation PoolForTest($input: DefineComputePoolInput!) { defineComputePool(input: $input) { id } }`,
      {
        input: {
          name: POOL,
          hardwareProfileId: 'furiosa-rngd',
          site: 'CENTER',
          capacityDevices: 4,
          creditsPerDeviceHour: 10,
        },
      },
    );
    const sme = await demoApi('sme');
    const { me } = await sme<{ me: { organizationId: string } }>(
      `query SmeOrgForTest { me { organizationId } }`,
    );
    await operator(
      `mutation CreditsForTest($input: GrantCreditsInput!) { grantCredits(input: $input) { walletBalance } }`,
      {
        input: {
          organizationId: me.organizationId,
          amount: 2000,
          expiresAt: new Date(Date.now() + 90 * DAY_MS).toISOString(),
          idempotencyKey: `browser-integrator-${randomUUID()}`,
        },
      },
    );
    const { organizations } = await sme<{ organizations: { nodes: { id: string }[] } }>(
      `query NuriForTest { organizations(filter: { search: "Nuri Smart Factory" }, first: 1) { nodes { id } } }`,
    );
    await sme(
      `mutation MandateForTest($input: GrantMandateInput!) { grantMandate(input: $input) { id } }`,
      {
        input: {
          integratorOrganizationId: organizations.nodes[0]?.id,
          capCredits: 1000,
          expiresAt: new Date(Date.now() + 30 * DAY_MS).toISOString(),
        },
      },
    ).catch((error: unknown) => {
      // One live mandate per integrator: an earlier one does as well.
      if (!/live mandate|already/i.test(String(error))) throw error;
    });
  });
  afterAll(async () => {
    await browser.close();
  });

  it('ranks devices for a vertical template with each factor explained and a roofline', async () => {
    const { context, page } = await openPage(browser);
    await signIn(page, 'integrator');
    await page.getByRole('link', { name: 'Workload matching' }).click();
    await page.getByRole('heading', { name: 'Workload matching' }).waitFor();
    const form = page.getByRole('form', { name: 'Workload' });
    await form.getByRole('combobox', { name: 'Start from a template' }).click();
    await page.getByRole('option').first().click();

    // The server's limit on the name comes back at the name field.
    const name = form.getByRole('textbox', { name: 'Name' });
    const template = await name.inputValue();
    await name.fill('x'.repeat(121));
    await form.getByRole('button', { name: 'Rank devices' }).click();
    expect(await fieldError(page, name)).toMatch(/\S/);

    await name.fill(template);
    await form.getByRole('button', { name: 'Rank devices' }).click();
    const ranked = page.getByRole('table', { name: 'Ranked devices' });
    await ranked.waitFor();
    // The best device's factors are open, each with its sentence.
    await ranked
      .getByText(/^Roofline:/)
      .first()
      .waitFor();
    await page
      .getByRole('img', { name: /Roofline of the/ })
      .locator('svg')
      .first()
      .waitFor();
    await screenshot(page, 'integrator-matching');
    await context.close();
  });

  it('keeps the ranking usable at phone width', async () => {
    const { context, page } = await openPage(browser, PHONE);
    await signIn(page, 'integrator');
    await page.getByRole('button', { name: 'Open navigation' }).click();
    await page.getByRole('link', { name: 'Workload matching' }).click();
    const form = page.getByRole('form', { name: 'Workload' });
    await form.getByRole('combobox', { name: 'Start from a template' }).click();
    await page.getByRole('option').first().click();
    await form.getByRole('button', { name: 'Rank devices' }).click();
    await page.getByRole('table', { name: 'Ranked devices' }).waitFor();
    await page
      .getByRole('img', { name: /Roofline of the/ })
      .locator('svg')
      .first()
      .waitFor();
    // The ranked table scrolls inside its own area; the page itself stays within the screen.
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'integrator-matching-phone');
    await context.close();
  });

  it('holds from the capacity calendar, confirms, and sees the refund before cancelling', async () => {
    const { context, page } = await openPage(browser);
    await signIn(page, 'integrator');
    await page.getByRole('link', { name: 'Pool reservations' }).click();
    await page.getByRole('heading', { name: 'Pool reservations' }).waitFor();
    await page.getByRole('combobox', { name: 'Pool' }).click();
    await page.getByRole('option', { name: POOL }).click();

    // Four days ahead at 09:00 (Korea): well over 48 hours' notice.
    const day = seoulDate(4);
    await page.getByRole('button', { name: `${day} 09:00, 4 of 4 free` }).click();
    const form = page.getByRole('form', { name: 'Place a hold' });
    await expect(form.getByLabel('First day').inputValue()).resolves.toBe(day);
    await form.getByRole('combobox', { name: 'Consortium' }).click();
    await page.getByRole('option', { name: /Changwon Smart Factory/ }).click();
    await form.getByRole('button', { name: 'Place hold' }).click();

    const table = page.getByRole('table', { name: 'Your reservations' });
    const held = table.getByRole('row', { name: new RegExp(`${POOL}.*Held`) });
    await held.waitFor();
    // The calendar now shows the held device gone for those hours.
    await page.getByRole('button', { name: `${day} 09:00, 3 of 4 free` }).waitFor();
    await held.getByRole('button', { name: 'Confirm' }).click();
    const confirmed = table.getByRole('row', { name: new RegExp(`${POOL}.*Confirmed`) });
    await confirmed.waitFor();
    // The photograph shows the calendar's heat map with the booked hours taken, not a loading state.
    await page.getByRole('table', { name: /Free devices per hour/ }).waitFor();
    await page.getByRole('button', { name: `${day} 09:00, 3 of 4 free` }).waitFor();
    // The confirmation says whose credits paid; the photograph waits for the notices to close by
    // themselves, as they would cover the header.
    const notices = page
      .getByRole('alert')
      .filter({ has: page.getByRole('button', { name: 'Close' }) });
    await notices.filter({ hasText: /Confirmed: 20 credits paid from .+'s wallet/ }).waitFor();
    await waitForCount(notices, 0);
    await scrollToTop(page);
    await screenshot(page, 'integrator-reservations');

    await confirmed.getByRole('button', { name: 'Cancel' }).click();
    const dialog = page.getByRole('dialog');
    // 1 device × 2 hours × 10 credits, all of it back with this much notice.
    await expect(dialog.getByTestId('refund-quote').innerText()).resolves.toMatch(
      /returns 20 of 20 credits/,
    );
    await scrollToTop(page);
    await screenshot(page, 'integrator-cancel-refund');
    await dialog.getByRole('button', { name: 'Cancel reservation' }).click();
    await table.getByRole('row', { name: new RegExp(`${POOL}.*Cancelled`) }).waitFor();
    await context.close();
  });

  it('keeps the capacity calendar usable at phone width', async () => {
    const { context, page } = await openPage(browser, PHONE);
    await signIn(page, 'integrator');
    await page.getByRole('button', { name: 'Open navigation' }).click();
    await page.getByRole('link', { name: 'Pool reservations' }).click();
    await page.getByRole('heading', { name: 'Capacity calendar' }).waitFor();
    await page.getByRole('table', { name: /Free devices per hour/ }).waitFor();
    // The heat map scrolls inside its own area; the page itself stays within the screen.
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'integrator-reservations-phone');
    await context.close();
  });
});
