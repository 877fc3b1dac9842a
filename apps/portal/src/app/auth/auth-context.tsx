import { createContext, use, useEffect, useMemo, useState, type ReactNode } from 'react';
import { type PlatformRole } from '../../gql/graphql';
import { type Session, type SessionStore } from './session-store';

export interface Auth {
  session: Session | null;
  signIn(email: string, password: string): Promise<Session>;
  signOut(): Promise<void>;
  hasAnyRole(roles: readonly PlatformRole[]): boolean;
}

const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({
  sessions,
  children,
}: {
  sessions: SessionStore;
  children: ReactNode;
}) {
  const [session, setSession] = useState(() => sessions.current());
  useEffect(() => sessions.subscribe(setSession), [sessions]);
  const auth = useMemo<Auth>(
    () => ({
      session,
      signIn: (email, password) => sessions.signIn(email, password),
      signOut: () => sessions.signOut(),
      hasAnyRole: (roles) => !!session && session.user.roles.some((role) => roles.includes(role)),
    }),
    [session, sessions],
  );
  return <AuthContext value={auth}>{children}</AuthContext>;
}

export function useAuth(): Auth {
  const auth = use(AuthContext);
  if (!auth) throw new Error('useAuth() needs an <AuthProvider> above it');
  return auth;
}
