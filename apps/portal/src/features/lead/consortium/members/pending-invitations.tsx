import { useQuery } from '@apollo/client/react';
import { Button, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { EmptyPanel } from '../../../../shared/empty-panel';
import { formatDate, formatDateTime, humanize } from '../../../../shared/format';
import { LoadingPanel } from '../../../../shared/loading-panel';
import { QueryError } from '../../../../shared/query-error';
import { MemberActionModal, type MemberRow } from './member-action-modal';
import { MEMBERS } from './members.operations';

/** Invitations waiting for an answer, with their deadlines; a lead may withdraw one. */
export function PendingInvitations({
  consortiumId,
  canManage,
}: {
  consortiumId: string;
  canManage: boolean;
}) {
  const { data, loading, error, refetch } = useQuery(MEMBERS, {
    variables: { id: consortiumId, statuses: ['INVITED'] },
  });
  const [withdrawing, setWithdrawing] = useState<MemberRow | null>(null);
  if (error) return <QueryError error={error} retry={() => void refetch()} />;
  if (loading && !data) return <LoadingPanel label="Loading invitations…" />;
  const invitations = [...(data?.consortium.members?.nodes ?? [])].sort((a, b) =>
    a.invitationExpiresAt.localeCompare(b.invitationExpiresAt),
  );
  if (!invitations.length)
    return (
      <EmptyPanel
        title="No pending invitations"
        description="Invitations you send from the Members tab wait here until the organisation answers or 7 days pass."
      />
    );
  return (
    <>
      <Table.ScrollContainer minWidth={560}>
        <Table aria-label="Pending invitations">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Organisation</Table.Th>
              <Table.Th scope="col">Role</Table.Th>
              <Table.Th scope="col">Invited</Table.Th>
              <Table.Th scope="col">Answer by</Table.Th>
              {canManage ? <Table.Th scope="col">Withdraw</Table.Th> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {invitations.map((invitation) => (
              <Table.Tr key={invitation.id}>
                <Table.Td>
                  <Text fw={500}>{invitation.organization.name}</Text>
                </Table.Td>
                <Table.Td>{humanize(invitation.role)}</Table.Td>
                <Table.Td>{formatDateTime(invitation.invitedAt)}</Table.Td>
                <Table.Td>{formatDate(invitation.invitationExpiresAt)}</Table.Td>
                {canManage ? (
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => setWithdrawing(invitation)}
                      aria-label={`Withdraw the invitation to ${invitation.organization.name}`}
                    >
                      Withdraw
                    </Button>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <MemberActionModal
        action={withdrawing ? { kind: 'withdraw', member: withdrawing } : null}
        onClose={() => setWithdrawing(null)}
      />
    </>
  );
}
