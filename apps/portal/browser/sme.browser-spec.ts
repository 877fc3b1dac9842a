import { randomUUID } from 'node:crypto';
import { type Browser } from 'playwright-core';
import { demoApi } from './support/demo-api';
import { fieldError, launchBrowser, openPage, screenshot, signIn } from './support/portal-browser';

const DAY_MS = 86_400_000;

describe('SME: credit wallet and integrator mandates', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
    // The program operator grants the SME credits that expire in 90 days.
    const sme = await demoApi('sme');
    const { me } = await sme<{ me: { organizationId: string } }>(
      `query SmeOrganization { me { organizationId } }`,
    );
    const operator = await demoApi('operator');
    await operator(
      `mutation GrantForTest($input: GrantCreditsInput!) { grantCredits(input: $input) { walletBalance } }`,
      {
        input: {
          organizationId: me.organizationId,
          amount: 5000,
          expiresAt: new Date(Date.now() + 90 * DAY_MS).toISOString(),
          idempotencyKey: `browser-sme-${randomUUID()}`,
          memo: 'Pilot allocation',
        },
      },
    );
    // Gureum's certification has lapsed, whatever another suite renewed on the shared demo data.
    const { organizations } = await operator<{ organizations: { nodes: { id: string }[] } }>(
      `query GureumForTest { organizations(filter: { search: "Gureum" }, first: 1) { nodes { id } } }`,
    );
    const lapsedYearsAgo = (years: number) =>
      new Date(Date.now() - years * 365 * DAY_MS).toISOString().slice(0, 10);
    await operator(
      `mutation LapseForTest($input: CertifyIntegratorInput!) { certifyIntegrator(input: $input) { id } }`,
      {
        input: {
          organizationId: organizations.nodes[0]?.id,
          number: 'AIC-2022-4460',
          issuedOn: lapsedYearsAgo(4),
          expiresOn: lapsedYearsAgo(1),
        },
      },
    );
    // Start without a live mandate to Nuri, whatever ran before.
    const { myWallet } = await sme<{
      myWallet: {
        mandates: { id: string; revokedAt: string | null; integrator: { name: string } }[];
      };
    }>(`query SmeMandatesForTest { myWallet { mandates { id revokedAt integrator { name } } } }`);
    for (const mandate of myWallet.mandates.filter((m) => !m.revokedAt)) {
      await sme(`mutation RevokeForTest($id: UUID!) { revokeMandate(id: $id) { id } }`, {
        id: mandate.id,
      });
    }
  });
  afterAll(async () => {
    await browser.close();
  });

  it('shows the balance, the granted lots with their expiry and the history', async () => {
    const { context, page } = await openPage(browser);
    await signIn(page, 'sme');
    await page.getByRole('link', { name: 'Credit wallet' }).click();
    await page.getByRole('heading', { name: 'Credit wallet' }).waitFor();
    const balance = Number(
      (await page.getByTestId('wallet-balance').innerText()).replace(/\D/g, ''),
    );
    expect(balance).toBeGreaterThanOrEqual(5000);
    await page
      .getByRole('table', { name: 'Grants' })
      .getByRole('cell', { name: '5,000' })
      .first()
      .waitFor();
    await page
      .getByRole('table', { name: 'History' })
      .getByText('Pilot allocation')
      .first()
      .waitFor();
    await screenshot(page, 'sme-wallet');
    await context.close();
  });

  it('grants a mandate (refused for an integrator whose certification lapsed, at its field) and revokes it', async () => {
    const { context, page } = await openPage(browser);
    await signIn(page, 'sme');
    await page.getByRole('link', { name: 'Integrator mandates' }).click();
    await page.getByRole('heading', { name: 'Integrator mandates' }).waitFor();
    const form = page.getByRole('form', { name: 'Grant a mandate' });
    const integrator = form.getByRole('combobox', { name: 'Integrator' });
    const lastDay = new Date(Date.now() + 30 * DAY_MS).toISOString().slice(0, 10);

    await integrator.click();
    await page.getByRole('option', { name: /Gureum Systems/ }).click();
    await form.getByRole('textbox', { name: 'Credit cap' }).fill('2000');
    await form.getByLabel('Last day').fill(lastDay);
    await form.getByRole('button', { name: 'Grant mandate' }).click();
    expect(await fieldError(page, integrator)).toMatch(/certif/i);

    await integrator.click();
    await page.getByRole('option', { name: /Nuri Smart Factory/ }).click();
    await form.getByRole('button', { name: 'Grant mandate' }).click();
    const table = page.getByRole('table', { name: 'Mandates' });
    const row = table.getByRole('row', { name: /Nuri Smart Factory.*Live/ });
    await row.waitFor();
    await screenshot(page, 'sme-mandates');

    await row.getByRole('button', { name: /Revoke the mandate to Nuri/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Revoke mandate' }).click();
    await table
      .getByRole('row', { name: /Nuri Smart Factory.*Revoked/ })
      .first()
      .waitFor();
    await context.close();
  });
});
