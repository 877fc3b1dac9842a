import { type Browser, type Page } from 'playwright-core';
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
