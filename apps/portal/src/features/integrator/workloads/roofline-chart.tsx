import { Text } from '@mantine/core';
import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { type WorkloadInput } from '../../../gql/graphql';
import { attainable, intensities, type DeviceRoof, roofOf } from './roofline';
import { type MatchResult } from './workload-match.page';

const COLORS = ['#4c6ef5', '#12b886', '#f59f00', '#e64980', '#7950f2', '#15aabf'];
/** The chart shows the best few devices; more lines would hide each other. */
const SHOWN = 5;

const tick = (value: number) =>
  value >= 1000 ? `${value / 1000}k` : value >= 1 ? String(value) : value.toPrecision(1);

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
  const best = roofs[0] as DeviceRoof;
  const point = { x: intensity, workload: attainable(best, intensity) };
  const boundText =
    intensity < (best.peakTera * 1000) / best.bandwidthGBps
      ? 'left of the ridge: memory-bound'
      : 'right of the ridge: compute-bound';

  return (
    <figure style={{ margin: 0 }}>
      <div
        style={{ width: '100%', height: 340 }}
        role="img"
        aria-label={`Roofline of the ${roofs.length} best devices; the workload's arithmetic intensity is ${intensity.toPrecision(3)} operations per byte, ${boundText} on ${best.name}.`}
      >
        <ResponsiveContainer>
          <ComposedChart data={data} margin={{ top: 10, right: 16, bottom: 24, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis
              dataKey="x"
              type="number"
              scale="log"
              domain={[10 ** lo, 10 ** hi]}
              allowDataOverflow
              tickFormatter={tick}
              label={{ value: 'Operations per byte', position: 'insideBottom', offset: -12 }}
            />
            <YAxis
              type="number"
              scale="log"
              domain={['auto', 'auto']}
              allowDataOverflow
              tickFormatter={tick}
              width={56}
              label={{ value: 'Tera-ops/s', angle: -90, position: 'insideLeft' }}
            />
            <Tooltip
              formatter={(value) => (typeof value === 'number' ? value.toPrecision(3) : value)}
              labelFormatter={(label) =>
                `${typeof label === 'number' ? label.toPrecision(3) : String(label)} ops/byte`
              }
            />
            <Legend verticalAlign="top" height={36} />
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
            <ReferenceLine x={intensity} stroke="#fa5252" strokeDasharray="4 4" />
            <Scatter
              data={[point]}
              dataKey="workload"
              name={workload.name}
              fill="#fa5252"
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <Text component="figcaption" size="sm" c="dimmed" mt="xs">
        {workload.name}: {intensity.toPrecision(3)} operations per byte, {boundText} on {best.name}{' '}
        (at most {point.workload.toPrecision(3)} tera-ops/s per device).
      </Text>
    </figure>
  );
}
