import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { type MembershipRole, type OrganizationKind } from '../../../../gql/graphql';
import { humanize } from '../../../../shared/format';
import { useServerErrors } from '../../../../shared/use-server-errors';
import { AFTER_MEMBERSHIP_CHANGE } from './member-action-modal';
import { INVITE_MEMBER, ORGANIZATION_SEARCH } from './members.operations';

const ROLES: { value: MembershipRole; label: string; kinds: OrganizationKind[] }[] = [
  { value: 'SME_MEMBER', label: 'SME member', kinds: ['SME'] },
  { value: 'RESEARCH_PARTNER', label: 'University research partner', kinds: ['UNIVERSITY'] },
  { value: 'INTEGRATOR_PARTNER', label: 'Integrator partner', kinds: ['CERTIFIED_INTEGRATOR'] },
];

type Field = 'role' | 'organizationId';

/** Invites an organisation; it has 7 days to answer. */
export function InviteMemberModal({
  consortiumId,
  opened,
  onClose,
}: {
  consortiumId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const form = useForm<{ role: MembershipRole; organizationId: string }>({
    initialValues: { role: 'SME_MEMBER', organizationId: '' },
    validate: { organizationId: (value) => (value ? null : 'Choose the organisation to invite') },
  });
  const errors = useServerErrors<Field>(form, ['role', 'organizationId']);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const kinds = ROLES.find((r) => r.value === form.values.role)?.kinds;
  const found = useQuery(ORGANIZATION_SEARCH, {
    variables: { search: debounced, kinds },
    skip: debounced.length < 2,
  });
  const [invite, inviting] = useMutation(INVITE_MEMBER, {
    refetchQueries: AFTER_MEMBERSHIP_CHANGE,
    awaitRefetchQueries: true,
  });
  const options = (found.data?.organizations.nodes ?? []).map((o) => ({
    value: o.id,
    label: `${o.name} (${humanize(o.region)})`,
  }));

  const close = () => {
    form.reset();
    errors.clear();
    setSearch('');
    onClose();
  };

  const submit = form.onSubmit(async (values) => {
    errors.clear();
    try {
      await invite({ variables: { input: { consortiumId, ...values } } });
      const name =
        options.find((o) => o.value === values.organizationId)?.label ?? 'The organisation';
      notifications.show({
        color: 'green',
        message: `${name} is invited; it has 7 days to answer.`,
      });
      close();
    } catch (error) {
      // A refused invitation (already a member, another consortium of the vertical, a lapsed
      // certification) is about the organisation chosen.
      errors.report(error, 'organizationId');
    }
  });

  return (
    <Modal opened={opened} onClose={close} title="Invite an organisation">
      <form onSubmit={submit} noValidate>
        <Stack>
          {errors.formError ? (
            <Alert color="red" role="alert">
              {errors.formError}
            </Alert>
          ) : null}
          <Select
            label="Role in the consortium"
            data={ROLES.map(({ value, label }) => ({ value, label }))}
            allowDeselect={false}
            required
            {...form.getInputProps('role')}
            onChange={(value) => {
              form.setFieldValue('role', (value ?? 'SME_MEMBER') as MembershipRole);
              form.setFieldValue('organizationId', '');
            }}
          />
          <Select
            label="Organisation"
            description="Type at least 2 letters of its name."
            placeholder="Search the directory"
            searchable
            required
            data={options}
            searchValue={search}
            onSearchChange={setSearch}
            nothingFoundMessage={
              debounced.length < 2
                ? 'Type at least 2 letters'
                : found.loading
                  ? 'Searching…'
                  : 'No organisation of this kind matches'
            }
            filter={({ options: all }) => all}
            {...form.getInputProps('organizationId')}
          />
          <Text size="sm" c="dimmed">
            The organisation&apos;s admins accept or decline; the invitation lapses after 7 days.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={inviting.loading}>
              Send invitation
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
