import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Table, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { graphql } from '../../../gql';
import { EmptyPanel } from '../../../shared/empty-panel';
import { formatDate, humanize } from '../../../shared/format';
import { LoadingPanel } from '../../../shared/loading-panel';
import { PageHeader } from '../../../shared/page-header';
import { QueryError } from '../../../shared/query-error';
import { ENGAGEMENT_NEXT, engagementColor } from '../engagement-status';

const MY_ENGAGEMENTS = graphql(`
  query ResearcherEngagements {
    myResearcherProfile {
      id
      displayName
      weeklyCapHours
      university {
        id
        name
      }
    }
    engagements(first: 50) {
      nodes {
        id
        status
        role
        startDate
        endDate
        committedHoursPerWeek
        consortium {
          id
          name
        }
        host {
          id
          name
        }
      }
    }
  }
`);

/** The researcher's engagements with firms, each with its state and what comes next. */
export function MyEngagementsPage() {
  const { data, loading, error, refetch } = useQuery(MY_ENGAGEMENTS);
  if (error) return <QueryError error={error} retry={() => void refetch()} />;
  if (loading || !data) return <LoadingPanel label="Loading your engagements…" />;
  const profile = data.myResearcherProfile;
  const engagements = data.engagements.nodes;
  return (
    <>
      <PageHeader
        title="My engagements"
        description={
          profile
            ? `${profile.university.name}: at most ${profile.weeklyCapHours} h a week across engagements.`
            : undefined
        }
        actions={
          <Button component={Link} to="/researcher/hours" variant="light">
            Log hours
          </Button>
        }
      />
      {!profile ? (
        <EmptyPanel
          title="No researcher profile yet"
          description="Register your researcher profile at your university (department, rank, ORCID iD); your university officer or the program operator can help."
        />
      ) : engagements.length === 0 ? (
        <EmptyPanel
          title="No engagements yet"
          description="A consortium's firm drafts an engagement with you; ask the firm or the consortium lead to start one."
        />
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped highlightOnHover aria-label="My engagements">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Firm and consortium</Table.Th>
                <Table.Th>Role</Table.Th>
                <Table.Th>Period</Table.Th>
                <Table.Th>h/week</Table.Th>
                <Table.Th>State</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {engagements.map((engagement) => (
                <Table.Tr key={engagement.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/researcher/engagements/${engagement.id}`}>
                      {engagement.host.name}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {engagement.consortium.name}
                    </Text>
                  </Table.Td>
                  <Table.Td>{engagement.role}</Table.Td>
                  <Table.Td>
                    {formatDate(engagement.startDate)} –{' '}
                    {engagement.endDate ? formatDate(engagement.endDate) : 'open-ended'}
                  </Table.Td>
                  <Table.Td>{engagement.committedHoursPerWeek}</Table.Td>
                  <Table.Td>
                    <Badge color={engagementColor(engagement.status)}>
                      {humanize(engagement.status)}
                    </Badge>
                    <Text size="xs" c="dimmed">
                      {ENGAGEMENT_NEXT[engagement.status]}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}
