import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  ApiClientsService,
  Authenticated,
  CurrentUser,
  PlatformRole,
  Public,
  Roles,
  SessionsService,
  UsersService,
  type UserPrincipal,
} from '@vcp/platform/auth';
import {
  ConnectionArgs,
  type GraphQLRequestContext,
  mapConnection,
  UUID,
} from '@vcp/platform/graphql';
import {
  ClientCredentialsInput,
  CreateApiClientInput,
  LoginInput,
  RefreshSessionInput,
} from './dto/identity.inputs';
import {
  ApiClientConnection,
  ApiClientModel,
  ClientTokenModel,
  IssuedApiClientModel,
} from './models/api-client.model';
import { AuthPayloadModel } from './models/auth-payload.model';
import { UserModel } from './models/user.model';

@Resolver()
export class IdentityResolver {
  constructor(
    private readonly sessions: SessionsService,
    private readonly users: UsersService,
    private readonly clients: ApiClientsService,
  ) {}

  @Public()
  @Mutation(() => AuthPayloadModel, { description: 'Sign in with e-mail and password.' })
  async login(
    @Args('input') input: LoginInput,
    @Context() { req }: GraphQLRequestContext,
  ): Promise<AuthPayloadModel> {
    const tokens = await this.sessions.login(input.email, input.password, req.ip ?? null);
    return { ...tokens, user: UserModel.from(await this.users.findById(tokens.userId)) };
  }

  @Public()
  @Mutation(() => AuthPayloadModel, {
    description: 'Exchange a refresh token for new tokens. Reusing a spent one ends the session.',
  })
  async refreshSession(@Args('input') input: RefreshSessionInput): Promise<AuthPayloadModel> {
    const tokens = await this.sessions.refresh(input.refreshToken);
    return { ...tokens, user: UserModel.from(await this.users.findById(tokens.userId)) };
  }

  @Authenticated()
  @Mutation(() => Boolean, { description: 'End the current session on every device token of it.' })
  async logout(@CurrentUser() user: UserPrincipal): Promise<boolean> {
    await this.sessions.logout(user.sessionId);
    return true;
  }

  @Authenticated()
  @Query(() => UserModel, { description: 'The signed-in person.' })
  async me(@CurrentUser() user: UserPrincipal): Promise<UserModel> {
    return UserModel.from(await this.users.findById(user.userId));
  }

  @Public()
  @Mutation(() => ClientTokenModel, {
    description: 'Client-credentials exchange for partner systems: a short-lived access token.',
  })
  issueClientToken(@Args('input') input: ClientCredentialsInput): Promise<ClientTokenModel> {
    return this.clients.exchange(input.clientId, input.clientSecret).then((token) => ({
      accessToken: token.token,
      expiresAt: token.expiresAt,
      scopes: token.scopes,
    }));
  }

  @Roles(PlatformRole.OPERATOR)
  @Query(() => ApiClientConnection, { description: 'Partner API clients, newest first.' })
  apiClients(@Args() args: ConnectionArgs): Promise<ApiClientConnection> {
    return this.clients.page(args).then((page) => mapConnection(page, ApiClientModel.from));
  }

  @Roles(PlatformRole.OPERATOR)
  @Mutation(() => IssuedApiClientModel, { description: 'Register a partner API client.' })
  async createApiClient(
    @Args('input') input: CreateApiClientInput,
    @CurrentUser() user: UserPrincipal,
  ): Promise<IssuedApiClientModel> {
    return IssuedApiClientModel.from(
      await this.clients.create({ ...input, createdBy: user.userId }),
    );
  }

  @Roles(PlatformRole.OPERATOR)
  @Mutation(() => ApiClientModel, {
    description: 'Revoke a client; its key and tokens stop at once.',
  })
  async revokeApiClient(@Args('id', { type: () => UUID }) id: string): Promise<ApiClientModel> {
    return ApiClientModel.from(await this.clients.revoke(id));
  }
}
