import { Navigate } from 'react-router-dom';
import { EmptyPanel } from '../shared/empty-panel';
import { useNavigation } from './layout/portal-layout';

/** Opens the first screen the person's roles allow. */
export function HomePage() {
  const first = useNavigation()[0]?.[1][0];
  if (first) return <Navigate to={first.path} replace />;
  return (
    <EmptyPanel
      title="Nothing here for your account yet"
      description="Your roles do not include a portal screen. Ask your organisation's admin or the program operator for access."
    />
  );
}
