import { useQuery } from '@apollo/client/react';
import { Card, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { graphql } from '../../../gql';
import { EmptyPanel } from '../../../shared/empty-panel';
import { formatCount } from '../../../shared/format';
import { LoadingPanel } from '../../../shared/loading-panel';
import { PageHeader } from '../../../shared/page-header';
import { QueryError } from '../../../shared/query-error';
import { HoldForm, type HoldStart } from './hold-form';
import { PoolCalendar } from './pool-calendar';
import { ReservationsTable } from './reservations-table';
import { addSeoulDays, seoulParts } from './seoul-time';

const INTEGRATOR_RESERVATIONS = graphql(`
  query IntegratorReservations {
    computePools {
      id
      name
      site
      capacityDevices
      creditsPerDeviceHour
      hardwareProfileId
    }
    myIntegratorMandates {
      id
      capCredits
      spentCredits
      expiresAt
      sme {
        id
        name
      }
    }
    consortiums(filter: { statuses: [ACTIVE] }, first: 100) {
      nodes {
        id
        name
        myAccess
      }
    }
    myReservations {
      id
      poolId
      devices
      startsAt
      endsAt
      status
      holdExpiresAt
      credits
      refundIfCancelledNow
      consortium {
        id
        name
      }
      beneficiary {
        id
        name
      }
    }
  }
`);

/**
 * A pool's free devices per hour, holds for an SME under its mandate, and the firm's reservations
 * to confirm (paying) or cancel (with the refund shown first).
 */
export function ReservationsPage() {
  const { data, loading, error, refetch } = useQuery(INTEGRATOR_RESERVATIONS, {
    notifyOnNetworkStatusChange: false,
  });
  const [poolId, setPoolId] = useState<string | null>(null);
  const [firstDay, setFirstDay] = useState(() => addSeoulDays(seoulParts(new Date()).date, 1));
  const [start, setStart] = useState<HoldStart | null>(null);
  const [calendarVersion, setCalendarVersion] = useState(0);

  if (error) return <QueryError error={error} retry={() => void refetch()} />;
  if (loading || !data) return <LoadingPanel label="Loading pools and reservations…" />;
  const pools = data.computePools;
  const pool = pools.find((p) => p.id === poolId) ?? pools[0];
  const consortiums = data.consortiums.nodes.filter((c) => c.myAccess !== 'PUBLIC');
  const poolNames = new Map(pools.map((p) => [p.id, p.name]));

  const changed = async () => {
    setCalendarVersion((v) => v + 1);
    await refetch();
  };

  return (
    <>
      <PageHeader
        title="Pool reservations"
        description="Hold a pool's devices for an SME that mandated your firm, confirm to pay from its credits, or cancel."
      />
      {pools.length === 0 || !pool ? (
        <EmptyPanel
          title="No pools in service"
          description="The computing center has not opened a pool yet. The program operator defines pools; check back later."
        />
      ) : (
        <Stack gap="lg">
          <Card withBorder>
            <Group justify="space-between" align="flex-end" mb="sm">
              <Title order={3} size="h4">
                Capacity calendar
              </Title>
              <Group gap="sm" align="flex-end">
                <Select
                  label="Pool"
                  allowDeselect={false}
                  data={pools.map((p) => ({ value: p.id, label: p.name }))}
                  value={pool.id}
                  onChange={setPoolId}
                />
                <TextInput
                  type="date"
                  label="Week from"
                  value={firstDay}
                  onChange={(event) =>
                    event.currentTarget.value && setFirstDay(event.currentTarget.value)
                  }
                />
              </Group>
            </Group>
            <Text size="sm" c="dimmed" mb="xs">
              {pool.name}: {pool.capacityDevices} devices, {formatCount(pool.creditsPerDeviceHour)}{' '}
              credits per device-hour. Choose an hour to start a hold there.
            </Text>
            <PoolCalendar
              key={`${pool.id}-${firstDay}`}
              poolId={pool.id}
              firstDay={firstDay}
              version={calendarVersion}
              onPick={(date, hour) => setStart({ date, hour })}
            />
          </Card>
          <Card withBorder>
            <Title order={3} size="h4" mb="sm">
              Place a hold
            </Title>
            {data.myIntegratorMandates.length === 0 ? (
              <EmptyPanel
                title="No SME has mandated your firm"
                description="An SME's admin grants your firm a mandate to spend its credits; ask the SMEs you work for."
              />
            ) : (
              <HoldForm
                pool={pool}
                mandates={data.myIntegratorMandates}
                consortiums={consortiums}
                start={start}
                onHeld={changed}
              />
            )}
          </Card>
          <Card withBorder>
            <Title order={3} size="h4" mb="sm">
              Your reservations
            </Title>
            {data.myReservations.length === 0 ? (
              <EmptyPanel
                title="No reservations yet"
                description="Place a hold with the form; it lapses in 15 minutes unless you confirm it."
              />
            ) : (
              <ReservationsTable
                reservations={data.myReservations}
                poolNames={poolNames}
                onChanged={changed}
              />
            )}
          </Card>
        </Stack>
      )}
    </>
  );
}
