import { JwtService } from '@nestjs/jwt';
import { type TestingModule } from '@nestjs/testing';
import { AuthModule, IdentityModule, PlatformRole, UsersService } from '@vcp/platform/auth';
import {
  createIntegrationModule,
  graphqlRequest,
  makeUser,
  TEST_PASSWORD,
  type GraphQLRequestOptions,
  type GraphQLResponse,
} from '@vcp/platform/testing';

export const gatewayUrl = () => required('VCP_GATEWAY_URL');
export const consortiaUrl = () => required('VCP_CONSORTIA_URL');
export const computeUrl = () => required('VCP_COMPUTE_URL');

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: the e2e global setup did not run`);
  return value;
}

/** Requests through the gateway, as clients send them. */
export const gateway = <T = Record<string, unknown>>(
  query: string,
  options?: GraphQLRequestOptions,
) => graphqlRequest<T>(gatewayUrl(), query, options);

export const LOGIN = /* GraphQL */ `
  mutation Login($email: String!, $password: String!) {
    login(input: { email: $email, password: $password }) {
      accessToken
      refreshToken
      user {
        id
        email
        roles
      }
    }
  }
`;

export interface LoginData {
  login: {
    accessToken: string;
    refreshToken: string;
    user: { id: string; email: string; roles: string[] };
  };
}

/** Signs a person in through the gateway with the test password; their access token. */
export async function accessTokenFor(person: { email: string }): Promise<string> {
  const response = await gateway<LoginData>(LOGIN, {
    variables: { email: person.email, password: TEST_PASSWORD },
  });
  if (!response.data?.login) throw new Error(`login failed: ${JSON.stringify(response.errors)}`);
  return response.data.login.accessToken;
}

/** Request options that call as the person, signed in through the gateway. */
export async function signedInAs(person: { email: string }): Promise<GraphQLRequestOptions> {
  return { token: await accessTokenFor(person) };
}

/** The data of a response that must have succeeded; otherwise fails with its errors. */
export function dataOf<T>(response: GraphQLResponse<T>): T {
  if (!response.data || response.errors) {
    throw new Error(`expected data, got ${JSON.stringify(response.errors)}`);
  }
  return response.data;
}

/** Creates people directly through the identity services over the e2e database. */
export class People {
  private constructor(private readonly module: TestingModule) {}

  static async open(): Promise<People> {
    return new People(await createIntegrationModule([AuthModule, IdentityModule]));
  }

  close(): Promise<void> {
    return this.module.close();
  }

  async signedIn(roles: PlatformRole[] = [PlatformRole.RESEARCHER]) {
    const user = await makeUser(this.module.get(UsersService), roles);
    const response = await gateway<LoginData>(LOGIN, {
      variables: { email: user.email, password: TEST_PASSWORD },
    });
    if (!response.data?.login) throw new Error(`login failed: ${JSON.stringify(response.errors)}`);
    const { accessToken, refreshToken } = response.data.login;
    return { user, accessToken, refreshToken };
  }

  /** Signs arbitrary claims with the services' key, to forge expired or odd tokens. */
  sign(payload: object, options: { expiresIn?: number; secret?: string } = {}): string {
    return this.module.get(JwtService).sign(payload, {
      secret: options.secret ?? process.env.JWT_SECRET,
      algorithm: 'HS256',
      issuer: 'vcp',
      audience: 'vcp-api',
      expiresIn: options.expiresIn ?? 600,
    });
  }
}
