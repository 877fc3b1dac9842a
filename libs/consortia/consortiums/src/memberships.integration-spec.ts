import { type TestingModule } from '@nestjs/testing';
import { OrganizationKind } from '@vcp/consortia/organizations';
import { AuthModule } from '@vcp/platform/auth';
import { createIntegrationModule } from '@vcp/platform/testing';
import { ConsortiumsModule } from './consortiums.module';
import { ConsortiumPersonRole, MembershipRole, MembershipStatus } from './membership-status';
import { effectiveStatus } from './membership.entity';
import { DirectoryFixture } from './test/directory-fixture';

describe('memberships (real PostgreSQL)', () => {
  let module: TestingModule;
  let fx: DirectoryFixture;

  beforeAll(async () => {
    module = await createIntegrationModule([AuthModule, ConsortiumsModule]);
    fx = new DirectoryFixture(module);
  });
  afterAll(() => module.close());

  const statusesOf = (organizationId: string) =>
    fx.db
      .query<{ status: string }[]>(
        `SELECT status FROM consortia.memberships WHERE organization_id = $1 ORDER BY invited_at`,
        [organizationId],
      )
      .then((rows) => rows.map((row) => row.status));

  describe('an SME belongs to at most one consortium per vertical', () => {
    it('refuses a second invitation in the same vertical but allows another vertical', async () => {
      const sme = await fx.organization(OrganizationKind.SME);
      const first = await fx.consortium('MANUFACTURING');
      const second = await fx.consortium('MANUFACTURING');
      const other = await fx.consortium('LOGISTICS');
      await fx.join(first.consortium, sme, MembershipRole.SME_MEMBER);
      await expect(
        fx.memberships.invite(
          {
            consortiumId: second.consortium.id,
            organizationId: sme.id,
            role: MembershipRole.SME_MEMBER,
          },
          second.lead,
        ),
      ).rejects.toMatchObject({
        message: `${sme.name} is already an SME member of ${first.consortium.name} in the MANUFACTURING vertical; an SME belongs to one consortium per vertical.`,
        extensions: { code: 'CONFLICT', rule: 'SME_ONE_PER_VERTICAL' },
      });
      await expect(
        fx.join(other.consortium, sme, MembershipRole.SME_MEMBER),
      ).resolves.toMatchObject({
        status: MembershipStatus.ACTIVE,
      });
    });

    it('holds under concurrent accepts: of two invitations accepted at once exactly one wins', async () => {
      const sme = await fx.organization(OrganizationKind.SME);
      const admin = await fx.admin(sme);
      const a = await fx.consortium('E_COMMERCE');
      const b = await fx.consortium('E_COMMERCE');
      const invitations = await Promise.all(
        [a, b].map(({ consortium, lead }) =>
          fx.memberships.invite(
            {
              consortiumId: consortium.id,
              organizationId: sme.id,
              role: MembershipRole.SME_MEMBER,
            },
            lead,
          ),
        ),
      );
      const results = await Promise.allSettled(
        invitations.map((invitation) => fx.memberships.accept(invitation.id, admin)),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const [rejected] = results.filter((r) => r.status === 'rejected');
      expect(rejected.reason).toMatchObject({
        extensions: { code: 'CONFLICT', rule: 'SME_ONE_PER_VERTICAL' },
      });
      expect((await statusesOf(sme.id)).sort()).toEqual(['ACTIVE', 'INVITED']);
      const accepted = await fx.db.query<unknown[]>(
        `SELECT 1 FROM consortia.audit_events WHERE organization_id = $1 AND action = 'membership.accepted'`,
        [sme.id],
      );
      expect(accepted).toHaveLength(1);
    });

    it('is guaranteed by the database even when the service is bypassed', async () => {
      const sme = await fx.organization(OrganizationKind.SME);
      const first = await fx.consortium('HEALTHCARE');
      const second = await fx.consortium('HEALTHCARE');
      await fx.join(first.consortium, sme, MembershipRole.SME_MEMBER);
      await expect(
        fx.db.query(
          `INSERT INTO consortia.memberships
             (consortium_id, vertical_code, organization_id, role, status, joined_at, invitation_expires_at)
           VALUES ($1, 'HEALTHCARE', $2, 'SME_MEMBER', 'ACTIVE', now(), now() + interval '1 day')`,
          [second.consortium.id, sme.id],
        ),
      ).rejects.toThrow(/memberships_sme_one_per_vertical_key/);
    });
  });

  describe('invitations', () => {
    it('of the same organisation at the same moment produce one membership', async () => {
      const { consortium, lead } = await fx.consortium();
      const sme = await fx.organization(OrganizationKind.SME);
      const results = await Promise.allSettled(
        Array.from({ length: 5 }, () =>
          fx.memberships.invite(
            {
              consortiumId: consortium.id,
              organizationId: sme.id,
              role: MembershipRole.SME_MEMBER,
            },
            lead,
          ),
        ),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      for (const result of results.filter((r) => r.status === 'rejected')) {
        expect(result.reason).toMatchObject({
          extensions: { code: 'CONFLICT', rule: 'ONE_LIVE_MEMBERSHIP' },
        });
      }
      expect(await statusesOf(sme.id)).toEqual(['INVITED']);
    });

    it('accepted twice at once leave one active membership and one audit entry', async () => {
      const { consortium, lead } = await fx.consortium();
      const sme = await fx.organization(OrganizationKind.SME);
      const admin = await fx.admin(sme);
      const invitation = await fx.memberships.invite(
        { consortiumId: consortium.id, organizationId: sme.id, role: MembershipRole.SME_MEMBER },
        lead,
      );
      const results = await Promise.all([
        fx.memberships.accept(invitation.id, admin),
        fx.memberships.accept(invitation.id, admin),
      ]);
      expect(results.map((r) => r.status)).toEqual(['ACTIVE', 'ACTIVE']);
      expect(await fx.auditActions(invitation.id)).toEqual([
        'membership.invited',
        'membership.accepted',
      ]);
    });

    it('expire after 7 days: the late answer is refused, the invitation reads EXPIRED, and a new one can be sent', async () => {
      const { consortium, lead } = await fx.consortium();
      const sme = await fx.organization(OrganizationKind.SME);
      const admin = await fx.admin(sme);
      const invitation = await fx.memberships.invite(
        { consortiumId: consortium.id, organizationId: sme.id, role: MembershipRole.SME_MEMBER },
        lead,
      );
      const days =
        (invitation.invitationExpiresAt.getTime() - invitation.invitedAt.getTime()) / 86_400_000;
      expect(days).toBe(7);

      await fx.db.query(
        `UPDATE consortia.memberships
            SET invited_at = now() - interval '8 days', invitation_expires_at = now() - interval '1 day'
          WHERE id = $1`,
        [invitation.id],
      );
      await expect(fx.memberships.accept(invitation.id, admin)).rejects.toMatchObject({
        extensions: { code: 'CONFLICT', rule: 'INVITATION_EXPIRED' },
      });
      expect(effectiveStatus(await fx.memberships.findById(invitation.id))).toBe(
        MembershipStatus.EXPIRED,
      );
      const again = await fx.memberships.invite(
        { consortiumId: consortium.id, organizationId: sme.id, role: MembershipRole.SME_MEMBER },
        lead,
      );
      expect(again.id).not.toBe(invitation.id);
      expect(await statusesOf(sme.id)).toEqual(['EXPIRED', 'INVITED']);
      expect(await fx.auditActions(invitation.id)).toEqual([
        'membership.invited',
        'membership.expired',
      ]);
    });

    it('are answered only by the invited organisation’s admin', async () => {
      const { consortium, lead } = await fx.consortium();
      const sme = await fx.organization(OrganizationKind.SME);
      const colleague = await fx.person(sme.id);
      const invitation = await fx.memberships.invite(
        { consortiumId: consortium.id, organizationId: sme.id, role: MembershipRole.SME_MEMBER },
        lead,
      );
      for (const caller of [colleague, lead]) {
        await expect(fx.memberships.accept(invitation.id, caller)).rejects.toMatchObject({
          extensions: { code: 'FORBIDDEN' },
        });
      }
      const declined = await fx.memberships.decline(invitation.id, 'not now', await fx.admin(sme));
      expect(declined.status).toBe(MembershipStatus.DECLINED);
    });

    it('are sent only by the consortium’s leads and managers', async () => {
      const { consortium, anchor } = await fx.consortium();
      const sme = await fx.organization(OrganizationKind.SME);
      const bystander = await fx.person(anchor.id);
      await expect(
        fx.memberships.invite(
          { consortiumId: consortium.id, organizationId: sme.id, role: MembershipRole.SME_MEMBER },
          bystander,
        ),
      ).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
      const manager = await fx.managerOf(consortium, anchor.id);
      await expect(
        fx.memberships.invite(
          { consortiumId: consortium.id, organizationId: sme.id, role: MembershipRole.SME_MEMBER },
          manager,
        ),
      ).resolves.toMatchObject({ status: MembershipStatus.INVITED });
    });

    it('check the role: SME members are SMEs, research partners universities, integrators certified', async () => {
      const { consortium, lead } = await fx.consortium();
      const mid = await fx.organization(OrganizationKind.MID_SIZED_FIRM);
      const university = await fx.organization(OrganizationKind.UNIVERSITY);
      const lapsed = await fx.integrator();
      await fx.db.query(
        `UPDATE consortia.organizations SET certification_expires_on = '2025-03-31' WHERE id = $1`,
        [lapsed.id],
      );
      const cases = [
        [mid, MembershipRole.SME_MEMBER, /must be an SME; .* is classed MID_SIZED\.$/],
        [
          university,
          MembershipRole.INTEGRATOR_PARTNER,
          /must be a certified integrator; .* is a university/,
        ],
        [lapsed, MembershipRole.INTEGRATOR_PARTNER, /certification CI-\w+ expired on 2025-03-31/],
        [lapsed, MembershipRole.RESEARCH_PARTNER, /must be a university/],
      ] as const;
      for (const [organization, role, message] of cases) {
        await expect(
          fx.memberships.invite(
            { consortiumId: consortium.id, organizationId: organization.id, role },
            lead,
          ),
        ).rejects.toMatchObject({
          message: expect.stringMatching(message),
          extensions: { code: 'BAD_USER_INPUT', rule: 'ROLE_QUALIFICATION' },
        });
      }
      expect(
        await fx.db.query(`SELECT 1 FROM consortia.memberships WHERE consortium_id = $1`, [
          consortium.id,
        ]),
      ).toEqual([]);
    });

    it('give the named person their role on acceptance', async () => {
      const { consortium, lead } = await fx.consortium();
      const sme = await fx.organization(OrganizationKind.SME);
      const contact = await fx.person(sme.id);
      const invitation = await fx.memberships.invite(
        {
          consortiumId: consortium.id,
          organizationId: sme.id,
          role: MembershipRole.SME_MEMBER,
          personId: contact.userId,
          personRole: ConsortiumPersonRole.MANAGER,
        },
        lead,
      );
      await fx.memberships.accept(invitation.id, await fx.admin(sme));
      const [row] = await fx.db.query<{ role: string }[]>(
        `SELECT role FROM consortia.consortium_people WHERE consortium_id = $1 AND user_id = $2`,
        [consortium.id, contact.userId],
      );
      expect(row.role).toBe('MANAGER');
    });
  });

  describe('who manages', () => {
    it('a manager invites, but only a lead hands out MANAGER through an invitation', async () => {
      const { consortium, anchor } = await fx.consortium();
      const manager = await fx.managerOf(consortium, anchor.id);
      const sme = await fx.organization(OrganizationKind.SME);
      const contact = await fx.person(sme.id);
      const invite = (personRole: ConsortiumPersonRole.MANAGER | ConsortiumPersonRole.VIEWER) =>
        fx.memberships.invite(
          {
            consortiumId: consortium.id,
            organizationId: sme.id,
            role: MembershipRole.SME_MEMBER,
            personId: contact.userId,
            personRole,
          },
          manager,
        );
      await expect(invite(ConsortiumPersonRole.MANAGER)).rejects.toMatchObject({
        extensions: { code: 'FORBIDDEN' },
      });
      await expect(invite(ConsortiumPersonRole.VIEWER)).resolves.toMatchObject({
        status: MembershipStatus.INVITED,
      });
    });

    it('a suspended member’s people lose their say until it is reinstated', async () => {
      const { consortium, lead } = await fx.consortium();
      const sme = await fx.organization(OrganizationKind.SME);
      const membership = await fx.join(consortium, sme, MembershipRole.SME_MEMBER);
      const manager = await fx.managerOf(consortium, sme.id);
      await fx.memberships.suspend(membership.id, 'review', lead);
      await expect(fx.memberships.reinstate(membership.id, manager)).rejects.toMatchObject({
        extensions: { code: 'FORBIDDEN' },
      });
      await fx.memberships.reinstate(membership.id, lead);
      const other = await fx.organization(OrganizationKind.SME);
      await expect(
        fx.memberships.invite(
          {
            consortiumId: consortium.id,
            organizationId: other.id,
            role: MembershipRole.SME_MEMBER,
          },
          manager,
        ),
      ).resolves.toMatchObject({ status: MembershipStatus.INVITED });
    });
  });

  describe('managing members', () => {
    it('suspends, reinstates and removes, recording each change with before and after', async () => {
      const { consortium, lead } = await fx.consortium();
      const sme = await fx.organization(OrganizationKind.SME);
      const membership = await fx.join(consortium, sme, MembershipRole.SME_MEMBER);
      await fx.memberships.suspend(membership.id, 'unpaid fees', lead);
      await fx.memberships.reinstate(membership.id, lead);
      const removed = await fx.memberships.remove(membership.id, 'left the programme', lead);
      expect(removed.status).toBe(MembershipStatus.REMOVED);
      await expect(fx.memberships.reinstate(membership.id, lead)).rejects.toMatchObject({
        extensions: { code: 'CONFLICT', rule: 'MEMBERSHIP_LIFECYCLE' },
      });
      const events = await fx.db.query<
        {
          action: string;
          actor_id: string;
          before: { status: string } | null;
          after: { status: string };
        }[]
      >(
        `SELECT action, actor_id, before, after FROM consortia.audit_events WHERE entity_id = $1 ORDER BY id`,
        [membership.id],
      );
      expect(events.map((e) => [e.action, e.before?.status ?? null, e.after.status])).toEqual([
        ['membership.invited', null, 'INVITED'],
        ['membership.accepted', 'INVITED', 'ACTIVE'],
        ['membership.suspended', 'ACTIVE', 'SUSPENDED'],
        ['membership.reinstated', 'SUSPENDED', 'ACTIVE'],
        ['membership.removed', 'ACTIVE', 'REMOVED'],
      ]);
      expect(events.slice(2).every((e) => e.actor_id === lead.userId)).toBe(true);
    });

    it('takes a removed organisation’s people out of the consortium’s roles', async () => {
      const { consortium, lead } = await fx.consortium();
      const sme = await fx.organization(OrganizationKind.SME);
      const membership = await fx.join(consortium, sme, MembershipRole.SME_MEMBER);
      const viewer = await fx.person(sme.id);
      await fx.people.assign(consortium.id, viewer.userId, ConsortiumPersonRole.VIEWER, lead);
      await fx.memberships.remove(membership.id, null, lead);
      expect(
        await fx.db.query(`SELECT 1 FROM consortia.consortium_people WHERE user_id = $1`, [
          viewer.userId,
        ]),
      ).toEqual([]);
    });

    it('writes nothing when a change fails: no status change and no audit entry', async () => {
      const sme = await fx.organization(OrganizationKind.SME);
      const a = await fx.consortium('ENERGY');
      const b = await fx.consortium('ENERGY');
      const inA = await fx.join(a.consortium, sme, MembershipRole.SME_MEMBER);
      await fx.memberships.suspend(inA.id, 'review', a.lead);
      const invitation = await fx.db.query<{ id: string }[]>(
        `INSERT INTO consortia.memberships (consortium_id, vertical_code, organization_id, role, invitation_expires_at)
         VALUES ($1, 'ENERGY', $2, 'SME_MEMBER', now() + interval '7 days') RETURNING id`,
        [b.consortium.id, sme.id],
      );
      await expect(
        fx.memberships.accept(invitation[0].id, await fx.operator()),
      ).rejects.toMatchObject({
        extensions: { code: 'CONFLICT', rule: 'SME_ONE_PER_VERTICAL' },
      });
      expect((await fx.memberships.findById(invitation[0].id)).status).toBe(
        MembershipStatus.INVITED,
      );
      expect(await fx.auditActions(invitation[0].id)).toEqual([]);
    });
  });
});
