import { PageHeader } from '../../../shared/page-header';

export function OrganizationRegistryPage() {
  return <PageHeader title="Organisation registry" />;
}
