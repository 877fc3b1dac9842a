import { type TestingModule } from '@nestjs/testing';
import { OrganizationKind, Region } from '@vcp/consortia/organizations';
import { AuthModule } from '@vcp/platform/auth';
import { createIntegrationModule } from '@vcp/platform/testing';
import { ConsortiumsModule } from './consortiums.module';
import { CONSORTIUM_TRANSITIONS, ConsortiumStatus } from './consortium-status';
import { ConsortiumPersonRole, MEMBERSHIP_TRANSITIONS, MembershipRole } from './membership-status';
import { DirectoryFixture } from './test/directory-fixture';

describe('consortiums (real PostgreSQL)', () => {
  let module: TestingModule;
  let fx: DirectoryFixture;

  beforeAll(async () => {
    module = await createIntegrationModule([AuthModule, ConsortiumsModule]);
    fx = new DirectoryFixture(module);
  });
  afterAll(() => module.close());

  describe('anchor firm', () => {
    it('must be mid-sized: an SME anchor is refused, naming its class and the rule', async () => {
      const sme = await fx.organization(OrganizationKind.SME, {
        name: 'Hanbit Logistics' + Math.random(),
      });
      await expect(
        fx.consortiums.create(
          {
            name: `Refused ${sme.id}`,
            verticalCode: 'LOGISTICS',
            regions: [Region.BUSAN],
            anchorOrganizationId: sme.id,
          },
          await fx.operator(),
        ),
      ).rejects.toMatchObject({
        message: expect.stringMatching(
          /^The anchor firm must be mid-sized; Hanbit Logistics[\d.]* is classed SME/,
        ),
        extensions: { code: 'BAD_USER_INPUT', rule: 'ANCHOR_MID_SIZED' },
      });
    });

    it('is never a firm of a large business group, whatever its figures', async () => {
      const grouped = await fx.organization(OrganizationKind.LARGE_ENTERPRISE, {
        annualRevenueKrw: 300e9,
        totalAssetsKrw: 250e9,
      });
      await expect(
        fx.consortiums.create(
          {
            name: `Grouped ${grouped.id}`,
            verticalCode: 'MANUFACTURING',
            regions: [Region.BUSAN],
            anchorOrganizationId: grouped.id,
          },
          await fx.operator(),
        ),
      ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', rule: 'ANCHOR_MID_SIZED' } });
    });

    it('gives the consortium its leads: a lead from another firm is refused by the service and by the database', async () => {
      const { consortium } = await fx.consortium();
      const outsider = await fx.person((await fx.organization(OrganizationKind.SME)).id);
      await expect(
        fx.people.assign(
          consortium.id,
          outsider.userId,
          ConsortiumPersonRole.LEAD,
          await fx.operator(),
        ),
      ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', rule: 'LEAD_FROM_ANCHOR' } });
      await expect(
        fx.db.query(
          `INSERT INTO consortia.consortium_people (consortium_id, user_id, organization_id, role)
           VALUES ($1, $2, $3, 'LEAD')`,
          [consortium.id, outsider.userId, outsider.organizationId],
        ),
      ).rejects.toThrow(/consortium_people_lead_from_anchor/);
    });
  });

  it('has database triggers that allow exactly the transitions the service allows', async () => {
    const triggers = await fx.db.query<{ tgname: string; args: string }[]>(
      `SELECT tgname, encode(tgargs, 'escape') AS args FROM pg_trigger
        WHERE tgname IN ('consortiums_status_transition', 'memberships_status_transition')`,
    );
    const allowed = (name: string) =>
      triggers
        .find((t) => t.tgname === name)
        ?.args.split('\\000')
        .filter(Boolean)
        .sort();
    const table = (transitions: Readonly<Record<string, readonly string[]>>) =>
      Object.entries(transitions)
        .flatMap(([from, tos]) => tos.map((to) => `${from}>${to}`))
        .sort();
    expect(allowed('consortiums_status_transition')).toEqual(table(CONSORTIUM_TRANSITIONS));
    expect(allowed('memberships_status_transition')).toEqual(table(MEMBERSHIP_TRANSITIONS));
  });

  describe('lifecycle', () => {
    it('lists everything activation still needs in one error, then activates once it is all there', async () => {
      const { consortium, lead } = await fx.consortium();
      await fx.join(
        consortium,
        await fx.organization(OrganizationKind.SME),
        MembershipRole.SME_MEMBER,
      );
      const lapsed = await fx.integrator('2025-01-31');
      await fx.db.query(
        `UPDATE consortia.organizations SET certification_expires_on = '2025-01-31' WHERE id = $1`,
        [lapsed.id],
      );

      const error = await fx.consortiums.activate(consortium.id, lead).catch((e: unknown) => e);
      expect(error).toMatchObject({
        extensions: {
          code: 'BAD_USER_INPUT',
          rule: 'ACTIVATION_REQUIREMENTS',
          missing: [
            expect.objectContaining({ requirement: 'SME_MEMBERS', required: 3, actual: 1 }),
            expect.objectContaining({ requirement: 'RESEARCH_PARTNERS', required: 1, actual: 0 }),
            expect.objectContaining({
              requirement: 'CERTIFIED_INTEGRATORS',
              required: 1,
              actual: 0,
            }),
          ],
        },
      });
      expect((error as Error).message).toContain('at least 3 active SME members (has 1)');

      for (let i = 0; i < 2; i++) {
        await fx.join(
          consortium,
          await fx.organization(OrganizationKind.SME),
          MembershipRole.SME_MEMBER,
        );
      }
      await fx.join(
        consortium,
        await fx.organization(OrganizationKind.UNIVERSITY),
        MembershipRole.RESEARCH_PARTNER,
      );
      await fx.join(consortium, await fx.integrator(), MembershipRole.INTEGRATOR_PARTNER);
      const active = await fx.consortiums.activate(consortium.id, lead);
      expect(active.status).toBe(ConsortiumStatus.ACTIVE);
      expect(active.activatedAt).toBeInstanceOf(Date);
      expect(await fx.auditActions(consortium.id)).toEqual([
        'consortium.created',
        'consortium.activated',
      ]);
    });

    it('counts an integrator only while its certification is valid', async () => {
      const { consortium, lead } = await fx.readyConsortium();
      const [integrator] = await fx.db.query<{ organization_id: string }[]>(
        `SELECT organization_id FROM consortia.memberships WHERE consortium_id = $1 AND role = 'INTEGRATOR_PARTNER'`,
        [consortium.id],
      );
      await fx.db.query(
        `UPDATE consortia.organizations SET certification_expires_on = '2025-06-30' WHERE id = $1`,
        [integrator.organization_id],
      );
      await expect(fx.consortiums.activate(consortium.id, lead)).rejects.toThrow(
        /certification expired on 2025-06-30/,
      );
    });

    it('allows only the legal moves, and the database refuses the rest even when the service is bypassed', async () => {
      const { consortium, lead } = await fx.readyConsortium();
      const operator = await fx.operator();
      await expect(fx.consortiums.suspend(consortium.id, 'audit', operator)).rejects.toMatchObject({
        message: expect.stringContaining('is FORMING and cannot become SUSPENDED'),
        extensions: { code: 'CONFLICT', rule: 'CONSORTIUM_LIFECYCLE' },
      });
      await fx.consortiums.activate(consortium.id, lead);
      await fx.consortiums.suspend(consortium.id, 'late reports', operator);
      await fx.consortiums.reinstate(consortium.id, operator);
      await fx.consortiums.dissolve(consortium.id, 'programme ended', operator);
      await expect(fx.consortiums.reinstate(consortium.id, operator)).rejects.toMatchObject({
        message: expect.stringContaining('DISSOLVED is final'),
      });
      await expect(
        fx.db.query(`UPDATE consortia.consortiums SET status = 'ACTIVE' WHERE id = $1`, [
          consortium.id,
        ]),
      ).rejects.toThrow(/illegal consortiums status change DISSOLVED -> ACTIVE/);
      expect(await fx.auditActions(consortium.id)).toEqual([
        'consortium.created',
        'consortium.activated',
        'consortium.suspended',
        'consortium.reinstated',
        'consortium.dissolved',
      ]);
    });

    it('lets only operators and the consortium’s own leads activate it', async () => {
      const { consortium, anchor } = await fx.readyConsortium();
      const colleague = await fx.person(anchor.id);
      await expect(fx.consortiums.activate(consortium.id, colleague)).rejects.toMatchObject({
        extensions: { code: 'FORBIDDEN' },
      });
    });

    it('is reinstated after a suspension only by an operator, never by re-activating it', async () => {
      const { consortium, lead } = await fx.readyConsortium();
      await fx.consortiums.activate(consortium.id, lead);
      await fx.consortiums.suspend(consortium.id, 'audit pending', await fx.operator());
      await expect(fx.consortiums.activate(consortium.id, lead)).rejects.toMatchObject({
        extensions: { code: 'CONFLICT', rule: 'CONSORTIUM_LIFECYCLE' },
      });
    });

    it('needs a lead from the anchor firm to activate', async () => {
      const anchor = await fx.organization(OrganizationKind.MID_SIZED_FIRM);
      const consortium = await fx.consortiums.create(
        {
          name: `Leaderless ${anchor.id}`,
          verticalCode: 'ENERGY',
          regions: [Region.BUSAN],
          anchorOrganizationId: anchor.id,
        },
        await fx.operator(),
      );
      const gaps = await fx.consortiums.activationGaps(consortium);
      expect(gaps.map((gap) => gap.requirement)).toContain('LEAD');
    });

    it('frees its members when dissolved, so an SME can join another consortium of the vertical', async () => {
      const sme = await fx.organization(OrganizationKind.SME);
      const first = await fx.consortium('AGRI_FOOD');
      const membership = await fx.join(first.consortium, sme, MembershipRole.SME_MEMBER);
      await fx.consortiums.dissolve(first.consortium.id, 'merged', await fx.operator());
      expect((await fx.memberships.findById(membership.id)).status).toBe('REMOVED');
      expect(await fx.auditActions(membership.id)).toContain('membership.removed');
      const second = await fx.consortium('AGRI_FOOD');
      await expect(
        fx.join(second.consortium, sme, MembershipRole.SME_MEMBER),
      ).resolves.toMatchObject({ status: 'ACTIVE' });
    });

    it('keeps an anchor mid-sized and an SME member an SME when their figures are updated', async () => {
      const { consortium, anchor } = await fx.consortium();
      const operator = await fx.operator();
      await expect(
        fx.organizations.update(
          anchor.id,
          {
            kind: OrganizationKind.LARGE_ENTERPRISE,
            businessGroup: 'Hanguk Group',
            inLargeBusinessGroup: true,
          },
          operator,
        ),
      ).rejects.toMatchObject({ extensions: { code: 'CONFLICT', rule: 'ANCHOR_MID_SIZED' } });
      const sme = await fx.organization(OrganizationKind.SME);
      await fx.join(consortium, sme, MembershipRole.SME_MEMBER);
      await expect(
        fx.organizations.update(
          sme.id,
          { kind: OrganizationKind.MID_SIZED_FIRM, annualRevenueKrw: 400e9 },
          operator,
        ),
      ).rejects.toMatchObject({ extensions: { code: 'CONFLICT', rule: 'ROLE_QUALIFICATION' } });
    });

    it('keeps a lead on a live consortium', async () => {
      const { consortium, lead } = await fx.readyConsortium();
      await fx.consortiums.activate(consortium.id, lead);
      await expect(fx.people.revoke(consortium.id, lead.userId, lead)).rejects.toMatchObject({
        extensions: { code: 'CONFLICT', rule: 'KEEP_A_LEAD' },
      });
    });
  });
});
