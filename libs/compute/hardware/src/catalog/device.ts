/** Numeric precisions a device can run a model in; peak figures are dense (no sparsity). */
export enum Precision {
  FP32 = 'FP32',
  TF32 = 'TF32',
  FP16 = 'FP16',
  BF16 = 'BF16',
  FP8 = 'FP8',
  INT8 = 'INT8',
  INT4 = 'INT4',
}

/** Bytes one value takes in memory at each precision (TF32 is stored as FP32). */
export const BYTES_PER_VALUE: Readonly<Record<Precision, number>> = {
  FP32: 4,
  TF32: 4,
  FP16: 2,
  BF16: 2,
  FP8: 1,
  INT8: 1,
  INT4: 0.5,
};

export enum DeviceCategory {
  /** Processing-in-memory: compute units inside the memory, with an internal bandwidth. */
  PIM = 'PIM',
  NPU = 'NPU',
  GPU = 'GPU',
  /** Embedded modules for the factory floor, vehicles and shops. */
  EDGE = 'EDGE',
}

/** Where a device can be deployed. */
export enum Site {
  EDGE = 'EDGE',
  ON_PREMISES = 'ON_PREMISES',
  CENTER = 'CENTER',
}

/** Where a published figure comes from. */
export interface FigureSource {
  id: string;
  /** A document name (datasheet, whitepaper, paper, press release). */
  document: string;
  url: string;
  /** When the document was published or read, YYYY-MM-DD. */
  asOf: string;
}

/** One published figure and the source it comes from (an id of the device's `sources`). */
export interface Figure {
  value: number;
  source: string;
  /** Why the figure is what it is, when it needs saying (e.g. "per card of 4 chips"). */
  note?: string;
}

export interface Device {
  /** Stable, kebab-case: 'nvidia-h100-sxm'. */
  id: string;
  name: string;
  vendor: string;
  category: DeviceCategory;
  /** e.g. 'SXM5 module', 'PCIe card', 'OAM', 'M.2 module', 'system-on-module', 'DIMM'. */
  formFactor: string;
  sites: Site[];
  /** Dense peak throughput per precision: TFLOPS for floating point, TOPS for integers. */
  peak: Partial<Record<Precision, Figure>>;
  /** Memory the model and activations live in, GB (10^9 bytes). */
  memoryGb: Figure;
  /** External memory bandwidth, GB/s. */
  memoryBandwidthGBps: Figure;
  /** PIM only: the bandwidth the in-memory compute units see, GB/s. */
  internalBandwidthGBps?: Figure;
  /** Board or module power (TDP/TBP), W. */
  powerW: Figure;
  sources: FigureSource[];
}
