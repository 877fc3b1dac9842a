import { type TestingModule } from '@nestjs/testing';
import { ConsortiumsModule } from '@vcp/consortia/consortiums';
import { OrganizationKind } from '@vcp/consortia/organizations';
import { DirectoryFixture } from '@vcp/consortia/testing';
import { AuthModule } from '@vcp/platform/auth';
import { createIntegrationModule, errorCode } from '@vcp/platform/testing';
import { accessTokenFor, gateway } from './support';

interface Issued {
  client: {
    id: string;
    organizationId: string | null;
    scopes: string[];
    previousSecretExpiresAt: string | null;
    lastUsedAt: string | null;
  };
  secret: string;
  apiKey: string;
}

const CLIENT_FIELDS =
  'client { id organizationId scopes previousSecretExpiresAt lastUsedAt } secret apiKey';
const CREATE = `mutation ($input: CreateApiClientInput!) { createApiClient(input: $input) { ${CLIENT_FIELDS} } }`;
const ROTATE = `mutation ($input: RotateApiClientInput!) { rotateApiClient(input: $input) { ${CLIENT_FIELDS} } }`;
const LIST = `query ($organizationId: UUID) {
  apiClients(first: 50, organizationId: $organizationId) { nodes { id organizationId lastUsedAt } }
}`;
const COMPUTE_PROBE = '{ programTargets { key } }';

describe('partner API client management through the gateway', () => {
  let module: TestingModule;
  let fx: DirectoryFixture;
  let operator: string;
  let universityAdmin: string;
  let universityMember: string;
  let agencyAdmin: string;
  let universityId: string;
  let agencyId: string;

  beforeAll(async () => {
    module = await createIntegrationModule([AuthModule, ConsortiumsModule]);
    fx = new DirectoryFixture(module);
    const university = await fx.organization(OrganizationKind.UNIVERSITY);
    const agency = await fx.organization(OrganizationKind.PUBLIC_AGENCY);
    universityId = university.id;
    agencyId = agency.id;
    operator = await accessTokenFor(await fx.operator());
    universityAdmin = await accessTokenFor(await fx.admin(university));
    universityMember = await accessTokenFor(await fx.person(university.id));
    agencyAdmin = await accessTokenFor(await fx.admin(agency));
  });
  afterAll(() => module.close());

  const create = async (token: string, input: Record<string, unknown>) =>
    gateway<{ createApiClient: Issued }>(CREATE, { token, variables: { input } });
  const created = async (token: string, input: Record<string, unknown>): Promise<Issued> => {
    const response = await create(token, input);
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.createApiClient;
  };

  it("lets an organisation's admin create clients for it, with only the scopes that fit it", async () => {
    const hr = await created(universityAdmin, {
      name: 'University HR',
      scopes: ['ENGAGEMENTS_READ'],
    });
    expect(hr.client).toMatchObject({ organizationId: universityId, scopes: ['ENGAGEMENTS_READ'] });

    const tooMuch = await create(universityAdmin, {
      name: 'Directory reader',
      scopes: ['ENGAGEMENTS_READ', 'CONSORTIA_READ'],
    });
    expect(tooMuch.errors?.[0]).toMatchObject({
      message: expect.stringContaining('consortia:read needs a program operator'),
      extensions: { code: 'FORBIDDEN' },
    });
    const elsewhere = await create(universityAdmin, {
      name: 'Not ours',
      scopes: ['COMPUTE_READ'],
      organizationId: agencyId,
    });
    expect(errorCode(elsewhere)).toBe('FORBIDDEN');
    const ownLimit = await create(universityAdmin, {
      name: 'Fast lane',
      scopes: ['COMPUTE_READ'],
      rateLimitPerMinute: 100000,
    });
    expect(errorCode(ownLimit)).toBe('FORBIDDEN');
    // A person of the organisation who is not its admin manages nothing.
    expect(errorCode(await create(universityMember, { name: 'x', scopes: ['COMPUTE_READ'] }))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await gateway(LIST, { token: universityMember }))).toBe('FORBIDDEN');
    // Operators grant any scope, to any organisation or none.
    const usage = await created(operator, { name: 'Center scheduler', scopes: ['USAGE_WRITE'] });
    expect(usage.client.organizationId).toBeNull();
  });

  it("lists only the admin's own organisation's clients; operators see and filter all", async () => {
    const ours = await created(universityAdmin, { name: 'HR 2', scopes: ['COMPUTE_READ'] });
    const theirs = await created(agencyAdmin, { name: 'Agency', scopes: ['CONSORTIA_READ'] });
    const mine = await gateway<{ apiClients: { nodes: { id: string; organizationId: string }[] } }>(
      LIST,
      { token: universityAdmin },
    );
    const ids = mine.data?.apiClients.nodes.map((node) => node.id) ?? [];
    expect(ids).toContain(ours.client.id);
    expect(ids).not.toContain(theirs.client.id);
    expect(new Set(mine.data?.apiClients.nodes.map((node) => node.organizationId))).toEqual(
      new Set([universityId]),
    );
    expect(
      errorCode(
        await gateway(LIST, { token: universityAdmin, variables: { organizationId: agencyId } }),
      ),
    ).toBe('FORBIDDEN');
    const filtered = await gateway<{ apiClients: { nodes: { id: string }[] } }>(LIST, {
      token: operator,
      variables: { organizationId: agencyId },
    });
    expect(filtered.data?.apiClients.nodes.map((node) => node.id)).toContain(theirs.client.id);
    expect(filtered.data?.apiClients.nodes.map((node) => node.id)).not.toContain(ours.client.id);
  });

  it('rotates: the new secret works at once, the old one through the grace or not at all', async () => {
    const client = await created(universityAdmin, { name: 'Rotating', scopes: ['COMPUTE_READ'] });
    const graceful = await gateway<{ rotateApiClient: Issued }>(ROTATE, {
      token: universityAdmin,
      variables: { input: { id: client.client.id } },
    });
    if (!graceful.data) throw new Error(JSON.stringify(graceful.errors));
    const second = graceful.data.rotateApiClient;
    expect(second.secret).not.toBe(client.secret);
    expect(Date.parse(second.client.previousSecretExpiresAt ?? '')).toBeGreaterThan(Date.now());
    expect((await gateway(COMPUTE_PROBE, { apiKey: client.apiKey })).errors).toBeUndefined();
    expect((await gateway(COMPUTE_PROBE, { apiKey: second.apiKey })).errors).toBeUndefined();

    const leaked = await gateway<{ rotateApiClient: Issued }>(ROTATE, {
      token: operator,
      variables: { input: { id: client.client.id, immediately: true } },
    });
    if (!leaked.data) throw new Error(JSON.stringify(leaked.errors));
    const third = leaked.data.rotateApiClient;
    expect(third.client.previousSecretExpiresAt).toBeNull();
    for (const old of [client.apiKey, second.apiKey]) {
      expect(errorCode(await gateway(COMPUTE_PROBE, { apiKey: old }))).toBe('UNAUTHENTICATED');
    }
    expect((await gateway(COMPUTE_PROBE, { apiKey: third.apiKey })).errors).toBeUndefined();

    const listed = await gateway<{
      apiClients: { nodes: { id: string; lastUsedAt: string | null }[] };
    }>(LIST, { token: universityAdmin });
    const used = listed.data?.apiClients.nodes.find((node) => node.id === client.client.id);
    expect(used?.lastUsedAt).not.toBeNull();
  });

  it("hides another organisation's clients from its admins' rotate and revoke", async () => {
    const theirs = await created(agencyAdmin, { name: 'Agency feed', scopes: ['COMPUTE_READ'] });
    const rotate = await gateway(ROTATE, {
      token: universityAdmin,
      variables: { input: { id: theirs.client.id, immediately: true } },
    });
    expect(errorCode(rotate)).toBe('NOT_FOUND');
    const revoke = `mutation ($id: UUID!) { revokeApiClient(id: $id) { revokedAt } }`;
    expect(
      errorCode(
        await gateway(revoke, { token: universityAdmin, variables: { id: theirs.client.id } }),
      ),
    ).toBe('NOT_FOUND');
    expect((await gateway(COMPUTE_PROBE, { apiKey: theirs.apiKey })).errors).toBeUndefined();
    const own = await gateway<{ revokeApiClient: { revokedAt: string | null } }>(revoke, {
      token: agencyAdmin,
      variables: { id: theirs.client.id },
    });
    expect(own.data?.revokeApiClient.revokedAt).not.toBeNull();
    expect(errorCode(await gateway(COMPUTE_PROBE, { apiKey: theirs.apiKey }))).toBe(
      'UNAUTHENTICATED',
    );
  });
});
