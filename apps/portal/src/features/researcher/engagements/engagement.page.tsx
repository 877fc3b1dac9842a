import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { graphql } from '../../../gql';
import { formatDate, formatDateTime, humanize } from '../../../shared/format';
import { LoadingPanel } from '../../../shared/loading-panel';
import { PageHeader } from '../../../shared/page-header';
import { QueryError } from '../../../shared/query-error';
import { errorMessage } from '../../../shared/server-errors';
import { ENGAGEMENT_NEXT, engagementColor } from '../engagement-status';
import { DisclosureForm } from './disclosure-form';

const ENGAGEMENT = graphql(`
  query ResearcherEngagement($id: UUID!) {
    engagement(id: $id) {
      id
      status
      statusReason
      role
      payType
      startDate
      endDate
      committedHoursPerWeek
      submittedAt
      approvedOn
      consortium {
        id
        name
      }
      host {
        id
        name
      }
      disclosures {
        id
        version
        declaredAt
        payBand
        holdsEquity
        equityDetails
        familyTies
        familyDetails
      }
    }
  }
`);

const SUBMIT_ENGAGEMENT = graphql(`
  mutation SubmitMyEngagement($id: UUID!) {
    submitEngagement(id: $id) {
      id
      status
      submittedAt
      approvedOn
    }
  }
`);

/** One engagement: its terms and state, the disclosure (each change a new version), submission. */
export function EngagementPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ENGAGEMENT, { variables: { id } });
  const [submit, submitting] = useMutation(SUBMIT_ENGAGEMENT);
  const [submitError, setSubmitError] = useState<string | null>(null);

  if (error) return <QueryError error={error} retry={() => void refetch()} />;
  if (loading || !data) return <LoadingPanel label="Loading the engagement…" />;
  const engagement = data.engagement;
  const versions = engagement.disclosures ?? [];
  const current = versions[0];

  const onSubmit = async () => {
    setSubmitError(null);
    try {
      const result = await submit({ variables: { id } });
      notifications.show({
        color: 'green',
        message: `Submitted: the engagement is ${humanize(result.data?.submitEngagement.status ?? 'SUBMITTED').toLowerCase()}.`,
      });
      await refetch();
    } catch (e) {
      setSubmitError(errorMessage(e));
    }
  };

  return (
    <>
      <PageHeader
        title={`${engagement.host.name}`}
        description={engagement.consortium.name}
        actions={
          <Badge size="lg" color={engagementColor(engagement.status)}>
            {humanize(engagement.status)}
          </Badge>
        }
      />
      <Stack gap="lg">
        <Card withBorder>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Field label="Role" value={engagement.role} />
            <Field
              label="Period"
              value={`${formatDate(engagement.startDate)} – ${engagement.endDate ? formatDate(engagement.endDate) : 'open-ended'}`}
            />
            <Field
              label="Commitment"
              value={`${engagement.committedHoursPerWeek} h/week, ${humanize(engagement.payType).toLowerCase()}`}
            />
          </SimpleGrid>
          <Text size="sm" mt="sm">
            {ENGAGEMENT_NEXT[engagement.status]}
          </Text>
          {engagement.statusReason ? (
            <Alert color="red" mt="sm" title="Reason">
              {engagement.statusReason}
            </Alert>
          ) : null}
          {engagement.status === 'DRAFT' ? (
            <Stack gap="xs" mt="md">
              {submitError ? (
                <Alert color="red" role="alert">
                  {submitError}
                </Alert>
              ) : null}
              <Group>
                <Button onClick={() => void onSubmit()} loading={submitting.loading}>
                  Submit for approval
                </Button>
                {!current ? (
                  <Text size="sm" c="dimmed">
                    Declare your disclosure below first.
                  </Text>
                ) : null}
              </Group>
            </Stack>
          ) : null}
        </Card>

        <Card withBorder>
          <Title order={3} size="h4" mb="xs">
            Disclosure {current ? `(version ${current.version})` : ''}
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            Conflicts of interest with {engagement.host.name}. Each change is kept as a new version.
          </Text>
          <DisclosureForm engagementId={engagement.id} current={current} onSaved={refetch} />
        </Card>

        {versions.length > 0 ? (
          <Card withBorder>
            <Title order={3} size="h4" mb="xs">
              Disclosure history
            </Title>
            <Stack gap={4} component="ol" style={{ paddingLeft: 0, listStyle: 'none' }}>
              {versions.map((version) => (
                <Text component="li" size="sm" key={version.id}>
                  Version {version.version}, {formatDateTime(version.declaredAt)}: pay{' '}
                  {humanize(version.payBand).toLowerCase()}
                  {version.holdsEquity ? `; equity: ${version.equityDetails ?? ''}` : '; no equity'}
                  {version.familyTies
                    ? `; family ties: ${version.familyDetails ?? ''}`
                    : '; no family ties'}
                </Text>
              ))}
            </Stack>
          </Card>
        ) : null}
      </Stack>
    </>
  );
}

function Field({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text>{value}</Text>
    </div>
  );
}
