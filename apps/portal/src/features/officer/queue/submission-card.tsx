import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  List,
  Modal,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { graphql } from '../../../gql';
import { type OfficerQueueQuery } from '../../../gql/graphql';
import { formatDate, formatDateTime, humanize } from '../../../shared/format';
import { errorMessage } from '../../../shared/server-errors';
import { useServerErrors } from '../../../shared/use-server-errors';

type Submission = OfficerQueueQuery['officerQueue'][number];

const APPROVE = graphql(`
  mutation ApproveSubmission($id: UUID!, $acknowledgeCompeting: Boolean!) {
    approveEngagement(id: $id, acknowledgeCompeting: $acknowledgeCompeting) {
      id
      status
    }
  }
`);

const REJECT = graphql(`
  mutation RejectSubmission($id: UUID!, $reason: String!) {
    rejectEngagement(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

const COMPETING = graphql(`
  query CompetingEngagement($id: UUID!) {
    engagement(id: $id) {
      id
      status
      host {
        id
        name
      }
      consortium {
        id
        name
      }
    }
  }
`);

function CompetingItem({ id }: { id: string }) {
  const { data, error } = useQuery(COMPETING, { variables: { id } });
  if (error) return <List.Item>Another engagement ({errorMessage(error)})</List.Item>;
  if (!data) return <List.Item>Loading…</List.Item>;
  const e = data.engagement;
  return (
    <List.Item>
      {e.host.name} in {e.consortium.name} ({humanize(e.status).toLowerCase()})
    </List.Item>
  );
}

/** One submission: the terms, the disclosure, a competing flag to acknowledge, approve or reject. */
export function SubmissionCard({
  engagement,
  onDecided,
}: {
  engagement: Submission;
  onDecided: () => void;
}) {
  const [acknowledged, setAcknowledged] = useState(false);
  const [approveError, setApproveError] = useState<string | null>(null);
  const [approve, approving] = useMutation(APPROVE);
  const [reject, rejecting] = useMutation(REJECT);
  const [rejectOpen, rejectModal] = useDisclosure(false);
  const rejectForm = useForm({
    initialValues: { reason: '' },
    validate: { reason: (value) => (value.trim() ? null : 'Say why, for the researcher') },
  });
  const rejectErrors = useServerErrors(rejectForm, ['reason'] as const);
  const disclosure = engagement.disclosures?.[0];
  const who = engagement.researcher.displayName;

  const onApprove = async () => {
    setApproveError(null);
    try {
      await approve({
        variables: { id: engagement.id, acknowledgeCompeting: acknowledged },
      });
      notifications.show({ color: 'green', message: `${who}'s engagement is approved.` });
      onDecided();
    } catch (e) {
      setApproveError(errorMessage(e));
    }
  };

  const onReject = rejectForm.onSubmit(async ({ reason }) => {
    rejectErrors.clear();
    try {
      await reject({ variables: { id: engagement.id, reason: reason.trim() } });
      rejectModal.close();
      notifications.show({ message: `${who}'s engagement is rejected.` });
      onDecided();
    } catch (e) {
      rejectErrors.report(e, 'reason');
    }
  });

  return (
    <Card withBorder component="article" aria-label={`Submission of ${who}`}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Text fw={600}>{who}</Text>
          <Text size="sm" c="dimmed">
            {engagement.researcher.department}, {engagement.researcher.university.name}
          </Text>
        </div>
        {engagement.competingFlag ? <Badge color="orange">Competing firm</Badge> : null}
      </Group>
      <Text mt="sm">
        {engagement.role} at <b>{engagement.host.name}</b> ({engagement.consortium.name},{' '}
        {engagement.consortium.vertical.name})
      </Text>
      <Text size="sm">
        {engagement.committedHoursPerWeek} h/week, {humanize(engagement.payType).toLowerCase()},
        from {formatDate(engagement.startDate)}
        {engagement.endDate ? ` to ${formatDate(engagement.endDate)}` : ', open-ended'}; submitted{' '}
        {engagement.submittedAt ? formatDateTime(engagement.submittedAt) : '—'}
      </Text>
      {disclosure ? (
        <Text size="sm" mt="xs">
          Disclosure v{disclosure.version}: pay {humanize(disclosure.payBand).toLowerCase()};{' '}
          {disclosure.holdsEquity ? `equity: ${disclosure.equityDetails ?? ''}` : 'no equity'};{' '}
          {disclosure.familyTies
            ? `family ties: ${disclosure.familyDetails ?? ''}`
            : 'no family ties'}
        </Text>
      ) : null}

      {engagement.competingFlag ? (
        <Alert color="orange" mt="md" title="Competes with another engagement">
          <Text size="sm">{who} already works in the same vertical for another consortium:</Text>
          <List size="sm" mb="xs">
            {engagement.competingEngagementIds.map((id) => (
              <CompetingItem key={id} id={id} />
            ))}
          </List>
          <Checkbox
            label="I have reviewed the competing engagement and approve this one anyway"
            checked={acknowledged}
            onChange={(event) => setAcknowledged(event.currentTarget.checked)}
          />
        </Alert>
      ) : null}

      {approveError ? (
        <Alert color="red" mt="md" role="alert">
          {approveError}
        </Alert>
      ) : null}
      <Group mt="md">
        <Button
          onClick={() => void onApprove()}
          loading={approving.loading}
          disabled={engagement.competingFlag && !acknowledged}
        >
          Approve
        </Button>
        <Button variant="light" color="red" onClick={rejectModal.open}>
          Reject
        </Button>
      </Group>

      <Modal opened={rejectOpen} onClose={rejectModal.close} title={`Reject ${who}'s engagement`}>
        <form onSubmit={onReject} noValidate>
          <Stack gap="sm">
            {rejectErrors.formError ? (
              <Alert color="red" role="alert">
                {rejectErrors.formError}
              </Alert>
            ) : null}
            <Textarea
              label="Reason"
              description="The researcher sees it."
              withAsterisk
              autosize
              minRows={3}
              data-autofocus
              {...rejectForm.getInputProps('reason')}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={rejectModal.close}>
                Keep it
              </Button>
              <Button type="submit" color="red" loading={rejecting.loading}>
                Reject engagement
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Card>
  );
}
