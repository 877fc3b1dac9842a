import { useQuery } from '@apollo/client/react';
import { BarChart } from '@mantine/charts';
import { Group, SegmentedControl, Select } from '@mantine/core';
import { useMemo, useState } from 'react';
import { type UtilizationGrouping } from '../../../gql/graphql';
import { ChartFigure, ChartPlot } from '../../../shared/chart-figure';
import { EmptyPanel } from '../../../shared/empty-panel';
import { formatCount, formatPercent, humanize } from '../../../shared/format';
import { LoadingPanel } from '../../../shared/loading-panel';
import { QueryError } from '../../../shared/query-error';
import { UTILIZATION_BY } from './dashboard.operations';

const DAY = 86_400_000;
const GROUPINGS: { value: UtilizationGrouping; label: string }[] = [
  { value: 'VERTICAL', label: 'Vertical' },
  { value: 'REGION', label: 'Region' },
  { value: 'POOL', label: 'Pool' },
  { value: 'CONSORTIUM', label: 'Consortium' },
];
const PERIODS = [
  { value: '7', label: 'Last 7 days' },
  { value: '30', label: 'Last 30 days' },
  { value: '90', label: 'Last 90 days' },
  { value: '365', label: 'Last 12 months' },
];

/** Reserved and used device-hours and their ratio, by vertical, region, pool or consortium. */
export function UtilizationBy({
  names,
}: {
  /** Display names for keys (vertical codes, pool and consortium ids). */
  names: Record<string, string>;
}) {
  const [by, setBy] = useState<UtilizationGrouping>('VERTICAL');
  const [days, setDays] = useState('30');
  const [now] = useState(Date.now);
  const { from, to } = useMemo(() => {
    const end = Math.ceil(now / DAY) * DAY;
    return {
      from: new Date(end - Number(days) * DAY).toISOString(),
      to: new Date(end).toISOString(),
    };
  }, [days, now]);
  const { data, loading, error, refetch } = useQuery(UTILIZATION_BY, {
    variables: { by, from, to },
  });
  const label = (key: string) =>
    names[key] ?? (by === 'REGION' || key === 'UNKNOWN' ? humanize(key) : key.slice(0, 8));
  const rows = (data?.computeUtilization ?? []).map((row) => ({
    group: label(row.key),
    reserved: row.reservedDeviceHours,
    used: row.usedDeviceHours,
    utilization: row.utilization,
  }));

  return (
    <ChartFigure
      title="Reserved and used device-hours"
      summary="By the reservations' start, per grouping; utilization is used ÷ reserved."
      columns={['Group', 'Reserved device-hours', 'Used device-hours', 'Utilization']}
      rows={rows.map((r) => [
        r.group,
        formatCount(r.reserved),
        formatCount(r.used),
        r.utilization === null ? '—' : formatPercent(r.utilization),
      ])}
      controls={
        <Group gap="sm" mb="sm" wrap="wrap">
          <SegmentedControl
            aria-label="Group by"
            data={GROUPINGS}
            value={by}
            onChange={(value) => setBy(value as UtilizationGrouping)}
          />
          <Select
            aria-label="Period"
            data={PERIODS}
            value={days}
            onChange={(value) => setDays(value ?? '30')}
            allowDeselect={false}
            w={170}
          />
        </Group>
      }
    >
      {error ? (
        <QueryError error={error} retry={() => void refetch()} />
      ) : loading && !data ? (
        <LoadingPanel label="Loading utilization…" />
      ) : rows.length === 0 ? (
        <EmptyPanel
          title="No reservations in this period"
          description="Choose a longer period, or wait for confirmed reservations and usage reports."
        />
      ) : (
        <ChartPlot>
          <BarChart
            h={260}
            data={rows}
            dataKey="group"
            series={[
              { name: 'reserved', label: 'Reserved', color: 'indigo.3' },
              { name: 'used', label: 'Used', color: 'indigo.7' },
            ]}
            valueFormatter={formatCount}
            withLegend
            unit=" h"
          />
        </ChartPlot>
      )}
    </ChartFigure>
  );
}
