import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Device, DeviceCategory, Figure, Precision, Site } from './device';

/**
 * The bundled catalog. The build copies it next to the compiled `catalog.js`, and tests read it from
 * the source tree, so both find it beside this module.
 */
export const BUNDLED_CATALOG_PATH = join(__dirname, 'devices.json');

/** A catalog, or one device, that does not pass validation; `problems` lists every problem found. */
export class CatalogError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(
      `Hardware catalog is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  - ${p}`).join('\n'),
    );
    this.name = 'CatalogError';
  }
}

/** Plausibility bounds; a figure outside them is almost surely a unit slip (MB for GB, TOPS for GOPS). */
export const CATALOG_BOUNDS = {
  powerW: { min: 0.5, max: 2000 },
  memoryGb: { min: 0.001, max: 1000 },
  /** The floor admits host-link-only accelerators (a Coral Edge TPU on PCIe Gen2 x1 gets 0.5 GB/s). */
  bandwidthGBps: { min: 0.1, max: 50_000 },
  /** TFLOPS or TOPS, dense. */
  peak: { max: 10_000 },
} as const;

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const DEVICE_FIELDS = new Set([
  'id',
  'name',
  'vendor',
  'category',
  'formFactor',
  'sites',
  'peak',
  'memoryGb',
  'memoryBandwidthGBps',
  'internalBandwidthGBps',
  'powerW',
  'sources',
]);
const FIGURE_FIELDS = new Set(['value', 'source', 'note']);
const SOURCE_FIELDS = new Set(['id', 'document', 'url', 'asOf']);

const PRECISIONS: readonly string[] = Object.values(Precision);
const CATEGORIES: readonly string[] = Object.values(DeviceCategory);
const SITES: readonly string[] = Object.values(Site);

type Bound = { readonly min?: number; readonly max: number };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return String(v);
  return Array.isArray(v) ? 'an array' : typeof v;
}

/** Today's date, YYYY-MM-DD (UTC); an asOf after it is a typo. */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function validDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * Checks one device as an operator might submit it (over GraphQL) or as it sits in the bundled file.
 * Messages name the device by id, and by `path` (e.g. `devices[3]`) when given or when it has no id.
 * `device` is set only when there are no problems.
 */
/** Lengths the database holds (compute.hardware_profiles). */
export const TEXT_LIMITS = { id: 80, name: 200, vendor: 100, formFactor: 100 } as const;

function hasControlCharacters(value: unknown): boolean {
  if (typeof value === 'string') return /\p{Cc}/u.test(value);
  if (Array.isArray(value)) return value.some(hasControlCharacters);
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).some(
      ([key, v]) => hasControlCharacters(key) || hasControlCharacters(v),
    );
  }
  return false;
}

export function validateDevice(
  raw: unknown,
  path?: string,
): { device?: Device; problems: string[] } {
  const problems: string[] = [];
  if (!isRecord(raw)) {
    problems.push(`${path ?? 'device'}: must be an object, got ${describe(raw)}`);
    return { problems };
  }

  const rawId = raw['id'];
  const label =
    typeof rawId === 'string' && rawId.length > 0
      ? `device '${rawId}'${path ? ` (${path})` : ''}`
      : (path ?? 'device');
  const report = (field: string, message: string): void => {
    problems.push(`${label}: ${field} ${message}`);
  };

  for (const key of Object.keys(raw)) {
    if (!DEVICE_FIELDS.has(key)) report(key, 'is not a known field');
  }

  // Identity and descriptive fields.
  if (typeof rawId !== 'string' || rawId.length === 0) {
    report('id', `must be a non-empty string, got ${describe(rawId)}`);
  } else if (!KEBAB_CASE.test(rawId)) {
    report(
      'id',
      `must be kebab-case (lowercase letters, digits, single hyphens), got ${describe(rawId)}`,
    );
  } else if (rawId.length > TEXT_LIMITS.id) {
    report('id', `must be at most ${TEXT_LIMITS.id} characters`);
  }
  for (const field of ['name', 'vendor', 'formFactor'] as const) {
    const v = raw[field];
    if (typeof v !== 'string' || v.trim().length === 0) {
      report(field, `must be a non-empty string, got ${describe(v)}`);
    } else if (v.length > TEXT_LIMITS[field]) {
      report(field, `must be at most ${TEXT_LIMITS[field]} characters`);
    }
  }
  // The database stores the device as jsonb, which refuses NUL; no control character belongs here.
  if (hasControlCharacters(raw)) {
    report('device', 'may not contain control characters');
  }
  const category = raw['category'];
  if (typeof category !== 'string' || !CATEGORIES.includes(category)) {
    report('category', `must be one of ${CATEGORIES.join(', ')}, got ${describe(category)}`);
  }
  const sites = raw['sites'];
  if (!Array.isArray(sites) || sites.length === 0) {
    report('sites', `must be a non-empty array of ${SITES.join(', ')}, got ${describe(sites)}`);
  } else {
    const seen = new Set<unknown>();
    sites.forEach((s, i) => {
      if (typeof s !== 'string' || !SITES.includes(s)) {
        report(`sites[${i}]`, `must be one of ${SITES.join(', ')}, got ${describe(s)}`);
      } else if (seen.has(s)) {
        report(`sites[${i}]`, `repeats ${s}`);
      }
      seen.add(s);
    });
  }

  // Sources first, so figures can be checked against their ids.
  const sourceIds = new Set<string>();
  const sources = raw['sources'];
  if (!Array.isArray(sources) || sources.length === 0) {
    report('sources', `must be a non-empty array of sources, got ${describe(sources)}`);
  } else {
    sources.forEach((s, i) => checkSource(s, `sources[${i}]`, sourceIds, report));
  }

  // Figures.
  const peak = raw['peak'];
  if (!isRecord(peak)) {
    report('peak', `must be an object of precision to figure, got ${describe(peak)}`);
  } else {
    const keys = Object.keys(peak);
    if (keys.length === 0)
      report('peak', `must give at least one precision (${PRECISIONS.join(', ')})`);
    for (const key of keys) {
      if (!PRECISIONS.includes(key)) {
        report(`peak.${key}`, `is not a known precision (${PRECISIONS.join(', ')})`);
        continue;
      }
      checkFigure(peak[key], `peak.${key}`, { max: CATALOG_BOUNDS.peak.max }, sourceIds, report);
    }
  }
  checkFigure(raw['memoryGb'], 'memoryGb', CATALOG_BOUNDS.memoryGb, sourceIds, report);
  checkFigure(
    raw['memoryBandwidthGBps'],
    'memoryBandwidthGBps',
    CATALOG_BOUNDS.bandwidthGBps,
    sourceIds,
    report,
  );
  checkFigure(raw['powerW'], 'powerW', CATALOG_BOUNDS.powerW, sourceIds, report);

  const internal = raw['internalBandwidthGBps'];
  if (category === DeviceCategory.PIM) {
    if (internal === undefined) {
      report(
        'internalBandwidthGBps',
        'is required for PIM devices (the bandwidth the in-memory compute units see)',
      );
    } else if (
      checkFigure(
        internal,
        'internalBandwidthGBps',
        CATALOG_BOUNDS.bandwidthGBps,
        sourceIds,
        report,
      )
    ) {
      const external = raw['memoryBandwidthGBps'];
      if (
        isRecord(external) &&
        typeof external['value'] === 'number' &&
        internal.value < external['value']
      ) {
        report(
          'internalBandwidthGBps',
          `(${internal.value} GB/s) is below memoryBandwidthGBps (${external['value']} GB/s); a PIM device's internal bandwidth is its point`,
        );
      }
    }
  } else if (internal !== undefined) {
    report('internalBandwidthGBps', `is only for PIM devices, not ${describe(category)}`);
  }

  if (problems.length > 0) return { problems };
  return { device: raw as unknown as Device, problems };
}

function checkSource(
  raw: unknown,
  field: string,
  ids: Set<string>,
  report: (field: string, message: string) => void,
): void {
  if (!isRecord(raw)) {
    report(field, `must be an object with id, document, url and asOf, got ${describe(raw)}`);
    return;
  }
  for (const key of Object.keys(raw)) {
    if (!SOURCE_FIELDS.has(key)) report(`${field}.${key}`, 'is not a known field');
  }
  const id = raw['id'];
  if (typeof id !== 'string' || id.trim().length === 0) {
    report(`${field}.id`, `must be a non-empty string, got ${describe(id)}`);
  } else if (ids.has(id)) {
    report(`${field}.id`, `repeats source id ${describe(id)}`);
  } else {
    ids.add(id);
  }
  const document = raw['document'];
  if (typeof document !== 'string' || document.trim().length === 0) {
    report(`${field}.document`, `must name the document, got ${describe(document)}`);
  }
  const url = raw['url'];
  if (typeof url !== 'string' || !isHttpsUrl(url)) {
    report(`${field}.url`, `must be an https URL, got ${describe(url)}`);
  }
  const asOf = raw['asOf'];
  if (typeof asOf !== 'string' || !validDate(asOf)) {
    report(`${field}.asOf`, `must be a real date as YYYY-MM-DD, got ${describe(asOf)}`);
  } else if (asOf > today()) {
    report(`${field}.asOf`, `is in the future (${asOf})`);
  }
}

function isHttpsUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'https:' && u.hostname.length > 0;
  } catch {
    return false;
  }
}

function checkFigure(
  raw: unknown,
  field: string,
  bound: Bound,
  sourceIds: ReadonlySet<string>,
  report: (field: string, message: string) => void,
): raw is Figure {
  if (!isRecord(raw)) {
    report(field, `must be a figure { value, source, note? }, got ${describe(raw)}`);
    return false;
  }
  let ok = true;
  for (const key of Object.keys(raw)) {
    if (!FIGURE_FIELDS.has(key)) {
      report(`${field}.${key}`, 'is not a known field');
      ok = false;
    }
  }
  const value = raw['value'];
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    report(`${field}.value`, `must be a positive finite number, got ${describe(value)}`);
    ok = false;
  } else if (bound.min !== undefined && value < bound.min) {
    report(`${field}.value`, `(${value}) is below the plausible minimum ${bound.min}`);
    ok = false;
  } else if (value > bound.max) {
    report(`${field}.value`, `(${value}) is above the plausible maximum ${bound.max}`);
    ok = false;
  }
  const source = raw['source'];
  if (typeof source !== 'string' || source.length === 0) {
    report(`${field}.source`, `must name one of the device's sources, got ${describe(source)}`);
    ok = false;
  } else if (!sourceIds.has(source)) {
    const known = [...sourceIds].join(', ') || 'none';
    report(
      `${field}.source`,
      `refers to ${describe(source)}, which is not among the device's sources (${known})`,
    );
    ok = false;
  }
  const note = raw['note'];
  if (note !== undefined && (typeof note !== 'string' || note.trim().length === 0)) {
    report(`${field}.note`, `must be a non-empty string when given, got ${describe(note)}`);
    ok = false;
  }
  return ok;
}

/**
 * Loads and validates a catalog `{ devices: Device[] }`; without an argument, the bundled `devices.json`.
 * Throws a `CatalogError` that lists every problem, each naming the device and the field.
 */
export function loadCatalog(raw?: unknown): Device[] {
  const catalog = raw === undefined ? readBundled() : raw;
  if (!isRecord(catalog) || !Array.isArray(catalog['devices'])) {
    throw new CatalogError([
      `catalog must be an object { devices: [...] }, got ${describe(catalog)}`,
    ]);
  }

  const problems: string[] = [];
  const devices: Device[] = [];
  const firstIndexOf = new Map<string, number>();
  catalog['devices'].forEach((entry: unknown, i: number) => {
    const path = `devices[${i}]`;
    const result = validateDevice(entry, path);
    problems.push(...result.problems);
    const id = isRecord(entry) ? entry['id'] : undefined;
    if (typeof id === 'string' && id.length > 0) {
      const first = firstIndexOf.get(id);
      if (first !== undefined) {
        problems.push(`device '${id}' (${path}): id is a duplicate of devices[${first}]`);
      } else {
        firstIndexOf.set(id, i);
      }
    }
    if (result.device) devices.push(result.device);
  });
  if (catalog['devices'].length === 0) problems.push('catalog has no devices');

  if (problems.length > 0) throw new CatalogError(problems);
  return devices;
}

function readBundled(): unknown {
  let text: string;
  try {
    text = readFileSync(BUNDLED_CATALOG_PATH, 'utf8');
  } catch (e) {
    throw new CatalogError([
      `cannot read the bundled catalog at ${BUNDLED_CATALOG_PATH} (is devices.json copied next to catalog.js?): ${(e as Error).message}`,
    ]);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new CatalogError([
      `the bundled catalog ${BUNDLED_CATALOG_PATH} is not valid JSON: ${(e as Error).message}`,
    ]);
  }
}
