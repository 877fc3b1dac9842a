import { useQuery } from '@apollo/client/react';
import { Button, Code, Spoiler, Stack, Table, Text } from '@mantine/core';
import { graphql } from '../../../gql';
import { EmptyPanel } from '../../../shared/empty-panel';
import { formatDateTime, humanize } from '../../../shared/format';
import { LoadingPanel } from '../../../shared/loading-panel';
import { QueryError } from '../../../shared/query-error';

const AUDIT_TRAIL = graphql(`
  query ConsortiumAuditTrail($id: UUID!, $after: String) {
    consortium(id: $id) {
      id
      auditTrail(first: 25, after: $after) {
        nodes {
          id
          occurredAt
          action
          entityType
          entityId
          actorType
          actorId
          before
          after
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

/** Every change to the consortium, newest first: who, when, what, before and after. */
export function AuditTrail({ consortiumId }: { consortiumId: string }) {
  const { data, loading, error, refetch, fetchMore } = useQuery(AUDIT_TRAIL, {
    variables: { id: consortiumId },
  });
  if (error) return <QueryError error={error} retry={() => void refetch()} />;
  if (loading && !data) return <LoadingPanel label="Loading the audit trail…" />;
  const trail = data?.consortium.auditTrail;
  if (!trail)
    return <Text c="dimmed">Only the consortium's leads and operators read its audit trail.</Text>;
  if (!trail.nodes.length)
    return (
      <EmptyPanel
        title="No changes yet"
        description="Changes to the consortium and its members appear here."
      />
    );
  return (
    <Stack>
      <Table.ScrollContainer minWidth={640}>
        <Table aria-label="Audit trail" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">When</Table.Th>
              <Table.Th scope="col">What</Table.Th>
              <Table.Th scope="col">Who</Table.Th>
              <Table.Th scope="col">Change</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {trail.nodes.map((event) => (
              <Table.Tr key={event.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {formatDateTime(event.occurredAt)}
                </Table.Td>
                <Table.Td>
                  <Text fw={500}>{humanize(event.action)}</Text>
                  <Text size="xs" c="dimmed">
                    {humanize(event.entityType)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {event.actorType === 'USER' ? 'a person' : humanize(event.actorType)}
                  {event.actorId ? (
                    <Text size="xs" c="dimmed" ff="monospace">
                      {event.actorId.slice(0, 8)}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Spoiler maxHeight={44} showLabel="Show change" hideLabel="Hide">
                    <Code block fz="xs">
                      {describeChange(event.before, event.after)}
                    </Code>
                  </Spoiler>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {trail.pageInfo.hasNextPage ? (
        <Button
          variant="subtle"
          onClick={() =>
            void fetchMore({
              variables: { after: trail.pageInfo.endCursor },
              updateQuery: (previous, { fetchMoreResult }) => {
                const before = previous.consortium.auditTrail;
                const more = fetchMoreResult.consortium.auditTrail;
                if (!before || !more) return previous as typeof fetchMoreResult;
                return {
                  consortium: {
                    ...fetchMoreResult.consortium,
                    auditTrail: { ...more, nodes: [...before.nodes, ...more.nodes] },
                  },
                };
              },
            })
          }
        >
          Older changes
        </Button>
      ) : null}
    </Stack>
  );
}

/** The fields that changed, as `field: before → after`; a creation lists what was set. */
function describeChange(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
): string {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  const show = (value: unknown) => (value === undefined ? '—' : JSON.stringify(value));
  const lines = keys
    .filter((key) => JSON.stringify(before?.[key]) !== JSON.stringify(after?.[key]))
    .map((key) =>
      before
        ? `${key}: ${show(before[key])} → ${show(after?.[key])}`
        : `${key}: ${show(after?.[key])}`,
    );
  return lines.length ? lines.join('\n') : 'no field changed';
}
