import { Box, Group, Text } from '@mantine/core';
import {
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { type WorkloadInput } from '../../../gql/graphql';
import {
  attainable,
  decades,
  formatDecade,
  formatSignificant,
  intensities,
  ridge,
  type DeviceRoof,
  roofOf,
} from './roofline';
import { type MatchResult } from './workload-match.page';

const COLORS = ['#4c6ef5', '#12b886', '#f59f00', '#e64980', '#7950f2', '#15aabf'];
const WORKLOAD_COLOR = '#fa5252';
/** The chart shows the best few devices; more lines would hide each other. */
const SHOWN = 5;

/**
 * Attainable performance against arithmetic intensity on log axes: each ranked device's roof (its
 * memory bandwidth rising to its peak at the workload's precision) and the workload's point.
 */
export function RooflineChart({
  workload,
  match,
}: {
  workload: WorkloadInput;
  match: MatchResult;
}) {
  const roofs = match.ranking
    .slice(0, SHOWN)
    .map((p) => roofOf(p.device, workload.precision))
    .filter((roof): roof is DeviceRoof => roof !== null);
  const intensity = match.flopsPerInference / match.bytesPerInference;
  if (roofs.length === 0 || !Number.isFinite(intensity) || intensity <= 0) {
    return (
      <Text size="sm" c="dimmed">
        The catalog has no peak or bandwidth figures to draw these devices' roofs.
      </Text>
    );
  }
  const lo = Math.floor(Math.log10(Math.min(intensity, 1))) - 1;
  const hi = Math.max(Math.ceil(Math.log10(intensity)) + 1, 4);
  const data = intensities(lo, hi, roofs).map((x) => {
    const row: Record<string, number> = { x };
    roofs.forEach((roof, i) => (row[`d${i}`] = attainable(roof, x)));
    return row;
  });
  // Whole decades on both axes, from the lowest roof at the left edge to the highest peak.
  const yLo = Math.floor(Math.log10(Math.min(...roofs.map((roof) => attainable(roof, 10 ** lo)))));
  const yHi = Math.ceil(Math.log10(Math.max(...roofs.map((roof) => roof.peakTera))));
  const best = roofs[0] as DeviceRoof;
  const point = { x: intensity, workload: attainable(best, intensity) };
  const shownIntensity = formatSignificant(intensity);
  const boundText =
    intensity < ridge(best)
      ? 'left of the ridge: memory-bound'
      : 'right of the ridge: compute-bound';

  return (
    <figure style={{ margin: 0 }}>
      <div
        style={{ width: '100%', height: 320 }}
        role="img"
        aria-label={`Roofline of the ${roofs.length} best devices; the workload's arithmetic intensity is ${shownIntensity} operations per byte, ${boundText} on ${best.name}.`}
      >
        <ResponsiveContainer>
          <ComposedChart data={data} margin={{ top: 20, right: 16, bottom: 24, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis
              dataKey="x"
              type="number"
              scale="log"
              domain={[10 ** lo, 10 ** hi]}
              ticks={decades(lo, hi)}
              allowDataOverflow
              tickFormatter={formatDecade}
              label={{ value: 'Operations per byte', position: 'insideBottom', offset: -12 }}
            />
            <YAxis
              type="number"
              scale="log"
              domain={[10 ** yLo, 10 ** yHi]}
              ticks={decades(yLo, yHi)}
              allowDataOverflow
              tickFormatter={formatDecade}
              width={56}
              label={{ value: 'Tera-ops/s', angle: -90, position: 'insideLeft' }}
            />
            <Tooltip
              formatter={(value) => (typeof value === 'number' ? formatSignificant(value) : value)}
              labelFormatter={(label) =>
                `${typeof label === 'number' ? formatSignificant(label) : String(label)} ops/byte`
              }
            />
            {roofs.map((roof, i) => (
              <Line
                key={roof.name}
                dataKey={`d${i}`}
                name={roof.name}
                stroke={COLORS[i % COLORS.length]}
                dot={false}
                strokeWidth={i === 0 ? 3 : 1.5}
                isAnimationActive={false}
              />
            ))}
            <ReferenceLine
              x={intensity}
              stroke={WORKLOAD_COLOR}
              strokeDasharray="4 4"
              label={{
                value: shownIntensity,
                position: 'top',
                fill: WORKLOAD_COLOR,
                fontSize: 12,
              }}
            />
            <Scatter
              data={[point]}
              dataKey="workload"
              name={workload.name}
              fill={WORKLOAD_COLOR}
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      {/* The key sits under the plot, where it cannot cover the lines; the picture is described above. */}
      <Group gap="md" mt={4} style={{ rowGap: 4 }} aria-hidden>
        {roofs.map((roof, i) => (
          <Group key={roof.name} gap={6} wrap="nowrap">
            <Box
              w={16}
              h={i === 0 ? 3 : 2}
              bg={COLORS[i % COLORS.length]}
              style={{ borderRadius: 2, flexShrink: 0 }}
            />
            <Text size="xs">{roof.name}</Text>
          </Group>
        ))}
        <Group gap={6} wrap="nowrap">
          <Box w={10} h={10} bg={WORKLOAD_COLOR} style={{ borderRadius: '50%', flexShrink: 0 }} />
          <Text size="xs">{workload.name}</Text>
        </Group>
      </Group>
      <Text component="figcaption" size="sm" c="dimmed" mt="xs">
        {workload.name}: {shownIntensity} operations per byte, {boundText} on {best.name} (at most{' '}
        {formatSignificant(point.workload)} tera-ops/s per device).
      </Text>
    </figure>
  );
}
