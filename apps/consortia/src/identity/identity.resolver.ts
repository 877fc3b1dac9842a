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
import { PartnerClientsService } from '@vcp/consortia/organizations';
import { type GraphQLRequestContext, mapConnection, UUID } from '@vcp/platform/graphql';
import {
  ApiClientsArgs,
  ClientCredentialsInput,
  CreateApiClientInput,
  LoginInput,
  RefreshSessionInput,
  RotateApiClientInput,
  SetApiClientRateLimitInput,
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
    private readonly partnerClients: PartnerClientsService,
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

  @Authenticated()
  @Query(() => ApiClientConnection, {
    description:
      "Partner API clients, newest first: every client for operators, their own organisation's for its admins.",
  })
  apiClients(
    @Args() args: ApiClientsArgs,
    @CurrentUser() user: UserPrincipal,
  ): Promise<ApiClientConnection> {
    return this.partnerClients
      .list(user, args, args.organizationId)
      .then((page) => mapConnection(page, ApiClientModel.from));
  }

  @Authenticated()
  @Mutation(() => IssuedApiClientModel, {
    description:
      "Register a partner API client (operators; an organisation's admins for it, with the scopes that fit it).",
  })
  async createApiClient(
    @Args('input') input: CreateApiClientInput,
    @CurrentUser() user: UserPrincipal,
  ): Promise<IssuedApiClientModel> {
    return IssuedApiClientModel.from(await this.partnerClients.create(user, input));
  }

  @Authenticated()
  @Mutation(() => IssuedApiClientModel, {
    description:
      'A new secret, shown once. The previous one and its tokens keep working for the grace, or stop at once with immediately.',
  })
  async rotateApiClient(
    @Args('input') input: RotateApiClientInput,
    @CurrentUser() user: UserPrincipal,
  ): Promise<IssuedApiClientModel> {
    return IssuedApiClientModel.from(
      await this.partnerClients.rotate(user, input.id, input.immediately),
    );
  }

  @Authenticated()
  @Mutation(() => ApiClientModel, {
    description: 'Revoke a client; its key and tokens stop at once.',
  })
  async revokeApiClient(
    @Args('id', { type: () => UUID }) id: string,
    @CurrentUser() user: UserPrincipal,
  ): Promise<ApiClientModel> {
    return ApiClientModel.from(await this.partnerClients.revoke(user, id));
  }

  @Roles(PlatformRole.OPERATOR)
  @Mutation(() => ApiClientModel, {
    description: "Set a client's own request rate, or return it to the default.",
  })
  async setApiClientRateLimit(
    @Args('input') input: SetApiClientRateLimitInput,
  ): Promise<ApiClientModel> {
    return ApiClientModel.from(
      await this.clients.setRateLimit(input.id, input.requestsPerMinute ?? null),
    );
  }
}
