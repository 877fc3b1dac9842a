import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { graphql } from '../../../gql';
import { useServerErrors } from '../../../shared/use-server-errors';

const REVOKE = graphql(`
  mutation RevokeEngagement($id: UUID!, $reason: String!) {
    revokeEngagement(id: $id, reason: $reason) {
      id
      status
      statusReason
    }
  }
`);

/** Revoke one live engagement, with a reason the researcher sees. */
export function RevokeEngagement({
  engagementId,
  researcherName,
  hostName,
  role,
  onRevoked,
}: {
  engagementId: string;
  researcherName: string;
  hostName: string;
  role: string;
  onRevoked: () => void;
}) {
  const [revoke, revoking] = useMutation(REVOKE);
  const [opened, modal] = useDisclosure(false);
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (value) => (value.trim() ? null : 'Say why, for the researcher') },
  });
  const errors = useServerErrors(form, ['reason'] as const);
  const what = `${researcherName}'s engagement at ${hostName}`;

  const close = () => {
    modal.close();
    form.reset();
    errors.clear();
  };

  const onSubmit = form.onSubmit(async ({ reason }) => {
    errors.clear();
    try {
      await revoke({ variables: { id: engagementId, reason: reason.trim() } });
      close();
      notifications.show({ message: `${what} is revoked.` });
      onRevoked();
    } catch (e) {
      errors.report(e, 'reason');
    }
  });

  return (
    <>
      <Button
        size="compact-xs"
        variant="light"
        color="red"
        style={{ flexShrink: 0 }}
        onClick={modal.open}
        // Several engagements can share a firm; the role tells them apart.
        aria-label={`Revoke ${what} (${role})`}
      >
        Revoke
      </Button>
      <Modal opened={opened} onClose={close} title={`Revoke ${what}`}>
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="sm">
            <Text size="sm">
              {role}. It stops at once, and its hours no longer count against the weekly cap.
            </Text>
            {errors.formError ? (
              <Alert color="red" role="alert">
                {errors.formError}
              </Alert>
            ) : null}
            <Textarea
              label="Reason"
              description="The researcher sees it."
              withAsterisk
              autosize
              minRows={3}
              data-autofocus
              {...form.getInputProps('reason')}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Keep it
              </Button>
              <Button type="submit" color="red" loading={revoking.loading}>
                Revoke engagement
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
