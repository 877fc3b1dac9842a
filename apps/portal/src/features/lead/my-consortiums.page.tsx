import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Card, Group, SimpleGrid, Text } from '@mantine/core';
import { Link, Navigate } from 'react-router-dom';
import { graphql } from '../../gql';
import { EmptyPanel } from '../../shared/empty-panel';
import { LoadingPanel } from '../../shared/loading-panel';
import { PageHeader } from '../../shared/page-header';
import { QueryError } from '../../shared/query-error';
import { statusColor } from './consortium-status';

const MY_ORGANIZATION = graphql(`
  query MyOrganization {
    me {
      id
      organizationId
    }
  }
`);

const ANCHORED_CONSORTIUMS = graphql(`
  query AnchoredConsortiums($anchorOrganizationId: UUID!) {
    consortiums(filter: { anchorOrganizationId: $anchorOrganizationId }, first: 50) {
      nodes {
        id
        name
        status
        myAccess
        vertical {
          code
          name
        }
      }
    }
  }
`);

/** The consortiums the lead's firm anchors; with one, it opens straight away. */
export function MyConsortiumsPage() {
  const me = useQuery(MY_ORGANIZATION);
  const organizationId = me.data?.me.organizationId;
  const list = useQuery(ANCHORED_CONSORTIUMS, {
    variables: { anchorOrganizationId: organizationId ?? '' },
    skip: !organizationId,
  });

  if (me.error) return <QueryError error={me.error} retry={() => void me.refetch()} />;
  if (list.error) return <QueryError error={list.error} retry={() => void list.refetch()} />;
  if (me.loading || list.loading) return <LoadingPanel label="Loading your consortiums…" />;
  const led = (list.data?.consortiums.nodes ?? []).filter((c) =>
    ['LEAD', 'MANAGER', 'OPERATOR'].includes(c.myAccess),
  );
  if (led.length === 1 && led[0]) return <Navigate to={`/consortiums/${led[0].id}`} replace />;

  return (
    <>
      <PageHeader title="My consortiums" description="Consortiums your firm anchors." />
      {led.length === 0 ? (
        <EmptyPanel
          title="No consortium to manage yet"
          description="Your account leads no consortium. The program operator creates a consortium for a mid-sized anchor firm and names its lead."
        />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {led.map((consortium) => (
            <Card key={consortium.id} withBorder>
              <Group justify="space-between" wrap="nowrap">
                <Anchor component={Link} to={`/consortiums/${consortium.id}`} fw={600}>
                  {consortium.name}
                </Anchor>
                <Badge color={statusColor(consortium.status)}>{consortium.status}</Badge>
              </Group>
              <Text size="sm" c="dimmed">
                {consortium.vertical.name}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
      )}
    </>
  );
}
