import { type Browser } from 'playwright-core';
import { demoApi } from './support/demo-api';
import { fieldError, launchBrowser, openPage, screenshot, signIn } from './support/portal-browser';

/** A Korean date this many days from today, YYYY-MM-DD. */
const seoulDate = (days: number) =>
  new Date(Date.now() + 9 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

describe('university officer: approval queue and faculty overview', () => {
  let browser: Browser;
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
});
