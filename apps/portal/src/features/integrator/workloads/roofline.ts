import { type Precision } from '../../../gql/graphql';

export interface DeviceRoof {
  name: string;
  /** Peak at the workload's precision, in tera operations a second. */
  peakTera: number;
  /** Memory bandwidth, GB/s. */
  bandwidthGBps: number;
}

export interface RoofDevice {
  name: string;
  memoryBandwidthGBps: { value: number };
  peaks: readonly { precision: Precision; value: number }[];
}

/** A device's roof for a precision: its peak there, or its highest peak if it lists none for it. */
export function roofOf(device: RoofDevice, precision: Precision): DeviceRoof | null {
  const peak =
    device.peaks.find((p) => p.precision === precision)?.value ??
    Math.max(0, ...device.peaks.map((p) => p.value));
  if (!(peak > 0) || !(device.memoryBandwidthGBps.value > 0)) return null;
  return { name: device.name, peakTera: peak, bandwidthGBps: device.memoryBandwidthGBps.value };
}

/**
 * Attainable performance (tera operations a second) at an arithmetic intensity (operations per
 * byte): the lower of the compute roof and the memory roof, bandwidth × intensity.
 */
export function attainable(roof: DeviceRoof, intensity: number): number {
  return Math.min(roof.peakTera, (roof.bandwidthGBps * intensity) / 1000);
}

/** Where the memory roof meets the compute roof, in operations per byte. */
export const ridge = (roof: DeviceRoof) => (roof.peakTera * 1000) / roof.bandwidthGBps;

/** Intensities spaced evenly on a log axis from 10^lo to 10^hi, with each device's ridge. */
export function intensities(lo: number, hi: number, roofs: readonly DeviceRoof[]): number[] {
  const points = new Set<number>();
  for (let exponent = lo; exponent <= hi + 1e-9; exponent += 0.25) points.add(10 ** exponent);
  for (const roof of roofs) points.add(ridge(roof));
  return [...points].filter((x) => x >= 10 ** lo && x <= 10 ** hi).sort((a, b) => a - b);
}

const significant = new Intl.NumberFormat('en-GB', { maximumSignificantDigits: 3 });

/** A measured figure with three significant digits: 172.2689… reads as 172, 0.047619… as 0.0476. */
export const formatSignificant = (value: number) => significant.format(value);

/** Whole powers of ten from 10^lo to 10^hi: the ticks of a log axis. */
export const decades = (lo: number, hi: number) =>
  Array.from({ length: hi - lo + 1 }, (_, i) => 10 ** (lo + i));

/** A log-axis tick: 0.01, 0.1, 1, 10, 100, 1k, 10k. */
export const formatDecade = (value: number) =>
  value >= 1000 ? `${formatSignificant(value / 1000)}k` : formatSignificant(value);
