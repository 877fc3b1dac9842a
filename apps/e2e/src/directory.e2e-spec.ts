import { type TestingModule } from '@nestjs/testing';
import {
  ConsortiumsModule,
  ConsortiumPersonRole,
  MembershipRole,
} from '@vcp/consortia/consortiums';
import { OrganizationKind } from '@vcp/consortia/organizations';
import { DirectoryFixture, type TestPerson } from '@vcp/consortia/testing';
import { ApiClientsService, ApiScope, AuthModule } from '@vcp/platform/auth';
import {
  createIntegrationModule,
  errorCode,
  graphqlRequest,
  type GraphQLRequestOptions,
} from '@vcp/platform/testing';
import { accessTokenFor, consortiaUrl, gateway } from './support';

type Actor =
  | 'operator'
  | 'lead'
  | 'manager'
  | 'viewer'
  | 'member'
  | 'invitedAdmin'
  | 'outsider'
  | 'readingPartner'
  | 'computePartner'
  | 'anonymous';
const ACTORS: Actor[] = [
  'operator',
  'lead',
  'manager',
  'viewer',
  'member',
  'invitedAdmin',
  'outsider',
  'readingPartner',
  'computePartner',
  'anonymous',
];

/** What the caller got: OK, the error code, or VISIBLE/HIDDEN for a field only some may read. */
type Outcome = string;

describe('organisations and consortiums through the gateway', () => {
  let module: TestingModule;
  let fx: DirectoryFixture;
  const credentials = {} as Record<Actor, GraphQLRequestOptions>;
  let ids: {
    consortium: string;
    smeMember: string;
    activeMembership: string;
    expiredInvitation: string;
  };

  beforeAll(async () => {
    module = await createIntegrationModule([AuthModule, ConsortiumsModule]);
    fx = new DirectoryFixture(module);
    const { consortium, anchor, lead } = await fx.consortium('LOGISTICS');
    const sme = await fx.organization(OrganizationKind.SME);
    const membership = await fx.join(consortium, sme, MembershipRole.SME_MEMBER);
    const invited = await fx.organization(OrganizationKind.SME);
    const invitation = await fx.memberships.invite(
      { consortiumId: consortium.id, organizationId: invited.id, role: MembershipRole.SME_MEMBER },
      lead,
    );
    await fx.db.query(
      `UPDATE consortia.memberships SET invited_at = now() - interval '9 days',
              invitation_expires_at = now() - interval '2 days' WHERE id = $1`,
      [invitation.id],
    );
    const viewer = await fx.person(anchor.id);
    await fx.people.assign(consortium.id, viewer.userId, ConsortiumPersonRole.VIEWER, lead);
    const people: Partial<Record<Actor, TestPerson>> = {
      operator: await fx.operator(),
      lead,
      manager: await fx.managerOf(consortium, anchor.id),
      viewer,
      member: await fx.person(sme.id),
      invitedAdmin: await fx.admin(invited),
      outsider: await fx.person((await fx.organization(OrganizationKind.SME)).id),
    };
    for (const [actor, person] of Object.entries(people)) {
      credentials[actor as Actor] = { token: await accessTokenFor(person) };
    }
    const clients = module.get(ApiClientsService);
    const reading = await clients.create({
      name: 'Regional agency',
      scopes: [ApiScope.CONSORTIA_READ],
    });
    const computing = await clients.create({ name: 'Scheduler', scopes: [ApiScope.COMPUTE_READ] });
    credentials.readingPartner = { apiKey: reading.apiKey };
    credentials.computePartner = { apiKey: computing.apiKey };
    credentials.anonymous = {};
    ids = {
      consortium: consortium.id,
      smeMember: sme.id,
      activeMembership: membership.id,
      expiredInvitation: invitation.id,
    };
  });
  afterAll(() => module.close());

  /** Runs one operation as every actor and returns what each got. */
  async function matrix(
    query: string,
    variables: () => Record<string, unknown>,
    visible?: (data: Record<string, unknown>) => boolean,
  ): Promise<Record<Actor, Outcome>> {
    const outcomes = {} as Record<Actor, Outcome>;
    for (const actor of ACTORS) {
      const response = await gateway(query, { ...credentials[actor], variables: variables() });
      const code = errorCode(response);
      outcomes[actor] =
        code ?? (visible && response.data ? (visible(response.data) ? 'VISIBLE' : 'HIDDEN') : 'OK');
    }
    return outcomes;
  }

  const readers = (hidden: Actor[]) =>
    Object.fromEntries(
      ACTORS.map((actor) => [
        actor,
        actor === 'anonymous'
          ? 'UNAUTHENTICATED'
          : actor === 'computePartner'
            ? 'FORBIDDEN'
            : hidden.includes(actor)
              ? 'HIDDEN'
              : 'VISIBLE',
      ]),
    );
  const onlyPeople = (allowed: Actor[], allowedOutcome: string) =>
    Object.fromEntries(
      ACTORS.map((actor) => [
        actor,
        actor === 'anonymous'
          ? 'UNAUTHENTICATED'
          : allowed.includes(actor)
            ? allowedOutcome
            : 'FORBIDDEN',
      ]),
    );

  describe('who may do what (role × operation)', () => {
    it('the directory: every signed-in person and reading partners see the public fields', async () => {
      const outcomes = await matrix(
        `query ($id: UUID!) { consortium(id: $id) { name status vertical { code } anchor { name sizeClass } } }`,
        () => ({ id: ids.consortium }),
        (data) => (data.consortium as { name?: string } | null)?.name !== undefined,
      );
      expect(outcomes).toEqual(readers([]));
    });

    it('members: the consortium’s people and members, operators and reading partners; not outsiders', async () => {
      const outcomes = await matrix(
        `query ($id: UUID!) { consortium(id: $id) { members { nodes { id } } people { role } } }`,
        () => ({ id: ids.consortium }),
        (data) => (data.consortium as { members: unknown }).members !== null,
      );
      expect(outcomes).toEqual(readers(['invitedAdmin', 'outsider']));
    });

    it('the audit trail of a consortium: operators and its leads only', async () => {
      const field = await matrix(
        `query ($id: UUID!) { consortium(id: $id) { auditTrail(first: 5) { nodes { action } } } }`,
        () => ({ id: ids.consortium }),
        (data) => (data.consortium as { auditTrail: unknown }).auditTrail !== null,
      );
      expect(field).toEqual(
        readers(['manager', 'viewer', 'member', 'invitedAdmin', 'outsider', 'readingPartner']),
      );
      const root = await matrix(
        `query ($id: UUID!) { auditTrail(consortiumId: $id, first: 5) { nodes { action } } }`,
        () => ({ id: ids.consortium }),
      );
      expect(root).toEqual(onlyPeople(['operator', 'lead'], 'OK'));
    });

    it('an organisation’s figures: operators, its own people and reading partners', async () => {
      const outcomes = await matrix(
        `query ($id: UUID!) { organization(id: $id) { name details { businessRegistrationNumber annualRevenueKrw } } }`,
        () => ({ id: ids.smeMember }),
        (data) => (data.organization as { details: unknown }).details !== null,
      );
      expect(outcomes).toEqual(readers(['lead', 'manager', 'viewer', 'invitedAdmin', 'outsider']));
    });

    it('inviting members: operators, the lead and managers (they get past the check to the CONFLICT)', async () => {
      const outcomes = await matrix(
        `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`,
        () => ({
          input: {
            consortiumId: ids.consortium,
            organizationId: ids.smeMember,
            role: 'SME_MEMBER',
          },
        }),
      );
      expect(outcomes).toEqual(onlyPeople(['operator', 'lead', 'manager'], 'CONFLICT'));
    });

    it('activation: operators and the lead (the consortium is not ready, so they get BAD_USER_INPUT)', async () => {
      const outcomes = await matrix(
        `mutation ($id: UUID!) { activateConsortium(id: $id) { status } }`,
        () => ({ id: ids.consortium }),
      );
      expect(outcomes).toEqual(onlyPeople(['operator', 'lead'], 'BAD_USER_INPUT'));
    });

    it('answering an invitation: the invited organisation’s admin and operators', async () => {
      const outcomes = await matrix(
        `mutation ($id: UUID!) { acceptInvitation(id: $id) { status } }`,
        () => ({ id: ids.expiredInvitation }),
      );
      expect(outcomes).toEqual(onlyPeople(['operator', 'invitedAdmin'], 'CONFLICT'));
    });

    it('suspending members: operators, the lead and managers', async () => {
      const outcomes = await matrix(
        `mutation ($id: UUID!) { reinstateMembership(id: $id) { status } }`,
        () => ({ id: ids.activeMembership }),
      );
      expect(outcomes).toEqual(onlyPeople(['operator', 'lead', 'manager'], 'CONFLICT'));
    });

    it('registering organisations and suspending consortiums: operators only', async () => {
      const register = await matrix(
        `mutation ($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { id } }`,
        () => ({
          input: {
            name: 'Bad Number Ltd',
            kind: 'SME',
            businessRegistrationNumber: '123-45-67890',
            region: 'BUSAN',
            industryCode: 'H49',
            annualRevenueKrw: 1e9,
            totalAssetsKrw: 1e9,
            employees: 10,
          },
        }),
      );
      expect(register).toEqual(onlyPeople(['operator'], 'BAD_USER_INPUT'));
      const suspend = await matrix(
        `mutation ($id: UUID!) { suspendConsortium(id: $id, reason: "review") { status } }`,
        () => ({ id: ids.consortium }),
      );
      expect(suspend).toEqual(onlyPeople(['operator'], 'CONFLICT'));
    });
  });

  it('names the failed check of a bad business registration number', async () => {
    const response = await gateway(
      `mutation ($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { id } }`,
      {
        ...credentials.operator,
        variables: {
          input: {
            name: 'Bad Number Ltd',
            kind: 'SME',
            businessRegistrationNumber: '123-45-67890',
            region: 'BUSAN',
            industryCode: 'H49',
            annualRevenueKrw: 1e9,
            totalAssetsKrw: 1e9,
            employees: 10,
          },
        },
      },
    );
    expect(response.errors?.[0]).toMatchObject({
      message: expect.stringContaining('fails its check digit'),
      extensions: { code: 'BAD_USER_INPUT', rule: 'BRN_CHECK' },
    });
  });

  it('runs a membership from invitation to audit trail, with the lead as the recorded actor', async () => {
    const { consortium, lead } = await fx.consortium('E_COMMERCE');
    const sme = await fx.organization(OrganizationKind.SME);
    const admin = await fx.admin(sme);
    const leadToken = await accessTokenFor(lead);
    const invited = await gateway<{ inviteMember: { id: string; status: string } }>(
      `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { id status invitationExpiresAt } }`,
      {
        token: leadToken,
        variables: {
          input: { consortiumId: consortium.id, organizationId: sme.id, role: 'SME_MEMBER' },
        },
      },
    );
    expect(invited.data?.inviteMember.status).toBe('INVITED');
    const adminToken = await accessTokenFor(admin);
    const mine = await gateway<{
      myInvitations: { nodes: { id: string; consortium: { name: string } }[] };
    }>(`query { myInvitations { nodes { id consortium { name } } } }`, { token: adminToken });
    expect(mine.data?.myInvitations.nodes).toEqual([
      { id: invited.data?.inviteMember.id, consortium: { name: consortium.name } },
    ]);
    const accepted = await gateway<{ acceptInvitation: { status: string } }>(
      `mutation ($id: UUID!) { acceptInvitation(id: $id) { status } }`,
      { token: adminToken, variables: { id: invited.data?.inviteMember.id } },
    );
    expect(accepted.data?.acceptInvitation.status).toBe('ACTIVE');

    const view = await gateway<{
      consortium: {
        myAccess: string;
        members: { nodes: { status: string; organization: { name: string } }[] };
        activationGaps: { requirement: string; actual: number }[];
        auditTrail: { nodes: { action: string; actorId: string }[] };
      };
    }>(
      `query ($id: UUID!) { consortium(id: $id) {
         myAccess
         members { nodes { status organization { name } } }
         activationGaps { requirement actual }
         auditTrail(first: 10) { nodes { action actorId } }
      } }`,
      { token: leadToken, variables: { id: consortium.id } },
    );
    expect(view.errors).toBeUndefined();
    expect(view.data?.consortium.myAccess).toBe('LEAD');
    expect(view.data?.consortium.members.nodes).toEqual([
      { status: 'ACTIVE', organization: { name: sme.name } },
    ]);
    expect(view.data?.consortium.activationGaps).toContainEqual({
      requirement: 'SME_MEMBERS',
      actual: 1,
    });
    expect(view.data?.consortium.auditTrail.nodes.map((n) => n.action)).toEqual([
      'membership.accepted',
      'membership.invited',
      'consortium_person.assigned',
      'consortium.created',
    ]);
    expect(view.data?.consortium.auditTrail.nodes[1].actorId).toBe(lead.userId);
  });

  describe('federation entity references (_entities on the subgraph)', () => {
    const ENTITIES = `query ($r: [_Any!]!) { _entities(representations: $r) {
      ... on Consortium { name members { nodes { id } } }
    } }`;

    it('refuses a caller without credentials', async () => {
      const response = await graphqlRequest(consortiaUrl(), ENTITIES, {
        variables: { r: [{ __typename: 'Consortium', id: ids.consortium }] },
      });
      expect(errorCode(response)).toBe('UNAUTHENTICATED');
    });

    it('applies the same field rules as a direct query', async () => {
      const asOutsider = await graphqlRequest<{ _entities: { name: string; members: unknown }[] }>(
        consortiaUrl(),
        ENTITIES,
        {
          ...credentials.outsider,
          variables: { r: [{ __typename: 'Consortium', id: ids.consortium }] },
        },
      );
      expect(asOutsider.data?._entities[0]).toMatchObject({ members: null });
      const asLead = await graphqlRequest<{ _entities: { members: { nodes: unknown[] } }[] }>(
        consortiaUrl(),
        ENTITIES,
        {
          ...credentials.lead,
          variables: { r: [{ __typename: 'Consortium', id: ids.consortium }] },
        },
      );
      expect(asLead.data?._entities[0].members.nodes.length).toBeGreaterThan(0);
    });
  });
});
