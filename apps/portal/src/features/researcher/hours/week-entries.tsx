import { useQuery } from '@apollo/client/react';
import { Table, Text } from '@mantine/core';
import { graphql } from '../../../gql';
import { formatDate, humanize } from '../../../shared/format';
import { errorMessage } from '../../../shared/server-errors';

const ENGAGEMENT_WEEK = graphql(`
  query ResearcherEngagementWeek($id: UUID!) {
    engagement(id: $id) {
      id
      hourLogs(first: 60) {
        id
        workDate
        hours
        activityType
        note
        isoWeek
      }
    }
  }
`);

/** One engagement's current entries in an ISO week; nothing when it has none there. */
export function WeekEntries({
  engagementId,
  firm,
  week,
}: {
  engagementId: string;
  firm: string;
  week: string;
}) {
  const { data, error } = useQuery(ENGAGEMENT_WEEK, { variables: { id: engagementId } });
  if (error)
    return (
      <Text size="sm" c="red">
        {firm}: {errorMessage(error)}
      </Text>
    );
  const entries = (data?.engagement.hourLogs ?? []).filter((log) => log.isoWeek === week);
  if (entries.length === 0) return null;
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table aria-label={`Hours for ${firm} in ${week}`}>
        <Table.Caption>{firm}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Day</Table.Th>
            <Table.Th>Activity</Table.Th>
            <Table.Th>Hours</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.id}>
              <Table.Td>{formatDate(entry.workDate)}</Table.Td>
              <Table.Td>
                {humanize(entry.activityType)}
                {entry.note ? ` — ${entry.note}` : ''}
              </Table.Td>
              <Table.Td>{entry.hours}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
