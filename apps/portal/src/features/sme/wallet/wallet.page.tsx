import { useQuery } from '@apollo/client/react';
import { Badge, Card, Group, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { graphql } from '../../../gql';
import { EmptyPanel } from '../../../shared/empty-panel';
import { formatCount, formatDate, formatDateTime, humanize } from '../../../shared/format';
import { LoadingPanel } from '../../../shared/loading-panel';
import { PageHeader } from '../../../shared/page-header';
import { QueryError } from '../../../shared/query-error';

const SME_WALLET = graphql(`
  query SmeWallet {
    myWallet {
      organizationId
      balance
      organization {
        id
        name
      }
      lots {
        id
        amount
        remaining
        expiresAt
        grantedAt
      }
      history(first: 50) {
        transactionId
        kind
        amount
        memo
        at
      }
    }
  }
`);

const DAY_MS = 86_400_000;

/** The SME's credits: balance, the granted lots and when they expire, and every movement. */
export function WalletPage() {
  const { data, loading, error, refetch } = useQuery(SME_WALLET);
  // Expiry warnings count days from when the page opened.
  const [openedAt] = useState(() => Date.now());
  if (error) return <QueryError error={error} retry={() => void refetch()} />;
  if (loading || !data) return <LoadingPanel label="Loading your credits…" />;
  const wallet = data.myWallet;
  if (!wallet)
    return (
      <>
        <PageHeader title="Credit wallet" />
        <EmptyPanel
          title="No organisation on your account"
          description="Credits belong to an SME. Ask the program operator to attach your account to your firm."
        />
      </>
    );
  const live = wallet.lots.filter((lot) => lot.remaining > 0);
  const nextExpiry = live[0];
  return (
    <>
      <PageHeader title="Credit wallet" description={wallet.organization.name} />
      <SimpleGrid cols={{ base: 1, sm: 3 }} mb="lg">
        <Card withBorder>
          <Text size="sm" c="dimmed">
            Balance
          </Text>
          <Text fz={32} fw={700} data-testid="wallet-balance">
            {formatCount(wallet.balance)}
          </Text>
          <Text size="sm" c="dimmed">
            credits
          </Text>
        </Card>
        <Card withBorder>
          <Text size="sm" c="dimmed">
            Next expiry
          </Text>
          <Text fz={24} fw={600}>
            {nextExpiry ? formatDate(nextExpiry.expiresAt) : '—'}
          </Text>
          <Text size="sm" c="dimmed">
            {nextExpiry
              ? `${formatCount(nextExpiry.remaining)} credits lapse then unless spent`
              : 'nothing to expire'}
          </Text>
        </Card>
        <Card withBorder>
          <Text size="sm" c="dimmed">
            Live grants
          </Text>
          <Text fz={24} fw={600}>
            {live.length}
          </Text>
          <Text size="sm" c="dimmed">
            spent soonest-expiring first
          </Text>
        </Card>
      </SimpleGrid>

      <Title order={3} size="h4" mb="sm">
        Grants
      </Title>
      {wallet.lots.length === 0 ? (
        <EmptyPanel
          title="No credits granted yet"
          description="The program operator grants compute credits to SMEs outside large business groups. Once granted, mandate an integrator to spend them for you."
        />
      ) : (
        <Table.ScrollContainer minWidth={560} mb="lg">
          <Table striped aria-label="Grants">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Granted</Table.Th>
                <Table.Th>Amount</Table.Th>
                <Table.Th>Left</Table.Th>
                <Table.Th>Expires</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {wallet.lots.map((lot) => {
                const expiresIn = (new Date(lot.expiresAt).getTime() - openedAt) / DAY_MS;
                return (
                  <Table.Tr key={lot.id}>
                    <Table.Td>{formatDate(lot.grantedAt)}</Table.Td>
                    <Table.Td>{formatCount(lot.amount)}</Table.Td>
                    <Table.Td>{formatCount(lot.remaining)}</Table.Td>
                    <Table.Td>
                      <Group gap="xs">
                        {formatDate(lot.expiresAt)}
                        {lot.remaining === 0 ? (
                          <Badge color="gray">used</Badge>
                        ) : expiresIn < 0 ? (
                          <Badge color="red">expired</Badge>
                        ) : expiresIn < 30 ? (
                          <Badge color="orange">in {Math.ceil(expiresIn)} days</Badge>
                        ) : null}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}

      <Title order={3} size="h4" mb="sm">
        History
      </Title>
      {wallet.history.length === 0 ? (
        <EmptyPanel
          title="No movements yet"
          description="Grants, spending on reservations, refunds and expiries appear here."
        />
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped aria-label="History">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>When</Table.Th>
                <Table.Th>Movement</Table.Th>
                <Table.Th>Credits</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {wallet.history.map((movement) => (
                <Table.Tr key={movement.transactionId}>
                  <Table.Td>{formatDateTime(movement.at)}</Table.Td>
                  <Table.Td>
                    {humanize(movement.kind)}
                    {movement.memo ? (
                      <Text size="xs" c="dimmed">
                        {movement.memo}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td c={movement.amount < 0 ? 'red' : 'teal'}>
                    {movement.amount > 0 ? '+' : ''}
                    {formatCount(movement.amount)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}
