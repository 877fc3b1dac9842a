import { type TestingModule } from '@nestjs/testing';
import { OrganizationKind } from '@vcp/consortia/organizations';
import { AuthModule } from '@vcp/platform/auth';
import { createIntegrationModule } from '@vcp/platform/testing';
import { ConsortiumsModule } from './consortiums.module';
import { MembershipRole } from './membership-status';
import { DirectoryFixture } from './test/directory-fixture';

describe('membership events: written by the outbox in the transaction of the change (real PostgreSQL)', () => {
  let module: TestingModule;
  let fx: DirectoryFixture;

  beforeAll(async () => {
    module = await createIntegrationModule([AuthModule, ConsortiumsModule]);
    fx = new DirectoryFixture(module);
  });
  afterAll(() => module.close());

  const eventsOf = (membershipId: string) =>
    fx.db.query<{ type: string; payload: Record<string, unknown>; organization_ids: null }[]>(
      `SELECT type, payload, organization_ids FROM events.outbox
        WHERE aggregate_type = 'membership' AND aggregate_id = $1 ORDER BY position`,
      [membershipId],
    );

  it('records every membership change partners subscribe to, with the state it committed', async () => {
    const { consortium, lead } = await fx.consortium();
    const sme = await fx.organization(OrganizationKind.SME);
    const invitation = await fx.memberships.invite(
      { consortiumId: consortium.id, organizationId: sme.id, role: MembershipRole.SME_MEMBER },
      lead,
    );
    const operator = await fx.operator();
    await fx.memberships.accept(invitation.id, operator);
    await fx.memberships.suspend(invitation.id, 'unpaid dues', lead);
    await fx.memberships.reinstate(invitation.id, lead);
    await fx.memberships.remove(invitation.id, 'left the program', lead);

    const events = await eventsOf(invitation.id);
    expect(events.map((event) => event.type)).toEqual([
      'membership.invited',
      'membership.accepted',
      'membership.suspended',
      'membership.reinstated',
      'membership.removed',
    ]);
    expect(events.map((event) => [event.payload.previousStatus, event.payload.status])).toEqual([
      [null, 'INVITED'],
      ['INVITED', 'ACTIVE'],
      ['ACTIVE', 'SUSPENDED'],
      ['SUSPENDED', 'ACTIVE'],
      ['ACTIVE', 'REMOVED'],
    ]);
    expect(events[2].payload).toMatchObject({
      membershipId: invitation.id,
      consortiumId: consortium.id,
      organizationId: sme.id,
      role: 'SME_MEMBER',
      reason: 'unpaid dues',
    });
    // Directory readers (consortia:read) read every consortium's members: not organisation-bound.
    expect(events.every((event) => event.organization_ids === null)).toBe(true);
  });

  it('records a declined invitation', async () => {
    const { consortium, lead } = await fx.consortium();
    const sme = await fx.organization(OrganizationKind.SME);
    const invitation = await fx.memberships.invite(
      { consortiumId: consortium.id, organizationId: sme.id, role: MembershipRole.SME_MEMBER },
      lead,
    );
    await fx.memberships.decline(invitation.id, 'not this year', await fx.admin(sme));
    expect((await eventsOf(invitation.id)).map((event) => event.type)).toEqual([
      'membership.invited',
      'membership.declined',
    ]);
  });

  it('writes no event for a change that fails: a refused transition, or the loser of a race', async () => {
    const { consortium, lead } = await fx.consortium();
    const sme = await fx.organization(OrganizationKind.SME);
    const membership = await fx.join(consortium, sme, MembershipRole.SME_MEMBER);
    await expect(fx.memberships.reinstate(membership.id, lead)).rejects.toMatchObject({
      extensions: { code: 'CONFLICT' },
    });
    expect((await eventsOf(membership.id)).map((event) => event.type)).toEqual([
      'membership.invited',
      'membership.accepted',
    ]);

    // Two consortiums of one vertical accept the same SME at once: the database refuses one.
    const racer = await fx.organization(OrganizationKind.SME);
    const admin = await fx.admin(racer);
    const [a, b] = [await fx.consortium('LOGISTICS'), await fx.consortium('LOGISTICS')];
    const invitations = await Promise.all(
      [a, b].map((made) =>
        fx.memberships.invite(
          {
            consortiumId: made.consortium.id,
            organizationId: racer.id,
            role: MembershipRole.SME_MEMBER,
          },
          made.lead,
        ),
      ),
    );
    const results = await Promise.allSettled(
      invitations.map((invitation) => fx.memberships.accept(invitation.id, admin)),
    );
    expect(results.filter((result) => result.status === 'rejected')).toHaveLength(1);
    const accepted = await fx.db.query<unknown[]>(
      `SELECT 1 FROM events.outbox WHERE type = 'membership.accepted' AND aggregate_id = ANY ($1::text[])`,
      [invitations.map((invitation) => invitation.id)],
    );
    expect(accepted).toHaveLength(1);
  });
});
