import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { type ConsortiumMembersQuery } from '../../../../gql/graphql';
import { useServerErrors } from '../../../../shared/use-server-errors';
import { REINSTATE_MEMBERSHIP, REMOVE_MEMBERSHIP, SUSPEND_MEMBERSHIP } from './members.operations';

export type MemberRow = NonNullable<
  ConsortiumMembersQuery['consortium']['members']
>['nodes'][number];
export type MemberAction = 'suspend' | 'reinstate' | 'remove' | 'withdraw';

const COPY: Record<
  MemberAction,
  { title: string; confirm: string; reason: 'required' | 'optional' | 'none'; done: string }
> = {
  suspend: { title: 'Suspend member', confirm: 'Suspend', reason: 'required', done: 'suspended' },
  reinstate: {
    title: 'Reinstate member',
    confirm: 'Reinstate',
    reason: 'none',
    done: 'reinstated',
  },
  remove: { title: 'Remove member', confirm: 'Remove', reason: 'optional', done: 'removed' },
  withdraw: {
    title: 'Withdraw invitation',
    confirm: 'Withdraw',
    reason: 'optional',
    done: 'no longer invited',
  },
};

/** Refreshed after any change to members: the lists, the checklist and the audit trail. */
export const AFTER_MEMBERSHIP_CHANGE = [
  'ConsortiumMembers',
  'ConsortiumOverview',
  'ConsortiumAuditTrail',
];

/** Confirms a change to one membership, asking for the reason the audit trail keeps. */
export function MemberActionModal({
  action,
  onClose,
}: {
  action: { kind: MemberAction; member: MemberRow } | null;
  onClose: () => void;
}) {
  const form = useForm({ initialValues: { reason: '' } });
  const errors = useServerErrors(form, ['reason']);
  const options = { refetchQueries: AFTER_MEMBERSHIP_CHANGE, awaitRefetchQueries: true };
  const [suspend, suspending] = useMutation(SUSPEND_MEMBERSHIP, options);
  const [reinstate, reinstating] = useMutation(REINSTATE_MEMBERSHIP, options);
  const [remove, removing] = useMutation(REMOVE_MEMBERSHIP, options);
  const busy = suspending.loading || reinstating.loading || removing.loading;

  useEffect(() => {
    form.reset();
    errors.clear();
    // Reset whenever another member or action is chosen.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [action]);

  if (!action) return <Modal opened={false} onClose={onClose} title="" />;
  const copy = COPY[action.kind];
  const name = action.member.organization.name;

  const submit = form.onSubmit(async ({ reason }) => {
    const id = action.member.id;
    const trimmed = reason.trim();
    if (copy.reason === 'required' && !trimmed) {
      form.setFieldError('reason', 'Give a reason; the member and the audit trail see it.');
      return;
    }
    try {
      if (action.kind === 'suspend') await suspend({ variables: { id, reason: trimmed } });
      else if (action.kind === 'reinstate') await reinstate({ variables: { id } });
      else await remove({ variables: { id, reason: trimmed || null } });
      notifications.show({ color: 'green', message: `${name} is ${copy.done}.` });
      onClose();
    } catch (error) {
      errors.report(error, copy.reason === 'none' ? undefined : 'reason');
    }
  });

  return (
    <Modal opened onClose={onClose} title={copy.title}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text>
            {copy.title} <strong>{name}</strong>?
          </Text>
          {errors.formError ? (
            <Alert color="red" role="alert">
              {errors.formError}
            </Alert>
          ) : null}
          {copy.reason !== 'none' ? (
            <Textarea
              label="Reason"
              description={
                copy.reason === 'required'
                  ? 'Required; kept in the audit trail.'
                  : 'Optional; kept in the audit trail.'
              }
              required={copy.reason === 'required'}
              autosize
              minRows={2}
              data-autofocus
              {...form.getInputProps('reason')}
            />
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button
              type="submit"
              color={action.kind === 'reinstate' ? undefined : 'red'}
              loading={busy}
            >
              {copy.confirm}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
