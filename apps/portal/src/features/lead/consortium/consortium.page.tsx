import { useQuery } from '@apollo/client/react';
import { Badge, Group, Tabs, Text } from '@mantine/core';
import { useParams, useSearchParams } from 'react-router-dom';
import { graphql } from '../../../gql';
import { LoadingPanel } from '../../../shared/loading-panel';
import { PageHeader } from '../../../shared/page-header';
import { QueryError } from '../../../shared/query-error';
import { statusColor } from '../consortium-status';
import { ActivationChecklist } from './activation-checklist';
import { AuditTrail } from './audit-trail';
import { ComputeUse } from './compute-use';
import { HardwarePlan } from './hardware-plan';
import { MembersTable } from './members/members-table';
import { PendingInvitations } from './members/pending-invitations';
import { ResearchersHours } from './researchers-hours';

const CONSORTIUM = graphql(`
  query ConsortiumOverview($id: UUID!) {
    consortium(id: $id) {
      id
      name
      status
      statusReason
      myAccess
      regions
      vertical {
        code
        name
      }
      anchor {
        id
        name
      }
      activationGaps {
        requirement
        message
        actual
        required
      }
    }
  }
`);

const TABS = [
  { value: 'overview', label: 'Overview' },
  { value: 'members', label: 'Members' },
  { value: 'invitations', label: 'Invitations' },
  { value: 'audit', label: 'Audit trail' },
  { value: 'researchers', label: 'Researchers' },
  { value: 'compute', label: 'Hardware plan' },
  { value: 'compute-use', label: 'Compute use', managersOnly: true },
] as const;

/**
 * A consortium's management screen: checklist, members, invitations, audit, people, hardware plan
 * and, for those who run it, the compute its reservations took.
 */
export function ConsortiumPage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'overview';
  const { data, loading, error, refetch } = useQuery(CONSORTIUM, { variables: { id } });

  if (error) return <QueryError error={error} retry={() => void refetch()} />;
  if (loading && !data) return <LoadingPanel label="Loading the consortium…" />;
  if (!data) return null;
  const consortium = data.consortium;
  const canManage = ['LEAD', 'MANAGER', 'OPERATOR'].includes(consortium.myAccess);

  return (
    <>
      <PageHeader
        title={consortium.name}
        description={
          <Group gap="xs" component="span">
            <Badge color={statusColor(consortium.status)}>{consortium.status}</Badge>
            <Text span c="dimmed">
              {consortium.vertical.name} · anchored by {consortium.anchor.name}
            </Text>
          </Group>
        }
      />
      <Tabs
        value={tab}
        onChange={(value) => setParams(value && value !== 'overview' ? { tab: value } : {})}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          {TABS.filter((t) => canManage || !('managersOnly' in t)).map((t) => (
            <Tabs.Tab key={t.value} value={t.value}>
              {t.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="overview">
          <ActivationChecklist consortium={consortium} />
        </Tabs.Panel>
        <Tabs.Panel value="members">
          <MembersTable consortiumId={consortium.id} canManage={canManage} />
        </Tabs.Panel>
        <Tabs.Panel value="invitations">
          <PendingInvitations consortiumId={consortium.id} canManage={canManage} />
        </Tabs.Panel>
        <Tabs.Panel value="audit">
          <AuditTrail consortiumId={consortium.id} />
        </Tabs.Panel>
        <Tabs.Panel value="researchers">
          <ResearchersHours consortiumId={consortium.id} />
        </Tabs.Panel>
        <Tabs.Panel value="compute">
          <HardwarePlan consortiumId={consortium.id} />
        </Tabs.Panel>
        {canManage ? (
          <Tabs.Panel value="compute-use">
            <ComputeUse consortiumId={consortium.id} />
          </Tabs.Panel>
        ) : null}
      </Tabs>
    </>
  );
}
