import { useQuery } from '@apollo/client/react';
import { BarChart } from '@mantine/charts';
import { SimpleGrid, Stack } from '@mantine/core';
import { ChartFigure, ChartPlot } from '../../../shared/chart-figure';
import { EmptyPanel } from '../../../shared/empty-panel';
import { formatCount, humanize } from '../../../shared/format';
import { LoadingPanel } from '../../../shared/loading-panel';
import { PageHeader } from '../../../shared/page-header';
import { QueryError } from '../../../shared/query-error';
import { PROGRAM_FIGURES } from './dashboard.operations';
import { TargetCard } from './target-card';
import { UtilizationBy } from './utilization-by';
import { UtilizationOverTime } from './utilization-over-time';

/** The program against its targets: adoption, engaged researchers, credits and utilization. */
export function ProgramDashboardPage() {
  const { data, loading, error, refetch } = useQuery(PROGRAM_FIGURES);
  if (error) return <QueryError error={error} retry={() => void refetch()} />;
  if (loading && !data) return <LoadingPanel label="Loading the program figures…" />;
  if (!data) return null;
  const {
    computeAdoption: adoption,
    nationalEngagementFigures: engagement,
    creditFigures: credits,
  } = data;
  const verticalNames = Object.fromEntries(data.verticals.map((v) => [v.code, v.name]));
  const credit = [
    { kind: 'Issued', credits: credits.issued },
    { kind: 'Redeemed', credits: credits.redeemed },
    { kind: 'Expired', credits: credits.expired },
    { kind: 'Forfeited', credits: credits.forfeited },
  ];
  const byVertical = engagement.byVertical.map((r) => ({
    group: verticalNames[r.key] ?? humanize(r.key),
    researchers: r.researchers,
  }));
  const byRegion = engagement.byRegion.map((r) => ({
    group: humanize(r.key),
    researchers: r.researchers,
  }));

  return (
    <Stack>
      <PageHeader title="Program dashboard" description="The program against its 2030 targets." />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <TargetCard
          title="Industrial AI adoption"
          value={adoption.share ?? 0}
          target={adoption.target}
          format="percent"
          detail={`${formatCount(adoption.smesWithCompletedReservation)} of ${formatCount(adoption.registeredSmes)} registered SMEs completed a reservation`}
        />
        <TargetCard
          title="Engaged researchers"
          value={engagement.engagedResearchers}
          target={engagement.target}
          format="count"
          detail="Distinct researchers with an active engagement"
        />
      </SimpleGrid>
      <UtilizationOverTime />
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <UtilizationBy names={verticalNames} />
        <ChartFigure
          title="Compute credits"
          summary="Granted to SME wallets, spent on reservations (net of refunds), lapsed with their grants, forfeited by no-shows."
          columns={['Movement', 'Credits']}
          rows={credit.map((c) => [c.kind, formatCount(c.credits)])}
        >
          <ChartPlot>
            <BarChart
              h={260}
              data={credit}
              dataKey="kind"
              series={[{ name: 'credits', label: 'Credits', color: 'teal.6' }]}
              valueFormatter={formatCount}
            />
          </ChartPlot>
        </ChartFigure>
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <EngagedChart title="Engaged researchers by vertical" rows={byVertical} />
        <EngagedChart title="Engaged researchers by region" rows={byRegion} />
      </SimpleGrid>
    </Stack>
  );
}

function EngagedChart({
  title,
  rows,
}: {
  title: string;
  rows: { group: string; researchers: number }[];
}) {
  return (
    <ChartFigure
      title={title}
      columns={['Group', 'Researchers']}
      rows={rows.map((r) => [r.group, r.researchers])}
    >
      {rows.length ? (
        <ChartPlot>
          <BarChart
            h={260}
            data={rows}
            dataKey="group"
            series={[{ name: 'researchers', label: 'Researchers', color: 'grape.6' }]}
            valueFormatter={formatCount}
          />
        </ChartPlot>
      ) : (
        <EmptyPanel
          title="No active engagements yet"
          description="Researchers count once their engagement with a consortium firm is active."
        />
      )}
    </ChartFigure>
  );
}
