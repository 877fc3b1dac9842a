import { PlatformRole } from '@vcp/platform/auth';
import { errorCode, graphqlRequest } from '@vcp/platform/testing';
import { computeUrl, gateway, LOGIN, People, type LoginData } from './support';

const ME = 'query { me { id email roles } }';
const REFRESH = `mutation Refresh($token: String!) {
  refreshSession(input: { refreshToken: $token }) { accessToken refreshToken }
}`;
interface RefreshData {
  refreshSession: { accessToken: string; refreshToken: string };
}

describe('authentication through the gateway', () => {
  let people: People;
  beforeAll(async () => {
    people = await People.open();
  });
  afterAll(() => people.close());

  it('signs in and answers me for the bearer of the access token', async () => {
    const { user, accessToken } = await people.signedIn([PlatformRole.OPERATOR]);
    const response = await gateway(ME, { token: accessToken });
    expect(response.data).toEqual({ me: { id: user.id, email: user.email, roles: ['OPERATOR'] } });
  });

  it('gives a wrong password and an unknown account the same UNAUTHENTICATED answer', async () => {
    const { user } = await people.signedIn();
    const wrong = await gateway<LoginData>(LOGIN, {
      variables: { email: user.email, password: 'nope' },
    });
    const unknown = await gateway<LoginData>(LOGIN, {
      variables: { email: 'no-such-person@test.vcp.kr', password: 'nope' },
    });
    expect(wrong.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(unknown.errors?.[0].message).toBe(wrong.errors?.[0].message);
    expect(errorCode(unknown)).toBe('UNAUTHENTICATED');
  });

  it('refuses a missing, malformed, foreign-signed or expired token with UNAUTHENTICATED', async () => {
    const { user } = await people.signedIn();
    const claims = { typ: 'user', sub: user.id, sid: '00000000-0000-4000-8000-000000000000' };
    const tokens = [
      undefined,
      'not-a-jwt',
      people.sign(claims, { secret: 'another-key-another-key-another-key!!' }),
      people.sign(claims, { expiresIn: -60 }),
      // Right key and user, but a session that does not exist.
      people.sign(claims),
    ];
    for (const token of tokens) {
      const response = await gateway(ME, { token });
      expect(errorCode(response)).toBe('UNAUTHENTICATED');
      expect(response.data?.me ?? null).toBeNull();
    }
  });

  it('ends the session on logout: the same access token is refused afterwards', async () => {
    const { accessToken } = await people.signedIn();
    const logout = await gateway('mutation { logout }', { token: accessToken });
    expect(logout.data).toEqual({ logout: true });
    expect(errorCode(await gateway(ME, { token: accessToken }))).toBe('UNAUTHENTICATED');
  });

  it('rotates refresh tokens and revokes the family when a spent one is replayed', async () => {
    const { refreshToken } = await people.signedIn();
    const first = await gateway<RefreshData>(REFRESH, { variables: { token: refreshToken } });
    const rotated = first.data?.refreshSession;
    expect(rotated?.refreshToken).toBeTruthy();
    expect(rotated?.refreshToken).not.toBe(refreshToken);
    expect((await gateway(ME, { token: rotated?.accessToken })).data?.me).toBeTruthy();

    const replay = await gateway<RefreshData>(REFRESH, { variables: { token: refreshToken } });
    expect(errorCode(replay)).toBe('UNAUTHENTICATED');
    // The thief's replay also cut off the holder of the newest tokens.
    expect(errorCode(await gateway(ME, { token: rotated?.accessToken }))).toBe('UNAUTHENTICATED');
    const newest = await gateway(REFRESH, { variables: { token: rotated?.refreshToken } });
    expect(errorCode(newest)).toBe('UNAUTHENTICATED');
  });

  it('makes each subgraph verify the token itself: compute refuses an unsigned call', async () => {
    const direct = await graphqlRequest(computeUrl(), '{ programTargets { key } }', {
      headers: { 'x-user-id': 'operator', 'x-roles': 'OPERATOR' },
    });
    expect(errorCode(direct)).toBe('UNAUTHENTICATED');
  });

  it('refuses a role it lacks with FORBIDDEN', async () => {
    const { accessToken } = await people.signedIn([PlatformRole.RESEARCHER]);
    const response = await gateway('{ apiClients(first: 5) { nodes { id } } }', {
      token: accessToken,
    });
    expect(errorCode(response)).toBe('FORBIDDEN');
  });
});

describe('partner API clients through the gateway', () => {
  let people: People;
  let operatorToken: string;
  beforeAll(async () => {
    people = await People.open();
    operatorToken = (await people.signedIn([PlatformRole.OPERATOR])).accessToken;
  });
  afterAll(() => people.close());

  const CREATE = `mutation Create($scopes: [ApiScope!]!) {
    createApiClient(input: { name: "Regional agency", scopes: $scopes }) {
      client { id scopes } secret apiKey
    }
  }`;
  interface Created {
    createApiClient: { client: { id: string; scopes: string[] }; secret: string; apiKey: string };
  }
  const create = async (scopes: string[]) => {
    const response = await gateway<Created>(CREATE, {
      token: operatorToken,
      variables: { scopes },
    });
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.createApiClient;
  };

  it('exchanges client credentials for a token that carries its scopes', async () => {
    const client = await create(['COMPUTE_READ']);
    const exchange = await gateway<{ issueClientToken: { accessToken: string; scopes: string[] } }>(
      `mutation($id: UUID!, $secret: String!) {
        issueClientToken(input: { clientId: $id, clientSecret: $secret }) { accessToken scopes }
      }`,
      { variables: { id: client.client.id, secret: client.secret } },
    );
    const token = exchange.data?.issueClientToken.accessToken;
    expect(exchange.data?.issueClientToken.scopes).toEqual(['COMPUTE_READ']);
    const targets = await gateway<{ programTargets: { key: string; target: number }[] }>(
      '{ programTargets { key target } }',
      { token },
    );
    expect(targets.data?.programTargets).toContainEqual({
      key: 'advanced-ai-experts',
      target: 200000,
    });
    // A client is not a person: person-only operations stay closed.
    expect(errorCode(await gateway(ME, { token }))).toBe('FORBIDDEN');
  });

  it('accepts the key as a header, and refuses a client without the scope', async () => {
    const reader = await create(['COMPUTE_READ']);
    const other = await create(['USAGE_WRITE']);
    expect(
      (await gateway('{ programTargets { key } }', { apiKey: reader.apiKey })).data,
    ).toBeTruthy();
    const refused = await gateway('{ programTargets { key } }', { apiKey: other.apiKey });
    expect(refused.errors?.[0]).toMatchObject({
      message: 'This API client needs the scope compute:read.',
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it('stops a revoked client at once, key and issued tokens alike', async () => {
    const client = await create(['COMPUTE_READ']);
    const revoke = await gateway(
      `mutation($id: UUID!) { revokeApiClient(id: $id) { revokedAt } }`,
      {
        token: operatorToken,
        variables: { id: client.client.id },
      },
    );
    expect(revoke.errors).toBeUndefined();
    expect(errorCode(await gateway('{ programTargets { key } }', { apiKey: client.apiKey }))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('refuses a malformed create with BAD_USER_INPUT naming the field', async () => {
    const response = await gateway(CREATE, { token: operatorToken, variables: { scopes: [] } });
    expect(response.errors?.[0]).toMatchObject({
      message: 'scopes must name at least one scope',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
