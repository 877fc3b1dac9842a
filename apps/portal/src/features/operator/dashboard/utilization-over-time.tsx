import { useQuery } from '@apollo/client/react';
import { LineChart } from '@mantine/charts';
import { useState } from 'react';
import { ChartFigure, ChartPlot } from '../../../shared/chart-figure';
import { EmptyPanel } from '../../../shared/empty-panel';
import { formatDate, formatPercent } from '../../../shared/format';
import { LoadingPanel } from '../../../shared/loading-panel';
import { QueryError } from '../../../shared/query-error';
import { UTILIZATION_OVER_TIME } from './dashboard.operations';

const DAY = 86_400_000;
const WEEKS = 8;
const COLORS = ['indigo.6', 'teal.6', 'orange.6', 'grape.6', 'cyan.6', 'red.6', 'lime.7', 'pink.6'];

/** The starts of eight weeks ending at the next midnight (UTC), then the end. */
function weekBoundaries(now: number): string[] {
  const end = Math.ceil(now / DAY) * DAY;
  return Array.from({ length: WEEKS + 1 }, (_, i) =>
    new Date(end - (WEEKS - i) * 7 * DAY).toISOString(),
  );
}

/** Used ÷ reserved device-hours per pool, week by week over the last eight weeks. */
export function UtilizationOverTime() {
  const [bounds] = useState(() => weekBoundaries(Date.now()));
  const [f0, f1, f2, f3, f4, f5, f6, f7, to] = bounds as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const { data, loading, error, refetch } = useQuery(UTILIZATION_OVER_TIME, {
    variables: { f0, f1, f2, f3, f4, f5, f6, f7, to },
  });
  if (error) return <QueryError error={error} retry={() => void refetch()} />;
  if (loading && !data) return <LoadingPanel label="Loading utilization…" />;
  if (!data) return null;
  const weeks = [data.w0, data.w1, data.w2, data.w3, data.w4, data.w5, data.w6, data.w7];
  const poolIds = [...new Set(weeks.flatMap((week) => week.map((row) => row.key)))];
  const name = (id: string) => data.computePools.find((p) => p.id === id)?.name ?? id.slice(0, 8);
  const rows = weeks.map((week, i) => ({
    week: formatDate(bounds[i] ?? ''),
    ...Object.fromEntries(
      week.filter((row) => row.utilization !== null).map((row) => [row.key, row.utilization]),
    ),
  }));
  if (!poolIds.length)
    return (
      <ChartFigure title="Utilization per pool, week by week" columns={[]} rows={[]}>
        <EmptyPanel
          title="No reservations in the last eight weeks"
          description="Utilization appears once integrators confirm reservations on the pools and the computing center reports usage."
        />
      </ChartFigure>
    );
  return (
    <ChartFigure
      title="Utilization per pool, week by week"
      summary="Used ÷ reserved device-hours of the reservations starting each week."
      columns={['Week of', ...poolIds.map(name)]}
      rows={rows.map((row) => [
        row.week,
        ...poolIds.map((id) => {
          const value = (row as Record<string, unknown>)[id];
          return typeof value === 'number' ? formatPercent(value) : '—';
        }),
      ])}
    >
      <ChartPlot>
        <LineChart
          h={280}
          data={rows}
          dataKey="week"
          series={poolIds.map((id, i) => ({
            name: id,
            label: name(id),
            color: COLORS[i % COLORS.length],
          }))}
          valueFormatter={formatPercent}
          yAxisProps={{ domain: [0, 1] }}
          withLegend
          connectNulls
          curveType="monotone"
        />
      </ChartPlot>
    </ChartFigure>
  );
}
