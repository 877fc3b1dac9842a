import { PageHeader } from '../../../shared/page-header';

export function IntegratorCertificationPage() {
  return <PageHeader title="Integrator certification" />;
}
