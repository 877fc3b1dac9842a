import { graphql } from '../../gql';
import { type PlatformRole } from '../../gql/graphql';
import { GraphQLRequestError, postGraphQL } from '../api/graphql-fetch';

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  organizationId?: string | null;
  roles: PlatformRole[];
}

export interface Session {
  accessToken: string;
  /** Epoch milliseconds. */
  accessTokenExpiresAt: number;
  refreshToken: string;
  user: SessionUser;
}

/** What every sign-in and refresh returns. */
export const SessionFieldsFragment = graphql(`
  fragment SessionFields on AuthPayload {
    accessToken
    accessTokenExpiresAt
    refreshToken
    user {
      id
      email
      displayName
      organizationId
      roles
    }
  }
`);

const LOGIN = graphql(`
  mutation SignIn($input: LoginInput!) {
    login(input: $input) {
      ...SessionFields
    }
  }
`);

const REFRESH = graphql(`
  mutation RefreshSession($input: RefreshSessionInput!) {
    refreshSession(input: $input) {
      ...SessionFields
    }
  }
`);

const LOGOUT = graphql(`
  mutation SignOut {
    logout
  }
`);

const STORAGE_KEY = 'vcp.session';
const LOCK_NAME = 'vcp.session.refresh';
/** Refresh this long before the access token expires, so no request goes out with a stale one. */
const REFRESH_MARGIN_MS = 60_000;

type Listener = (session: Session | null) => void;

interface AuthPayloadShape {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  user: SessionUser;
}

const toSession = (payload: AuthPayloadShape): Session => ({
  accessToken: payload.accessToken,
  accessTokenExpiresAt: Date.parse(payload.accessTokenExpiresAt),
  refreshToken: payload.refreshToken,
  user: { ...payload.user, roles: [...payload.user.roles] },
});

/**
 * The signed-in session: tokens kept in local storage so a reload or a second tab stays signed in,
 * the access token refreshed silently a minute before it expires. Refresh tokens rotate and a spent
 * one presented again ends the whole session, so refreshing is single-flight: one refresh at a time
 * in this tab, and across tabs under a Web Lock, after which a tab first adopts what another tab
 * already stored.
 */
export class SessionStore {
  private session: Session | null;
  private refreshing: Promise<Session | null> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<Listener>();

  constructor(private readonly storage: Storage = window.localStorage) {
    this.session = this.read();
    this.schedule();
    window.addEventListener('storage', (event) => {
      if (event.key !== STORAGE_KEY) return;
      // Another tab signed in, refreshed or signed out.
      this.update(this.read(), false);
    });
  }

  current(): Session | null {
    return this.session;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async signIn(email: string, password: string): Promise<Session> {
    const data = await postGraphQL(LOGIN, { input: { email, password } });
    const session = toSession(data.login);
    this.update(session);
    return session;
  }

  /** Ends the session on the server (best effort) and here. */
  async signOut(): Promise<void> {
    const token = this.session?.accessToken;
    this.update(null);
    if (token) await postGraphQL(LOGOUT, {}, token).catch(() => undefined);
  }

  /** Forgets the session without asking the server, e.g. when it answered UNAUTHENTICATED. */
  expire(): void {
    this.update(null);
  }

  /** A valid access token, refreshing first when it is about to expire; null when signed out. */
  async accessToken(): Promise<string | null> {
    const session = this.session;
    if (!session) return null;
    if (session.accessTokenExpiresAt - Date.now() > REFRESH_MARGIN_MS) return session.accessToken;
    return (await this.refresh())?.accessToken ?? null;
  }

  /** Exchanges the refresh token once, however many callers ask at the same time. */
  refresh(): Promise<Session | null> {
    this.refreshing ??= this.underLock(() => this.refreshNow()).finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async refreshNow(): Promise<Session | null> {
    const known = this.session;
    // Another tab may have refreshed while this one waited for the lock.
    const stored = this.read();
    if (stored && (!known || stored.refreshToken !== known.refreshToken)) {
      if (stored.accessTokenExpiresAt - Date.now() > REFRESH_MARGIN_MS) {
        this.update(stored, false);
        return stored;
      }
    }
    const current = stored ?? known;
    if (!current) return null;
    try {
      const data = await postGraphQL(REFRESH, { input: { refreshToken: current.refreshToken } });
      const session = toSession(data.refreshSession);
      this.update(session);
      return session;
    } catch (error) {
      if (error instanceof GraphQLRequestError) {
        // Expired, revoked or reused: the session is over.
        this.update(null);
        return null;
      }
      throw error;
    }
  }

  private async underLock<T>(work: () => Promise<T>): Promise<T> {
    // Web Locks exist in secure contexts (https, localhost); elsewhere one tab is all we can order.
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    if (!locks) return work();
    return (await locks.request(LOCK_NAME, work)) as T;
  }

  private update(session: Session | null, persist = true): void {
    this.session = session;
    if (persist) {
      if (session) this.storage.setItem(STORAGE_KEY, JSON.stringify(session));
      else this.storage.removeItem(STORAGE_KEY);
    }
    this.schedule();
    for (const listener of this.listeners) listener(session);
  }

  private schedule(): void {
    clearTimeout(this.timer);
    const session = this.session;
    if (!session) return;
    const delay = Math.max(0, session.accessTokenExpiresAt - Date.now() - REFRESH_MARGIN_MS);
    this.timer = setTimeout(() => void this.refresh().catch(() => undefined), delay);
  }

  private read(): Session | null {
    const raw = this.storage.getItem(STORAGE_KEY);
    if (!raw) return null;
    try {
      return JSON.parse(raw) as Session;
    } catch {
      return null;
    }
  }
}
