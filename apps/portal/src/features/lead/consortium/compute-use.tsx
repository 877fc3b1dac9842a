import { useQuery } from '@apollo/client/react';
import { BarChart } from '@mantine/charts';
import { Badge, Paper, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { graphql } from '../../../gql';
import { type ConsortiumComputeUseQuery } from '../../../gql/graphql';
import { ChartFigure, ChartPlot } from '../../../shared/chart-figure';
import { EmptyPanel } from '../../../shared/empty-panel';
import { formatCount, formatDateTime, formatPercent, humanize } from '../../../shared/format';
import { LoadingPanel } from '../../../shared/loading-panel';
import { QueryError } from '../../../shared/query-error';
import { errorCode } from '../../../shared/server-errors';

const COMPUTE_USE = graphql(`
  query ConsortiumComputeUse($id: UUID!, $from: DateTime!, $to: DateTime!) {
    computePools {
      id
      name
    }
    consortium(id: $id) {
      id
      computeUse(from: $from, to: $to) {
        reservedDeviceHours
        usedDeviceHours
        utilization
        creditsSpent
        creditsForfeited
        reservationCount
        byPool {
          key
          reservedDeviceHours
          usedDeviceHours
          utilization
        }
        reservations {
          id
          poolId
          devices
          startsAt
          endsAt
          status
          credits
          beneficiary {
            id
            name
          }
          integrator {
            id
            name
          }
        }
      }
    }
  }
`);

const DAY_MS = 86_400_000;
/** Korea has no daylight saving: always UTC+9. The program's days are Korean days. */
const SEOUL_OFFSET_MS = 9 * 3_600_000;

type Period = 'next30' | 'last30' | 'last90' | 'year';
const PERIODS: { value: Period; label: string }[] = [
  { value: 'year', label: 'This year' },
  { value: 'last30', label: 'Last 30 days' },
  { value: 'last90', label: 'Last 90 days' },
  { value: 'next30', label: 'Next 30 days' },
];

/** The period's bounds, as the instants Korean days begin. */
function periodBounds(period: Period, now: number): { from: string; to: string } {
  const today = Math.floor((now + SEOUL_OFFSET_MS) / DAY_MS) * DAY_MS - SEOUL_OFFSET_MS;
  const tomorrow = today + DAY_MS;
  const iso = (at: number) => new Date(at).toISOString();
  switch (period) {
    case 'next30':
      return { from: iso(today), to: iso(today + 30 * DAY_MS) };
    case 'last30':
      return { from: iso(tomorrow - 30 * DAY_MS), to: iso(tomorrow) };
    case 'last90':
      return { from: iso(tomorrow - 90 * DAY_MS), to: iso(tomorrow) };
    case 'year': {
      const year = new Date(now + SEOUL_OFFSET_MS).getUTCFullYear();
      return {
        from: iso(Date.UTC(year, 0, 1) - SEOUL_OFFSET_MS),
        to: iso(Date.UTC(year + 1, 0, 1) - SEOUL_OFFSET_MS),
      };
    }
  }
}

const STATUS_COLORS: Record<string, string> = {
  HELD: 'yellow',
  CONFIRMED: 'green',
  ACTIVE: 'teal',
  COMPLETED: 'blue',
  CANCELLED: 'gray',
  LAPSED: 'gray',
  NO_SHOW: 'red',
};

const hours = (value: number) => `${formatCount(Math.round(value * 10) / 10)} h`;

/** One summary figure: what it is, its value and a line on what it counts. */
function Figure({
  label,
  value,
  detail,
  testId,
}: {
  label: string;
  value: string;
  detail: string;
  testId: string;
}) {
  return (
    <Paper withBorder p="sm">
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} size="xl" fw={700} data-testid={testId}>
        {value}
      </Text>
      <Text component="dd" m={0} size="xs" c="dimmed">
        {detail}
      </Text>
    </Paper>
  );
}

/**
 * The pool time the consortium's member SMEs reserved through their integrators, how much they
 * used, what it cost in credits, and the reservations, for a period.
 */
export function ComputeUse({ consortiumId }: { consortiumId: string }) {
  const [period, setPeriod] = useState<Period>('year');
  const [now] = useState(Date.now);
  const bounds = useMemo(() => periodBounds(period, now), [period, now]);
  const { data, loading, error, refetch } = useQuery(COMPUTE_USE, {
    variables: { id: consortiumId, ...bounds },
  });

  const picker = (
    <Select
      label="Period"
      description="By when the reservations start (Korea time)"
      data={PERIODS}
      value={period}
      onChange={(value) => setPeriod((value as Period | null) ?? 'year')}
      allowDeselect={false}
      w={{ base: '100%', xs: 240 }}
    />
  );

  let body;
  if (error) {
    body =
      errorCode(error) === 'FORBIDDEN' ? (
        <Text c="dimmed">
          Only the consortium's leads and managers, and program operators, see its compute use.
        </Text>
      ) : (
        <QueryError error={error} retry={() => void refetch()} />
      );
  } else if (loading && !data) {
    body = <LoadingPanel label="Loading compute use…" />;
  } else if (data?.consortium.computeUse) {
    body = (
      <ComputeUseFigures
        use={data.consortium.computeUse}
        poolNames={new Map(data.computePools.map((pool) => [pool.id, pool.name]))}
      />
    );
  } else {
    body = null;
  }

  return (
    <Stack>
      {picker}
      {body}
    </Stack>
  );
}

type Use = NonNullable<ConsortiumComputeUseQuery['consortium']['computeUse']>;

function ComputeUseFigures({
  use,
  poolNames,
}: {
  use: Use;
  poolNames: ReadonlyMap<string, string>;
}) {
  if (use.reservationCount === 0)
    return (
      <EmptyPanel
        title="No reservations in this period"
        description="Reservations appear once your integrators book pool time for member SMEs. Choose another period to see earlier or upcoming ones."
      />
    );
  const poolName = (id: string) => poolNames.get(id) ?? 'Retired pool';
  const byPool = use.byPool.map((row) => ({
    pool: poolName(row.key),
    reserved: row.reservedDeviceHours,
    used: row.usedDeviceHours,
    utilization: row.utilization,
  }));
  return (
    <Stack>
      <SimpleGrid component="dl" m={0} cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm">
        <Figure
          label="Reserved"
          value={hours(use.reservedDeviceHours)}
          detail="device-hours booked and kept"
          testId="compute-use-reserved"
        />
        <Figure
          label="Used"
          value={hours(use.usedDeviceHours)}
          detail="device-hours the center reported"
          testId="compute-use-used"
        />
        <Figure
          label="Utilization"
          value={use.utilization === null ? '—' : formatPercent(use.utilization)}
          detail="used ÷ reserved"
          testId="compute-use-utilization"
        />
        <Figure
          label="Credits spent"
          value={formatCount(use.creditsSpent)}
          detail="paid by member SMEs, net of refunds"
          testId="compute-use-credits-spent"
        />
        <Figure
          label="Forfeited"
          value={formatCount(use.creditsForfeited)}
          detail="credits lost to no-shows"
          testId="compute-use-forfeited"
        />
      </SimpleGrid>

      {byPool.length ? (
        <ChartFigure
          title="Reserved and used device-hours by pool"
          summary="Confirmed, active, completed and no-show reservations; cancelled ones and holds reserve nothing."
          columns={['Pool', 'Reserved device-hours', 'Used device-hours', 'Utilization']}
          rows={byPool.map((row) => [
            row.pool,
            formatCount(row.reserved),
            formatCount(row.used),
            row.utilization === null ? '—' : formatPercent(row.utilization),
          ])}
        >
          <ChartPlot>
            <BarChart
              h={Math.max(160, 56 * byPool.length + 60)}
              data={byPool}
              dataKey="pool"
              orientation="vertical"
              yAxisProps={{ width: 120 }}
              series={[
                { name: 'reserved', label: 'Reserved', color: 'indigo.3' },
                { name: 'used', label: 'Used', color: 'indigo.7' },
              ]}
              valueFormatter={hours}
              withLegend
            />
          </ChartPlot>
        </ChartFigure>
      ) : null}

      <Title order={3} size="h5">
        Reservations ({formatCount(use.reservationCount)})
      </Title>
      <Table.ScrollContainer minWidth={760}>
        <Table aria-label="Consortium reservations" striped>
          {use.reservationCount > use.reservations.length ? (
            <Table.Caption>
              The latest {formatCount(use.reservations.length)} of{' '}
              {formatCount(use.reservationCount)} reservations; choose a shorter period to see the
              rest.
            </Table.Caption>
          ) : null}
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Window (Korea time)</Table.Th>
              <Table.Th scope="col">Pool</Table.Th>
              <Table.Th scope="col">For SME</Table.Th>
              <Table.Th scope="col">Integrator</Table.Th>
              <Table.Th scope="col" ta="right">
                Devices
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Price (credits)
              </Table.Th>
              <Table.Th scope="col" miw={130}>
                Status
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {use.reservations.map((reservation) => (
              <Table.Tr key={reservation.id}>
                <Table.Td>
                  {formatDateTime(reservation.startsAt)}
                  <Text size="xs" c="dimmed">
                    to {formatDateTime(reservation.endsAt)}
                  </Text>
                </Table.Td>
                <Table.Td>{poolName(reservation.poolId)}</Table.Td>
                <Table.Td>{reservation.beneficiary.name}</Table.Td>
                <Table.Td>{reservation.integrator.name}</Table.Td>
                <Table.Td ta="right">{formatCount(reservation.devices)}</Table.Td>
                <Table.Td ta="right">{formatCount(reservation.credits)}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={STATUS_COLORS[reservation.status] ?? 'gray'}>
                    {humanize(reservation.status)}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
