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

/** A Korean date this many days from today, YYYY-MM-DD. */
const seoulDate = (days: number) =>
  new Date(Date.now() + 9 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

describe('university officer: approval queue and faculty overview', () => {
  let browser: Browser;
  // Where the competing submission goes; the revocation test engages the researcher there too.
  const competing = { consortiumId: '', hostId: '' };
  beforeAll(async () => {
    browser = await launchBrowser();
    // A second manufacturing consortium, and the researcher's submission to its anchor: it
    // competes with the researcher's active engagement in the Changwon manufacturing consortium.
    const operator = await demoApi('operator');
    const { organizations } = await operator<{
      organizations: { nodes: { id: string; region: string }[] };
    }>(
      `query AnchorForTest { organizations(filter: { search: "Namdo Fresh Foods" }, first: 1) { nodes { id region } } }`,
    );
    const anchor = organizations.nodes[0];
    if (!anchor) throw new Error('The demo directory has no Namdo Fresh Foods');
    const { createConsortium } = await operator<{ createConsortium: { id: string } }>(
      `mutation CompetingConsortiumForTest($input: CreateConsortiumInput!) { createConsortium(input: $input) { id } }`,
      {
        input: {
          name: 'Jeonnam Food Machinery AI Consortium',
          verticalCode: 'MANUFACTURING',
          anchorOrganizationId: anchor.id,
          regions: [anchor.region],
        },
      },
    );
    competing.consortiumId = createConsortium.id;
    competing.hostId = anchor.id;
    const researcher = await demoApi('researcher');
    const { createEngagement } = await researcher<{ createEngagement: { id: string } }>(
      `mutation CompetingEngagementForTest($input: CreateEngagementInput!) { createEngagement(input: $input) { id } }`,
      {
        input: {
          consortiumId: createConsortium.id,
          hostOrganizationId: anchor.id,
          role: 'Adviser on sorting-line vision',
          startDate: seoulDate(7),
          committedHoursPerWeek: 1,
          payType: 'UNPAID',
        },
      },
    );
    await researcher(
      `mutation CompetingDisclosureForTest($input: DeclareDisclosureInput!) { declareDisclosure(input: $input) { id } }`,
      {
        input: {
          engagementId: createEngagement.id,
          payBand: 'NONE',
          holdsEquity: false,
          familyTies: false,
        },
      },
    );
    await researcher(
      `mutation CompetingSubmitForTest($id: UUID!) { submitEngagement(id: $id) { id } }`,
      { id: createEngagement.id },
    );
  });
  afterAll(async () => {
    await browser.close();
  });

  it('approves the waiting submissions, a competing one only once acknowledged, and sees the faculty with their hours', async () => {
    const { context, page } = await openPage(browser);
    await signIn(page, 'officer');
    await page.getByRole('link', { name: 'Approval queue' }).click();
    await page.getByRole('heading', { name: 'Approval queue' }).waitFor();
    const submissions = page.getByRole('article', { name: /Submission of Prof\. Ji-woo Lee/ });
    // The seeded submission: an advisory role with a cold-chain firm of the port alliance.
    const seeded = submissions.filter({ hasText: 'Gamcheon Cold Chain' });
    const competing = submissions.filter({ hasText: 'Namdo Fresh Foods' });
    await seeded.waitFor();
    await competing.getByText('Competes with another engagement').waitFor();
    await competing.getByText(/Seongsan Mold & Die .* in Changwon Smart Factory/).waitFor();
    await screenshot(page, 'officer-queue');

    // A rejection needs a reason, asked for at its field before anything is sent.
    await seeded.getByRole('button', { name: 'Reject' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Reject engagement' }).click();
    expect(await fieldError(page, dialog.getByLabel(/^Reason/))).toMatch(/\S/);
    await dialog.getByRole('button', { name: 'Keep it' }).click();

    await seeded.getByRole('button', { name: 'Approve' }).click();
    await seeded.waitFor({ state: 'detached' });

    // The competing one cannot be approved until the flag is acknowledged.
    const approve = competing.getByRole('button', { name: 'Approve' });
    await expect(approve.isDisabled()).resolves.toBe(true);
    await competing
      .getByLabel('I have reviewed the competing engagement and approve this one anyway')
      .check();
    await approve.click();
    await page.getByText('Nothing waits for a decision').waitFor();

    await page.getByRole('link', { name: 'Faculty overview' }).click();
    await page.getByRole('heading', { name: 'Faculty overview' }).waitFor();
    const faculty = page.getByRole('table', { name: 'Faculty' });
    const row = faculty.getByRole('row', { name: /Ji-woo Lee/ });
    await row.waitFor();
    // Three engagements now count against the commitment: 4 + 2 + 1 h a week, of the 8 h cap.
    await row.getByText('7 of 8').waitFor();
    await screenshot(page, 'officer-faculty');
    await context.close();
  });

  it('revokes a live engagement only with a reason, and the faculty overview drops it', async () => {
    // An engagement of this test's own, approved over the API, so the seeded ones stay as they are.
    const researcher = await demoApi('researcher');
    const officer = await demoApi('officer');
    const { createEngagement } = await researcher<{ createEngagement: { id: string } }>(
      `mutation RevokeTestEngagement($input: CreateEngagementInput!) { createEngagement(input: $input) { id } }`,
      {
        input: {
          consortiumId: competing.consortiumId,
          hostOrganizationId: competing.hostId,
          role: 'Reviewer of packing-line safety',
          // Ends before the competing engagement with the same firm starts: they may not overlap.
          startDate: seoulDate(1),
          endDate: seoulDate(5),
          committedHoursPerWeek: 0.25,
          payType: 'UNPAID',
        },
      },
    );
    const id = createEngagement.id;
    await researcher(
      `mutation RevokeTestDisclosure($input: DeclareDisclosureInput!) { declareDisclosure(input: $input) { id } }`,
      { input: { engagementId: id, payBand: 'NONE', holdsEquity: false, familyTies: false } },
    );
    await researcher(`mutation RevokeTestSubmit($id: UUID!) { submitEngagement(id: $id) { id } }`, {
      id,
    });
    await officer(
      `mutation RevokeTestApprove($id: UUID!) { approveEngagement(id: $id, acknowledgeCompeting: true) { id } }`,
      { id },
    );

    const { context, page } = await openPage(browser);
    await signIn(page, 'officer');
    await page.getByRole('link', { name: 'Faculty overview' }).click();
    const row = page
      .getByRole('table', { name: 'Faculty' })
      .getByRole('row', { name: /Ji-woo Lee/ });
    await row.getByText(/Reviewer of packing-line safety/).waitFor();
    const before = await row.getByRole('button', { name: /^Revoke / }).count();
    await row
      .getByRole('button', {
        name: "Revoke Prof. Ji-woo Lee (researcher)'s engagement at Namdo Fresh Foods Co., Ltd. (Reviewer of packing-line safety)",
      })
      .click();

    // A revocation needs a reason, asked for at its field before anything is sent.
    const dialog = page.getByRole('dialog', {
      name: "Revoke Prof. Ji-woo Lee (researcher)'s engagement at Namdo Fresh Foods Co., Ltd.",
    });
    await dialog.getByRole('button', { name: 'Revoke engagement' }).click();
    expect(await fieldError(page, dialog.getByLabel(/^Reason/))).toMatch(/\S/);
    await dialog
      .getByLabel(/^Reason/)
      .fill('The host firm ended the project the role was set up for.');
    await screenshot(page, 'officer-revoke');
    await dialog.getByRole('button', { name: 'Revoke engagement' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(/engagement at Namdo Fresh Foods Co\., Ltd\. is revoked/).waitFor();
    await row.getByText(/Reviewer of packing-line safety/).waitFor({ state: 'detached' });
    await waitForCount(row.getByRole('button', { name: /^Revoke / }), before - 1);

    const { engagement } = await officer<{
      engagement: { status: string; statusReason: string | null };
    }>(`query RevokeTestCheck($id: UUID!) { engagement(id: $id) { status statusReason } }`, {
      id,
    });
    expect(engagement).toEqual({
      status: 'REVOKED',
      statusReason: 'The host firm ended the project the role was set up for.',
    });
    await context.close();
  });
});
