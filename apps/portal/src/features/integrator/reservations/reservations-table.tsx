import { useMutation } from '@apollo/client/react';
import { Alert, Badge, Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { graphql } from '../../../gql';
import { type IntegratorReservationsQuery } from '../../../gql/graphql';
import { formatCount, formatDateTime, humanize } from '../../../shared/format';
import { errorMessage } from '../../../shared/server-errors';
import { CancelReservationModal } from './cancel-reservation-modal';

const CONFIRM_RESERVATION = graphql(`
  mutation ConfirmReservation($id: UUID!) {
    confirmReservation(id: $id) {
      id
      status
    }
  }
`);

export type ReservationRow = IntegratorReservationsQuery['myReservations'][number];

const STATUS_COLORS: Record<string, string> = {
  HELD: 'yellow',
  CONFIRMED: 'green',
  ACTIVE: 'teal',
  COMPLETED: 'gray',
  CANCELLED: 'gray',
  LAPSED: 'gray',
  NO_SHOW: 'red',
};

/** Badges keep their whole word: a table column must not squeeze them to an ellipsis. */
const WHOLE = { root: { minWidth: 'max-content', overflow: 'visible' } } as const;

/** The firm's reservations: confirm a hold (paying), cancel a hold or a confirmation. */
export function ReservationsTable({
  reservations,
  poolNames,
  onChanged,
}: {
  reservations: readonly ReservationRow[];
  poolNames: ReadonlyMap<string, string>;
  onChanged: () => Promise<void>;
}) {
  const [confirm, confirming] = useMutation(CONFIRM_RESERVATION);
  const [cancelling, setCancelling] = useState<ReservationRow | null>(null);
  const [rowError, setRowError] = useState<{ id: string; message: string } | null>(null);

  const onConfirm = async (reservation: ReservationRow) => {
    setRowError(null);
    try {
      await confirm({ variables: { id: reservation.id } });
      notifications.show({
        color: 'green',
        message: `Confirmed: ${formatCount(reservation.credits)} credits paid from ${reservation.beneficiary.name}'s wallet.`,
      });
      await onChanged();
    } catch (e) {
      setRowError({ id: reservation.id, message: errorMessage(e) });
    }
  };

  return (
    <>
      {/* A scrollbar shows that the table goes on sideways on a phone; the viewport keeps the theme's
          tab stop, so the keyboard can scroll it too. */}
      <Table.ScrollContainer
        minWidth={720}
        scrollAreaProps={{ type: 'auto', offsetScrollbars: 'x', viewportProps: { tabIndex: 0 } }}
      >
        <Table striped aria-label="Your reservations">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Window (Korea time)</Table.Th>
              <Table.Th>Pool</Table.Th>
              <Table.Th>For</Table.Th>
              <Table.Th>Credits</Table.Th>
              <Table.Th>State</Table.Th>
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {reservations.map((reservation) => (
              <Table.Tr key={reservation.id}>
                <Table.Td>
                  {formatDateTime(reservation.startsAt)}
                  <Text size="xs" c="dimmed">
                    to {formatDateTime(reservation.endsAt)}, {reservation.devices} device
                    {reservation.devices === 1 ? '' : 's'}
                  </Text>
                </Table.Td>
                <Table.Td>{poolNames.get(reservation.poolId) ?? 'Retired pool'}</Table.Td>
                <Table.Td>
                  {reservation.beneficiary.name}
                  <Text size="xs" c="dimmed">
                    {reservation.consortium.name}
                  </Text>
                </Table.Td>
                <Table.Td>{formatCount(reservation.credits)}</Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLORS[reservation.status] ?? 'gray'} styles={WHOLE}>
                    {humanize(reservation.status)}
                  </Badge>
                  {reservation.status === 'HELD' ? (
                    <Text size="xs" c="dimmed">
                      lapses {formatDateTime(reservation.holdExpiresAt)}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    {reservation.status === 'HELD' ? (
                      <Button
                        size="xs"
                        loading={confirming.loading}
                        onClick={() => void onConfirm(reservation)}
                      >
                        Confirm
                      </Button>
                    ) : null}
                    {reservation.status === 'HELD' || reservation.status === 'CONFIRMED' ? (
                      <Button
                        size="xs"
                        variant="light"
                        color="red"
                        onClick={() => setCancelling(reservation)}
                      >
                        Cancel
                      </Button>
                    ) : null}
                  </Group>
                  {rowError?.id === reservation.id ? (
                    <Alert color="red" mt={4} p="xs" role="alert">
                      {rowError.message}
                    </Alert>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {cancelling ? (
        <CancelReservationModal
          reservation={cancelling}
          onClose={() => setCancelling(null)}
          onCancelled={async () => {
            setCancelling(null);
            await onChanged();
          }}
        />
      ) : null}
    </>
  );
}
