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

const CONSORTIUM = 'Changwon Smart Factory AI Consortium';
const DAY_MS = 86_400_000;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A Korean date this many days from today, YYYY-MM-DD. */
const seoulDate = (days: number) =>
  new Date(Date.now() + 9 * 3_600_000 + days * DAY_MS).toISOString().slice(0, 10);

/**
 * Through the API: a pool of its own, credits for the demo SME (a member of the lead's
 * consortium) and three reservations the Nuri integrator places for it, three days ahead: one
 * confirmed (2 devices × 3 hours at 10 credits), one confirmed then cancelled with full notice,
 * one held.
 */
async function reserveForLeadsConsortium(pool: string): Promise<{ smeName: string }> {
  const operator = await demoApi('operator');
  const sme = await demoApi('sme');
  const integrator = await demoApi('integrator');
  const { defineComputePool } = await operator<{ defineComputePool: { id: string } }>(
    `mutation LeadPoolForTest($input: DefineComputePoolInput!) { defineComputePool(input: $input) { id } }`,
    {
      input: {
        name: pool,
        hardwareProfileId: 'furiosa-rngd',
        site: 'CENTER',
        capacityDevices: 4,
        creditsPerDeviceHour: 10,
      },
    },
  );
  const { me } = await sme<{ me: { organizationId: string } }>(
    `query LeadSmeForTest { me { organizationId } }`,
  );
  const { organization } = await sme<{ organization: { name: string } }>(
    `query LeadSmeNameForTest($id: UUID!) { organization(id: $id) { name } }`,
    { id: me.organizationId },
  );
  await operator(
    `mutation LeadCreditsForTest($input: GrantCreditsInput!) { grantCredits(input: $input) { walletBalance } }`,
    {
      input: {
        organizationId: me.organizationId,
        amount: 1000,
        expiresAt: new Date(Date.now() + 90 * DAY_MS).toISOString(),
        idempotencyKey: `browser-lead-${randomUUID()}`,
      },
    },
  );
  const { organizations } = await sme<{ organizations: { nodes: { id: string }[] } }>(
    `query LeadNuriForTest { organizations(filter: { search: "Nuri Smart Factory" }, first: 1) { nodes { id } } }`,
  );
  // One live mandate per integrator: another suite's does as well, unless it revokes it meanwhile.
  const mandate = () =>
    sme(
      `mutation LeadMandateForTest($input: GrantMandateInput!) { grantMandate(input: $input) { id } }`,
      {
        input: {
          integratorOrganizationId: organizations.nodes[0]?.id,
          capCredits: 1000,
          expiresAt: new Date(Date.now() + 30 * DAY_MS).toISOString(),
        },
      },
    ).catch((error: unknown) => {
      if (!/live mandate|already/i.test(String(error))) throw error;
    });
  await mandate();
  const { consortiums } = await integrator<{
    consortiums: { nodes: { id: string; name: string }[] };
  }>(
    `query LeadConsortiumForTest { consortiums(filter: { search: "Changwon Smart Factory" }, first: 5) { nodes { id name } } }`,
  );
  const consortiumId = consortiums.nodes.find((c) => c.name === CONSORTIUM)?.id;
  const day = seoulDate(3);
  const hold = async (devices: number, fromHour: number, toHour: number) => {
    const at = (hour: number) => `${day}T${String(hour).padStart(2, '0')}:00:00+09:00`;
    const { holdReservation } = await integrator<{ holdReservation: { id: string } }>(
      `mutation LeadHoldForTest($input: HoldReservationInput!) { holdReservation(input: $input) { id } }`,
      {
        input: {
          poolId: defineComputePool.id,
          consortiumId,
          beneficiaryOrganizationId: me.organizationId,
          devices,
          startsAt: at(fromHour),
          endsAt: at(toHour),
          idempotencyKey: `browser-lead-${randomUUID()}`,
        },
      },
    );
    return holdReservation.id;
  };
  const confirm = async (id: string) => {
    for (let attempt = 1; ; attempt++) {
      try {
        await integrator(
          `mutation LeadConfirmForTest($id: UUID!) { confirmReservation(id: $id) { id } }`,
          {
            id,
          },
        );
        return;
      } catch (error) {
        // The SME suite revokes the demo SME's mandates as it starts; grant one again.
        if (attempt >= 3 || !/mandate/i.test(String(error))) throw error;
        await mandate();
      }
    }
  };
  await confirm(await hold(2, 9, 12));
  const cancelled = await hold(1, 13, 15);
  await confirm(cancelled);
  await integrator(
    `mutation LeadCancelForTest($id: UUID!) { cancelReservation(id: $id) { refunded } }`,
    { id: cancelled },
  );
  await hold(1, 16, 17);
  return { smeName: organization.name };
}

async function openTab(page: Page, name: string) {
  await page.getByRole('tab', { name }).click();
}

describe('consortium lead', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('sees the activation checklist, manages members, invites an SME and finds it pending and audited', async () => {
    const { context, page } = await openPage(browser);
    await signIn(page, 'lead');

    // The lead's one consortium opens straight away, with its checklist.
    await page.getByRole('heading', { name: CONSORTIUM }).waitFor();
    const checklist = page.getByRole('list', { name: 'Activation requirements' });
    await checklist.waitFor();
    expect(await checklist.getByRole('listitem').count()).toBe(4);
    await screenshot(page, 'lead-dashboard');

    // Members: five to a page, searchable and filtered by status.
    await openTab(page, 'Members');
    const members = page.getByRole('table', { name: 'Members' });
    await members.waitFor();
    // Six joined and one invited: a full first page and two more.
    await waitForCount(members.locator('tbody tr'), 5);
    await page.getByRole('button', { name: '2', exact: true }).click();
    await waitForCount(members.locator('tbody tr'), 2);
    await page.getByLabel('Search members').fill('jinhae');
    await members.getByText('Jinhae Hydraulics Co., Ltd.').waitFor();
    await waitForCount(members.locator('tbody tr'), 1);
    await page.getByLabel('Search members').fill('');
    await page.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Invited', exact: true }).click();
    await members.getByText('Sasang Robotics Inc.').waitFor();
    await waitForCount(members.locator('tbody tr'), 1);
    await screenshot(page, 'lead-members');

    // Suspend asks for a reason at its field, then the member shows SUSPENDED; reinstate undoes it.
    await page.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Current', exact: true }).click();
    await page.getByLabel('Search members').fill('onsan');
    await page.getByRole('button', { name: 'Actions for Onsan Motion Parts Co., Ltd.' }).click();
    await page.getByRole('menuitem', { name: 'Suspend' }).click();
    const suspend = page.getByRole('dialog', { name: 'Suspend member' });
    await suspend.getByRole('button', { name: 'Suspend' }).click();
    await suspend.getByText('Give a reason').waitFor();
    await suspend.getByLabel(/^Reason/).fill('Unpaid programme fee');
    await suspend.getByRole('button', { name: 'Suspend' }).click();
    await members.getByText('SUSPENDED').waitFor();
    await members.getByText('Unpaid programme fee').waitFor();
    await page.getByRole('button', { name: 'Actions for Onsan Motion Parts Co., Ltd.' }).click();
    await page.getByRole('menuitem', { name: 'Reinstate' }).click();
    await page
      .getByRole('dialog', { name: 'Reinstate member' })
      .getByRole('button', { name: 'Reinstate' })
      .click();
    await members.getByText('ACTIVE').waitFor();

    // Invite an SME from another vertical's consortium (one consortium per vertical only).
    const invite = async () => {
      await page.getByRole('button', { name: 'Invite organisation' }).first().click();
      const dialog = page.getByRole('dialog', { name: 'Invite an organisation' });
      await dialog.getByLabel(/^Organisation/).fill('Mapo');
      await page.getByRole('option', { name: /Mapo Living Market/ }).click();
      await dialog.getByRole('button', { name: 'Send invitation' }).click();
      return dialog;
    };
    const first = await invite();
    await first.waitFor({ state: 'hidden' });
    await waitForCount(page.getByRole('dialog'), 0);
    await page.getByText(/Mapo Living Market .* is invited/).waitFor();

    // Inviting it again is refused by the server, and the message shows at the organisation.
    const again = await invite();
    expect(await fieldError(page, again.getByLabel(/^Organisation/))).toMatch(/\S/);
    await screenshot(page, 'lead-invite-refused');
    await again.getByRole('button', { name: 'Cancel' }).click();

    // The invitation waits with its deadline; the audit trail has it on top.
    await openTab(page, 'Invitations');
    const pending = page.getByRole('table', { name: 'Pending invitations' });
    await pending.getByText('Mapo Living Market Co., Ltd.').waitFor();
    await pending.getByText('Sasang Robotics Inc.').waitFor();
    await screenshot(page, 'lead-invitations');

    await openTab(page, 'Audit trail');
    const audit = page.getByRole('table', { name: 'Audit trail' });
    await audit.waitFor();
    expect(await audit.locator('tbody tr').first().innerText()).toMatch(/Membership invited/);
    expect(await audit.innerText()).toMatch(/Membership reinstated/);
    expect(await audit.innerText()).toMatch(/Membership suspended/);
    await screenshot(page, 'lead-audit');

    await openTab(page, 'Researchers');
    await page
      .getByRole('table', { name: 'Researchers and hours' })
      .or(page.getByText('No researchers yet'))
      .first()
      .waitFor();
    await screenshot(page, 'lead-researchers');

    await openTab(page, 'Hardware plan');
    await page
      .getByRole('table', { name: 'Hardware plan' })
      .or(page.getByText('No workloads yet'))
      .first()
      .waitFor();
    await screenshot(page, 'lead-hardware-plan');
    await context.close();
  });

  it("sees the pool time, credits and reservations of the consortium's member SMEs", async () => {
    const pool = `Lead browser pool ${randomUUID().slice(0, 6)}`;
    const { smeName } = await reserveForLeadsConsortium(pool);
    const { context, page } = await openPage(browser);
    await signIn(page, 'lead');
    await page.getByRole('heading', { name: CONSORTIUM }).waitFor();
    await openTab(page, 'Compute use');
    await page.getByRole('combobox', { name: 'Period' }).click();
    await page.getByRole('option', { name: 'Next 30 days' }).click();

    // This test's three reservations; other suites may have booked more in the same days.
    const table = page.getByRole('table', { name: 'Consortium reservations' });
    const row = (status: string) =>
      table.getByRole('row', {
        name: new RegExp(`${escape(pool)}.*${escape(smeName)}.*Nuri.*${status}`),
      });
    await row('Confirmed').waitFor();
    await row('Cancelled').waitFor();
    await row('Held').waitFor();
    const figure = async (name: string) =>
      Number((await page.getByTestId(`compute-use-${name}`).innerText()).replace(/[^\d.]/g, ''));
    // The confirmed 2 × 3 device-hours; the cancelled one was refunded in full, the hold paid nothing.
    expect(await figure('reserved')).toBeGreaterThanOrEqual(6);
    expect(await figure('credits-spent')).toBeGreaterThanOrEqual(60);
    expect(await figure('used')).toBe(0);
    // The chart's figures, for screen readers, name the pool.
    await page
      .getByRole('figure', { name: 'Reserved and used device-hours by pool' })
      .getByRole('cell', { name: pool, includeHidden: true })
      .waitFor({ state: 'attached' });
    await screenshot(page, 'lead-compute-use');

    // Reservations start in the future, so the past month has few or none; none says what to do.
    await page.getByRole('combobox', { name: 'Period' }).click();
    await page.getByRole('option', { name: 'Last 30 days' }).click();
    await table
      .or(page.getByText('Reservations appear once your integrators book pool time'))
      .first()
      .waitFor();
    await screenshot(page, 'lead-compute-use-last-30-days');
    await page.getByRole('combobox', { name: 'Period' }).click();
    await page.getByRole('option', { name: 'Next 30 days' }).click();

    // At phone width the page stays within the screen; the table scrolls in its own area.
    await page.setViewportSize(PHONE);
    await row('Confirmed').waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'lead-compute-use-phone');
    await context.close();
  });

  it('works on a phone-width screen with the navigation in a drawer', async () => {
    const { context, page } = await openPage(browser, PHONE);
    await signIn(page, 'lead');
    await page.getByRole('heading', { name: CONSORTIUM }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    // Closed, the navigation sits off-screen to the left.
    const closed = await nav.boundingBox();
    expect((closed?.x ?? 0) + (closed?.width ?? 0)).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Open navigation' }).click();
    await nav.getByRole('link', { name: 'My consortium' }).waitFor();
    await page.getByRole('button', { name: 'Close navigation' }).click();
    await openTab(page, 'Members');
    await page.getByRole('table', { name: 'Members' }).waitFor();
    await screenshot(page, 'lead-members-phone');
    // Nothing is wider than the screen except inside the table's own scroll area.
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await context.close();
  });
});
