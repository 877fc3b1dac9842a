import { useQuery } from '@apollo/client/react';
import { Group, Progress, Stack, Table, Text } from '@mantine/core';
import { graphql } from '../../../gql';
import { type EngagementStatus } from '../../../gql/graphql';
import { humanize } from '../../../shared/format';
import { EmptyPanel } from '../../../shared/empty-panel';
import { LoadingPanel } from '../../../shared/loading-panel';
import { PageHeader } from '../../../shared/page-header';
import { QueryError } from '../../../shared/query-error';
import { RevokeEngagement } from './revoke-engagement';

const OFFICER_UNIVERSITY = graphql(`
  query OfficerUniversity {
    me {
      id
      organizationId
    }
  }
`);

const FACULTY = graphql(`
  query FacultyOverview($universityId: UUID!) {
    organization(id: $universityId) {
      id
      name
    }
    faculty(universityId: $universityId) {
      researcherId
      displayName
      activeEngagements
      committedHoursPerWeek
      hoursThisWeek
      hoursThisMonth
      researcher {
        id
        department
        rank
        weeklyCapHours
      }
    }
    engagements(filter: { universityId: $universityId }, first: 100) {
      nodes {
        id
        status
        role
        committedHoursPerWeek
        researcher {
          id
        }
        host {
          id
          name
        }
      }
    }
  }
`);

/** The engagements an officer may still revoke: approved or under way. */
const LIVE: readonly EngagementStatus[] = ['APPROVED', 'ACTIVE'];

/** The university's researchers: engagements, commitments and the hours they log. */
export function FacultyPage() {
  const me = useQuery(OFFICER_UNIVERSITY);
  const universityId = me.data?.me.organizationId;
  const faculty = useQuery(FACULTY, {
    variables: { universityId: universityId ?? '' },
    skip: !universityId,
  });
  if (me.error) return <QueryError error={me.error} retry={() => void me.refetch()} />;
  if (faculty.error)
    return <QueryError error={faculty.error} retry={() => void faculty.refetch()} />;
  // A refetch after a revocation keeps the table in place rather than flashing the loader.
  if (me.loading || (faculty.loading && !faculty.data))
    return <LoadingPanel label="Loading the faculty…" />;
  if (!universityId || !faculty.data)
    return (
      <>
        <PageHeader title="Faculty overview" />
        <EmptyPanel
          title="No university on your account"
          description="Officers see their own university's faculty. Ask the program operator to attach your account to your university."
        />
      </>
    );
  const members = faculty.data.faculty;
  const live = faculty.data.engagements.nodes.filter((e) => LIVE.includes(e.status));
  return (
    <>
      <PageHeader
        title="Faculty overview"
        description={`${faculty.data.organization.name}: researchers with outside engagements, their commitments and hours (Korea time).`}
      />
      {members.length === 0 ? (
        <EmptyPanel
          title="No researchers registered"
          description="Researchers register their profile at the university before firms can engage them."
        />
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped aria-label="Faculty">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Researcher</Table.Th>
                <Table.Th>Engagements</Table.Th>
                <Table.Th>Committed h/week</Table.Th>
                <Table.Th>This week</Table.Th>
                <Table.Th>This month</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {members.map((member) => {
                const cap = member.researcher.weeklyCapHours;
                const engagements = live.filter((e) => e.researcher.id === member.researcherId);
                return (
                  <Table.Tr key={member.researcherId}>
                    <Table.Td>
                      <Text>{member.displayName}</Text>
                      <Text size="xs" c="dimmed">
                        {member.researcher.department}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{member.activeEngagements} active</Text>
                      {engagements.length ? (
                        <Stack gap={4} mt={4}>
                          {engagements.map((e) => (
                            <Group key={e.id} gap="xs" wrap="nowrap" justify="space-between">
                              <Text size="xs">
                                {e.host.name}: {e.role} ({e.committedHoursPerWeek} h/week,{' '}
                                {humanize(e.status).toLowerCase()})
                              </Text>
                              <RevokeEngagement
                                engagementId={e.id}
                                researcherName={member.displayName}
                                hostName={e.host.name}
                                role={e.role}
                                onRevoked={() => void faculty.refetch()}
                              />
                            </Group>
                          ))}
                        </Stack>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      {member.committedHoursPerWeek} of {cap}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {member.hoursThisWeek} of {cap} h
                      </Text>
                      <Progress
                        value={cap > 0 ? Math.min(100, (member.hoursThisWeek / cap) * 100) : 0}
                        color={member.hoursThisWeek >= cap ? 'red' : 'teal'}
                        aria-label={`${member.displayName}: ${member.hoursThisWeek} of ${cap} hours this week`}
                      />
                    </Table.Td>
                    <Table.Td>{member.hoursThisMonth} h</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}
