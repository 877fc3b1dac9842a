import { useQuery } from '@apollo/client/react';
import { Badge, Table, Text } from '@mantine/core';
import { graphql } from '../../../gql';
import { EmptyPanel } from '../../../shared/empty-panel';
import { formatCount } from '../../../shared/format';
import { LoadingPanel } from '../../../shared/loading-panel';
import { QueryError } from '../../../shared/query-error';

const RESEARCHERS = graphql(`
  query ConsortiumResearchers($consortiumId: UUID!) {
    consortiumResearchers(consortiumId: $consortiumId) {
      engagementId
      displayName
      status
      committedHoursPerWeek
      hoursThisMonth
      hoursTotal
      researcher {
        id
        department
        university {
          id
          name
        }
      }
      engagement {
        id
        role
        host {
          id
          name
        }
      }
    }
  }
`);

/** University researchers working for the consortium's firms, with their committed and logged hours. */
export function ResearchersHours({ consortiumId }: { consortiumId: string }) {
  const { data, loading, error, refetch } = useQuery(RESEARCHERS, { variables: { consortiumId } });
  if (error) return <QueryError error={error} retry={() => void refetch()} />;
  if (loading && !data) return <LoadingPanel label="Loading researchers…" />;
  const researchers = data?.consortiumResearchers ?? [];
  if (!researchers.length)
    return (
      <EmptyPanel
        title="No researchers yet"
        description="Researchers appear once their university approves an engagement with one of the consortium's firms."
      />
    );
  const total = researchers.reduce((sum, r) => sum + r.hoursThisMonth, 0);
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table aria-label="Researchers and hours" striped>
        <Table.Caption>{formatCount(total)} hours logged this month in all</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Researcher</Table.Th>
            <Table.Th scope="col">Firm and role</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col" ta="right">
              Committed h/week
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Hours this month
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Hours in all
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {researchers.map((r) => (
            <Table.Tr key={r.engagementId}>
              <Table.Td>
                <Text fw={500}>{r.displayName}</Text>
                <Text size="xs" c="dimmed">
                  {r.researcher.university.name} · {r.researcher.department}
                </Text>
              </Table.Td>
              <Table.Td>
                {r.engagement.host.name}
                <Text size="xs" c="dimmed">
                  {r.engagement.role}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge
                  variant="light"
                  color={r.status === 'ACTIVE' ? 'green' : r.status === 'ENDED' ? 'gray' : 'blue'}
                >
                  {r.status}
                </Badge>
              </Table.Td>
              <Table.Td ta="right">{formatCount(r.committedHoursPerWeek)}</Table.Td>
              <Table.Td ta="right">{formatCount(r.hoursThisMonth)}</Table.Td>
              <Table.Td ta="right">{formatCount(r.hoursTotal)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
