import { type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { type PlatformRole } from '../../gql/graphql';
import { EmptyPanel } from '../../shared/empty-panel';
import { useAuth } from './auth-context';

/** Sends signed-out visitors to the sign-in page, remembering where they were going. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { session } = useAuth();
  const location = useLocation();
  if (!session)
    return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  return children;
}

/** Shows the screen only to the roles it is for; the server checks again on every request. */
export function RequireRole({
  roles,
  children,
}: {
  roles: readonly PlatformRole[];
  children: ReactNode;
}) {
  const { hasAnyRole } = useAuth();
  if (!hasAnyRole(roles))
    return (
      <EmptyPanel
        title="Not available to your account"
        description="This screen belongs to another role. Use the navigation to reach yours."
      />
    );
  return children;
}
