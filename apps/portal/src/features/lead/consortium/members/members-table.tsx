import { useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Menu,
  Pagination,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { type MembershipStatus } from '../../../../gql/graphql';
import { EmptyPanel } from '../../../../shared/empty-panel';
import { formatDate, humanize } from '../../../../shared/format';
import { LoadingPanel } from '../../../../shared/loading-panel';
import { QueryError } from '../../../../shared/query-error';
import { statusColor } from '../../consortium-status';
import { InviteMemberModal } from './invite-member-modal';
import { MemberActionModal, type MemberAction, type MemberRow } from './member-action-modal';
import { MEMBERS } from './members.operations';

const PAGE_SIZE = 5;
const STATUS_FILTERS: { value: string; label: string; statuses: MembershipStatus[] }[] = [
  { value: 'current', label: 'Current', statuses: ['ACTIVE', 'SUSPENDED', 'INVITED'] },
  { value: 'ACTIVE', label: 'Active', statuses: ['ACTIVE'] },
  { value: 'SUSPENDED', label: 'Suspended', statuses: ['SUSPENDED'] },
  { value: 'INVITED', label: 'Invited', statuses: ['INVITED'] },
  {
    value: 'past',
    label: 'Past (removed, declined, expired)',
    statuses: ['REMOVED', 'DECLINED', 'EXPIRED'],
  },
];
const ROLE_FILTERS = [
  { value: 'all', label: 'All roles' },
  { value: 'SME_MEMBER', label: 'SME members' },
  { value: 'RESEARCH_PARTNER', label: 'Research partners' },
  { value: 'INTEGRATOR_PARTNER', label: 'Integrator partners' },
];

/** The consortium's members: search, filter by status and role, page, and act on each. */
export function MembersTable({
  consortiumId,
  canManage,
}: {
  consortiumId: string;
  canManage: boolean;
}) {
  const [statusFilter, setStatusFilter] = useState('current');
  const [roleFilter, setRoleFilter] = useState('all');
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 200);
  const [page, setPage] = useState(1);
  const [inviting, setInviting] = useState(false);
  const [action, setAction] = useState<{ kind: MemberAction; member: MemberRow } | null>(null);
  const statuses = STATUS_FILTERS.find((f) => f.value === statusFilter)?.statuses;
  const { data, loading, error, refetch, fetchMore } = useQuery(MEMBERS, {
    variables: { id: consortiumId, statuses },
  });

  const connection = data?.consortium.members;
  const rows = useMemo(() => {
    const needle = debouncedSearch.trim().toLowerCase();
    return (connection?.nodes ?? []).filter(
      (m) =>
        (roleFilter === 'all' || m.role === roleFilter) &&
        (!needle || m.organization.name.toLowerCase().includes(needle)),
    );
  }, [connection, roleFilter, debouncedSearch]);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const shown = rows.slice(
    (Math.min(page, pages) - 1) * PAGE_SIZE,
    Math.min(page, pages) * PAGE_SIZE,
  );

  return (
    <Stack>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          label="Search members"
          placeholder="Organisation name"
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            setPage(1);
          }}
          style={{ flex: '1 1 14rem' }}
        />
        <Select
          label="Status"
          data={STATUS_FILTERS.map(({ value, label }) => ({ value, label }))}
          value={statusFilter}
          onChange={(value) => {
            setStatusFilter(value ?? 'current');
            setPage(1);
          }}
          allowDeselect={false}
          style={{ flex: '1 1 12rem' }}
        />
        <Select
          label="Role"
          data={ROLE_FILTERS}
          value={roleFilter}
          onChange={(value) => {
            setRoleFilter(value ?? 'all');
            setPage(1);
          }}
          allowDeselect={false}
          style={{ flex: '1 1 12rem' }}
        />
        {canManage ? <Button onClick={() => setInviting(true)}>Invite organisation</Button> : null}
      </Group>

      {error ? (
        <QueryError error={error} retry={() => void refetch()} />
      ) : loading && !data ? (
        <LoadingPanel label="Loading members…" />
      ) : connection === null ? (
        <Text c="dimmed">Only the consortium's members and operators see its members.</Text>
      ) : rows.length === 0 ? (
        <EmptyPanel
          title={search || roleFilter !== 'all' ? 'No member matches' : 'No members here yet'}
          description={
            search || roleFilter !== 'all'
              ? 'Clear the search or choose another status or role.'
              : canManage
                ? 'Invite SMEs, a university research partner and a certified integrator to meet the activation checklist.'
                : 'The consortium’s leads invite members.'
          }
          action={
            canManage && !search ? (
              <Button variant="light" onClick={() => setInviting(true)}>
                Invite organisation
              </Button>
            ) : null
          }
        />
      ) : (
        <>
          <Table.ScrollContainer minWidth={640}>
            <Table striped highlightOnHover aria-label="Members" captionSide="bottom">
              <Table.Caption>
                {rows.length} {rows.length === 1 ? 'member' : 'members'}
                {connection?.pageInfo.hasNextPage ? ' loaded' : ''}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Organisation</Table.Th>
                  <Table.Th scope="col">Role</Table.Th>
                  <Table.Th scope="col">Status</Table.Th>
                  <Table.Th scope="col">Since</Table.Th>
                  {canManage ? (
                    <Table.Th scope="col">
                      <VisuallyHidden>Actions</VisuallyHidden>
                    </Table.Th>
                  ) : null}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((member) => (
                  <Table.Tr key={member.id}>
                    <Table.Td>
                      <Text fw={500}>{member.organization.name}</Text>
                      <Text size="xs" c="dimmed">
                        {humanize(member.organization.kind)} ·{' '}
                        {humanize(member.organization.region)}
                      </Text>
                    </Table.Td>
                    <Table.Td>{humanize(member.role)}</Table.Td>
                    <Table.Td>
                      <Badge color={statusColor(member.status)} variant="light">
                        {member.status}
                      </Badge>
                      {member.statusReason ? (
                        <Text size="xs" c="dimmed">
                          {member.statusReason}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      {member.status === 'INVITED'
                        ? `answer by ${formatDate(member.invitationExpiresAt)}`
                        : formatDate(member.joinedAt ?? member.invitedAt)}
                    </Table.Td>
                    {canManage ? (
                      <Table.Td>
                        <MemberMenu
                          member={member}
                          onAction={(kind) => setAction({ kind, member })}
                        />
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Group justify="space-between" wrap="wrap">
            <Pagination
              total={pages}
              value={Math.min(page, pages)}
              onChange={setPage}
              getControlProps={(control) => ({
                'aria-label':
                  control === 'previous'
                    ? 'Previous page'
                    : control === 'next'
                      ? 'Next page'
                      : control,
              })}
              aria-label="Members pages"
            />
            {connection?.pageInfo.hasNextPage ? (
              <Button
                variant="subtle"
                onClick={() =>
                  void fetchMore({
                    variables: { after: connection.pageInfo.endCursor },
                    updateQuery: (previous, { fetchMoreResult }) => {
                      const more = fetchMoreResult.consortium.members;
                      const before = previous.consortium.members;
                      if (!more || !before) return previous as typeof fetchMoreResult;
                      return {
                        consortium: {
                          ...fetchMoreResult.consortium,
                          members: { ...more, nodes: [...before.nodes, ...more.nodes] },
                        },
                      };
                    },
                  })
                }
              >
                Load more members
              </Button>
            ) : null}
          </Group>
        </>
      )}

      <InviteMemberModal
        consortiumId={consortiumId}
        opened={inviting}
        onClose={() => setInviting(false)}
      />
      <MemberActionModal action={action} onClose={() => setAction(null)} />
    </Stack>
  );
}

function MemberMenu({
  member,
  onAction,
}: {
  member: MemberRow;
  onAction: (kind: MemberAction) => void;
}) {
  const actions: { kind: MemberAction; label: string }[] = [];
  if (member.status === 'ACTIVE') actions.push({ kind: 'suspend', label: 'Suspend' });
  if (member.status === 'SUSPENDED') actions.push({ kind: 'reinstate', label: 'Reinstate' });
  if (member.status === 'ACTIVE' || member.status === 'SUSPENDED')
    actions.push({ kind: 'remove', label: 'Remove' });
  if (member.status === 'INVITED') actions.push({ kind: 'withdraw', label: 'Withdraw invitation' });
  if (!actions.length) return null;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" aria-label={`Actions for ${member.organization.name}`}>
          ⋯
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {actions.map((a) => (
          <Menu.Item
            key={a.kind}
            color={a.kind === 'remove' ? 'red' : undefined}
            onClick={() => onAction(a.kind)}
          >
            {a.label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
