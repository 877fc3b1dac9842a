import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { graphql } from '../../../gql';
import { formatCount, formatDateTime } from '../../../shared/format';
import { LoadingPanel } from '../../../shared/loading-panel';
import { errorMessage } from '../../../shared/server-errors';
import { type ReservationRow } from './reservations-table';
import { hoursBetween } from './seoul-time';

const REFUND_QUOTE = graphql(`
  query ReservationRefundQuote($id: UUID!) {
    reservation(id: $id) {
      id
      status
      credits
      startsAt
      refundIfCancelledNow
    }
  }
`);

const CANCEL_RESERVATION = graphql(`
  mutation CancelReservation($id: UUID!) {
    cancelReservation(id: $id) {
      refunded
      reservation {
        id
        status
      }
    }
  }
`);

/** Ends a sentence once, also after a name that ends in a full stop ("Co., Ltd."). */
const sentence = (text: string) => (text.endsWith('.') ? text : `${text}.`);

/** Before cancelling: the refund rule and what the server says this cancellation returns now. */
export function CancelReservationModal({
  reservation,
  onClose,
  onCancelled,
}: {
  reservation: ReservationRow;
  onClose: () => void;
  onCancelled: () => Promise<void>;
}) {
  const quote = useQuery(REFUND_QUOTE, {
    variables: { id: reservation.id },
    fetchPolicy: 'network-only',
  });
  const [cancel, cancelling] = useMutation(CANCEL_RESERVATION);
  const [failure, setFailure] = useState<string | null>(null);
  const [openedAt] = useState(() => new Date());
  const current = quote.data?.reservation;
  const notice = current ? hoursBetween(openedAt, new Date(current.startsAt)) : 0;

  const onCancel = async () => {
    setFailure(null);
    try {
      const result = await cancel({ variables: { id: reservation.id } });
      notifications.show({
        message: sentence(
          `Cancelled; ${formatCount(result.data?.cancelReservation.refunded ?? 0)} credits back to ${reservation.beneficiary.name}`,
        ),
      });
      await onCancelled();
    } catch (e) {
      setFailure(errorMessage(e));
    }
  };

  return (
    <Modal opened onClose={onClose} title="Cancel the reservation?">
      {quote.error ? (
        <Alert color="red" role="alert">
          {errorMessage(quote.error)}
        </Alert>
      ) : !current ? (
        <LoadingPanel label="Working out the refund…" />
      ) : (
        <Stack gap="sm">
          <Text size="sm">
            Starts {formatDateTime(current.startsAt)}, in{' '}
            {notice >= 0 ? `${Math.floor(notice)} h` : 'the past'}.
          </Text>
          <List size="sm">
            <List.Item>48 hours&apos; notice or more: all credits back</List.Item>
            <List.Item>2 hours or more: half back</List.Item>
            <List.Item>Later: nothing back</List.Item>
          </List>
          <Alert
            color={current.refundIfCancelledNow === current.credits ? 'teal' : 'orange'}
            data-testid="refund-quote"
          >
            {current.status === 'HELD'
              ? 'A hold has not been paid: cancelling releases the devices and costs nothing.'
              : sentence(
                  `Cancelling now returns ${formatCount(current.refundIfCancelledNow)} of ${formatCount(current.credits)} credits to ${reservation.beneficiary.name}`,
                )}
          </Alert>
          {failure ? (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Keep it
            </Button>
            <Button color="red" loading={cancelling.loading} onClick={() => void onCancel()}>
              Cancel reservation
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
