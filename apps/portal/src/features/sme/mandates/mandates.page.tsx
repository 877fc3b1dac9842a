import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  Modal,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { graphql } from '../../../gql';
import { type SmeMandatesQuery } from '../../../gql/graphql';
import { EmptyPanel } from '../../../shared/empty-panel';
import { formatCount, formatDate } from '../../../shared/format';
import { LoadingPanel } from '../../../shared/loading-panel';
import { PageHeader } from '../../../shared/page-header';
import { QueryError } from '../../../shared/query-error';
import { errorMessage } from '../../../shared/server-errors';
import { GrantMandateForm } from './grant-mandate-form';

const SME_MANDATES = graphql(`
  query SmeMandates {
    myWallet {
      organizationId
      balance
      mandates {
        id
        capCredits
        spentCredits
        expiresAt
        revokedAt
        createdAt
        integrator {
          id
          name
        }
      }
    }
  }
`);

const REVOKE_MANDATE = graphql(`
  mutation RevokeMandate($id: UUID!) {
    revokeMandate(id: $id) {
      id
      revokedAt
    }
  }
`);

type Mandate = NonNullable<SmeMandatesQuery['myWallet']>['mandates'][number];

function mandateState(mandate: Mandate, now: number): { label: string; color: string } {
  if (mandate.revokedAt) return { label: 'Revoked', color: 'gray' };
  if (new Date(mandate.expiresAt).getTime() <= now) return { label: 'Expired', color: 'gray' };
  return { label: 'Live', color: 'green' };
}

/** Mandates to certified integrators to spend the SME's credits: grant with a cap and an end, revoke. */
export function MandatesPage() {
  const { data, loading, error, refetch } = useQuery(SME_MANDATES);
  const [revoke, revoking] = useMutation(REVOKE_MANDATE);
  const [confirming, setConfirming] = useState<Mandate | null>(null);
  const [revokeError, setRevokeError] = useState<string | null>(null);
  const [openedAt] = useState(() => Date.now());

  if (error) return <QueryError error={error} retry={() => void refetch()} />;
  if (loading || !data) return <LoadingPanel label="Loading your mandates…" />;
  const wallet = data.myWallet;
  if (!wallet)
    return (
      <>
        <PageHeader title="Integrator mandates" />
        <EmptyPanel
          title="No organisation on your account"
          description="Mandates are granted by an SME's admins. Ask the program operator to attach your account to your firm."
        />
      </>
    );

  const onRevoke = async () => {
    if (!confirming) return;
    setRevokeError(null);
    try {
      await revoke({ variables: { id: confirming.id } });
      notifications.show({ message: `The mandate to ${confirming.integrator.name} is revoked.` });
      setConfirming(null);
      await refetch();
    } catch (e) {
      setRevokeError(errorMessage(e));
    }
  };

  return (
    <>
      <PageHeader
        title="Integrator mandates"
        description={`Let a certified integrator spend your credits (balance ${formatCount(wallet.balance)}) on reservations, up to a cap and until a date.`}
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Card withBorder>
            <Title order={3} size="h4" mb="sm">
              Grant a mandate
            </Title>
            <GrantMandateForm onGranted={() => void refetch()} />
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          {wallet.mandates.length === 0 ? (
            <EmptyPanel
              title="No mandates yet"
              description="Grant one to the certified integrator that places your reservations: choose it, a credit cap and an end date."
            />
          ) : (
            <Table.ScrollContainer minWidth={620}>
              <Table striped aria-label="Mandates">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Integrator</Table.Th>
                    <Table.Th>Spent of cap</Table.Th>
                    <Table.Th>Until</Table.Th>
                    <Table.Th>State</Table.Th>
                    <Table.Th>
                      <VisuallyHidden>Actions</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {wallet.mandates.map((mandate) => {
                    const state = mandateState(mandate, openedAt);
                    return (
                      <Table.Tr key={mandate.id}>
                        <Table.Td>{mandate.integrator.name}</Table.Td>
                        <Table.Td>
                          {formatCount(mandate.spentCredits)} of {formatCount(mandate.capCredits)}
                        </Table.Td>
                        <Table.Td>{formatDate(mandate.expiresAt)}</Table.Td>
                        <Table.Td>
                          <Badge color={state.color}>{state.label}</Badge>
                        </Table.Td>
                        <Table.Td>
                          {state.label === 'Live' ? (
                            <Button
                              size="xs"
                              variant="light"
                              color="red"
                              onClick={() => {
                                setRevokeError(null);
                                setConfirming(mandate);
                              }}
                              aria-label={`Revoke the mandate to ${mandate.integrator.name}`}
                            >
                              Revoke
                            </Button>
                          ) : null}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Grid.Col>
      </Grid>

      <Modal
        opened={confirming !== null}
        onClose={() => setConfirming(null)}
        title="Revoke the mandate?"
      >
        <Text size="sm">
          {confirming?.integrator.name} can no longer spend your credits. Reservations it already
          paid for stand.
        </Text>
        {revokeError ? (
          <Alert color="red" mt="sm" role="alert">
            {revokeError}
          </Alert>
        ) : null}
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setConfirming(null)}>
            Keep it
          </Button>
          <Button color="red" loading={revoking.loading} onClick={() => void onRevoke()}>
            Revoke mandate
          </Button>
        </Group>
      </Modal>
    </>
  );
}
