import { existsSync } from 'node:fs';
import { BUNDLED_CATALOG_PATH, CatalogError, loadCatalog, validateDevice } from './catalog';
import { DeviceCategory, Precision } from './device';

/** A valid device; each test breaks one thing in a fresh copy. */
function validDevice(): Record<string, unknown> {
  return {
    id: 'test-gpu',
    name: 'Test GPU',
    vendor: 'Test',
    category: 'GPU',
    formFactor: 'PCIe card',
    sites: ['ON_PREMISES', 'CENTER'],
    peak: { FP16: { value: 100, source: 'ds' }, INT8: { value: 200, source: 'ds', note: 'dense' } },
    memoryGb: { value: 24, source: 'ds' },
    memoryBandwidthGBps: { value: 300, source: 'ds' },
    powerW: { value: 75, source: 'ds' },
    sources: [
      {
        id: 'ds',
        document: 'Test GPU datasheet',
        url: 'https://example.com/ds.pdf',
        asOf: '2024-05-01',
      },
    ],
  };
}

function validPim(): Record<string, unknown> {
  return {
    ...validDevice(),
    id: 'test-pim',
    category: 'PIM',
    formFactor: 'DIMM',
    internalBandwidthGBps: { value: 1000, source: 'ds' },
  };
}

/** The problems a catalog of these devices is refused with. */
function problemsOf(...devices: unknown[]): string[] {
  try {
    loadCatalog({ devices });
  } catch (e) {
    expect(e).toBeInstanceOf(CatalogError);
    return [...(e as CatalogError).problems];
  }
  throw new Error('the catalog was accepted');
}

describe('bundled hardware catalog', () => {
  const devices = loadCatalog();

  it('sits beside the loader', () => {
    expect(existsSync(BUNDLED_CATALOG_PATH)).toBe(true);
  });

  it('loads at least 30 devices covering every category', () => {
    expect(devices.length).toBeGreaterThanOrEqual(30);
    for (const category of Object.values(DeviceCategory)) {
      expect(devices.filter((d) => d.category === category).length).toBeGreaterThan(0);
    }
  });

  it('has unique ids, a peak for each device and internal bandwidth for each PIM device', () => {
    expect(new Set(devices.map((d) => d.id)).size).toBe(devices.length);
    expect(devices.filter((d) => Object.keys(d.peak).length === 0)).toEqual([]);
    const pims = devices.filter((d) => d.category === DeviceCategory.PIM);
    expect(pims.filter((d) => d.internalBandwidthGBps === undefined)).toEqual([]);
  });

  it('carries the devices the program asked for by their agreed ids', () => {
    const ids = new Set(devices.map((d) => d.id));
    for (const id of [
      'upmem-pim-dimm',
      'furiosa-warboy',
      'furiosa-rngd',
      'rebellions-atom',
      'intel-gaudi3',
      'nvidia-h100-sxm',
      'amd-mi300x',
      'nvidia-jetson-agx-orin-64gb',
      'nvidia-jetson-orin-nano-8gb',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('gives dense figures (H100 SXM BF16 is half the sparse 1979)', () => {
    const h100 = devices.find((d) => d.id === 'nvidia-h100-sxm');
    expect(h100?.peak[Precision.BF16]?.value).toBe(989.5);
  });
});

describe('validateDevice', () => {
  it('accepts a valid device and returns it', () => {
    const result = validateDevice(validDevice());
    expect(result.problems).toEqual([]);
    expect(result.device?.id).toBe('test-gpu');
  });

  it('accepts a PIM device with internal bandwidth', () => {
    expect(validateDevice(validPim()).problems).toEqual([]);
  });

  it('names the path when the device has no id', () => {
    const { problems, device } = validateDevice({ ...validDevice(), id: undefined }, 'input');
    expect(device).toBeUndefined();
    expect(problems).toEqual([expect.stringMatching(/^input: id must be a non-empty string/)]);
  });

  it('refuses a non-object', () => {
    expect(validateDevice(42, 'devices[0]').problems).toEqual([
      expect.stringContaining('devices[0]'),
    ]);
  });
});

describe('loadCatalog refuses bad input, naming the device and the field', () => {
  it('a figure whose source is not among the device sources', () => {
    const d = validDevice();
    d['powerW'] = { value: 75, source: 'missing-doc' };
    expect(problemsOf(d)).toEqual([
      expect.stringMatching(/device 'test-gpu'.*powerW\.source.*missing-doc/),
    ]);
  });

  it('a device without sources', () => {
    const d = validDevice();
    d['sources'] = [];
    const problems = problemsOf(d);
    expect(problems).toContainEqual(
      expect.stringMatching(/device 'test-gpu'.*sources must be a non-empty array/),
    );
    expect(problems).toContainEqual(expect.stringMatching(/peak\.FP16\.source/));
  });

  it('negative power', () => {
    const d = validDevice();
    d['powerW'] = { value: -5, source: 'ds' };
    expect(problemsOf(d)).toEqual([
      expect.stringMatching(
        /device 'test-gpu'.*powerW\.value must be a positive finite number, got -5/,
      ),
    ]);
  });

  it('implausible power (a unit slip)', () => {
    const d = validDevice();
    d['powerW'] = { value: 75_000, source: 'ds' };
    expect(problemsOf(d)).toEqual([
      expect.stringMatching(/powerW\.value.*above the plausible maximum 2000/),
    ]);
  });

  it('implausible memory and peak', () => {
    const d = validDevice();
    d['memoryGb'] = { value: 24_000, source: 'ds' };
    d['peak'] = { FP16: { value: 20_000, source: 'ds' } };
    const problems = problemsOf(d);
    expect(problems).toContainEqual(expect.stringMatching(/memoryGb\.value.*plausible maximum/));
    expect(problems).toContainEqual(expect.stringMatching(/peak\.FP16\.value.*plausible maximum/));
  });

  it('an unknown precision', () => {
    const d = validDevice();
    d['peak'] = { FP16: { value: 100, source: 'ds' }, FP4: { value: 400, source: 'ds' } };
    expect(problemsOf(d)).toEqual([
      expect.stringMatching(/device 'test-gpu'.*peak\.FP4 is not a known precision/),
    ]);
  });

  it('no peak precision at all', () => {
    const d = validDevice();
    d['peak'] = {};
    expect(problemsOf(d)).toEqual([
      expect.stringMatching(/device 'test-gpu'.*peak must give at least one precision/),
    ]);
  });

  it('a duplicate id', () => {
    expect(problemsOf(validDevice(), validDevice())).toEqual([
      expect.stringMatching(
        /device 'test-gpu' \(devices\[1\]\): id is a duplicate of devices\[0\]/,
      ),
    ]);
  });

  it('an id that is not kebab-case', () => {
    expect(problemsOf({ ...validDevice(), id: 'Test_GPU' })).toEqual([
      expect.stringMatching(/id must be kebab-case/),
    ]);
  });

  it('a PIM device without internal bandwidth', () => {
    const d = validPim();
    delete d['internalBandwidthGBps'];
    expect(problemsOf(d)).toEqual([
      expect.stringMatching(/device 'test-pim'.*internalBandwidthGBps is required for PIM devices/),
    ]);
  });

  it('internal bandwidth on a device that is not PIM', () => {
    const d = { ...validDevice(), internalBandwidthGBps: { value: 1000, source: 'ds' } };
    expect(problemsOf(d)).toEqual([
      expect.stringMatching(/internalBandwidthGBps is only for PIM devices/),
    ]);
  });

  it('an http url', () => {
    const d = validDevice();
    d['sources'] = [
      {
        id: 'ds',
        document: 'Test GPU datasheet',
        url: 'http://example.com/ds.pdf',
        asOf: '2024-05-01',
      },
    ];
    expect(problemsOf(d)).toEqual([
      expect.stringMatching(/device 'test-gpu'.*sources\[0\]\.url must be an https URL/),
    ]);
  });

  it.each([['2024-02-30'], ['2024-5-1'], ['May 2024'], ['2999-01-01']])(
    'a bad asOf date: %s',
    (asOf) => {
      const d = validDevice();
      d['sources'] = [
        { id: 'ds', document: 'Test GPU datasheet', url: 'https://example.com/ds.pdf', asOf },
      ];
      expect(problemsOf(d)).toEqual([
        expect.stringMatching(/device 'test-gpu'.*sources\[0\]\.asOf/),
      ]);
    },
  );

  it('a source without a document', () => {
    const d = validDevice();
    d['sources'] = [{ id: 'ds', url: 'https://example.com/ds.pdf', asOf: '2024-05-01' }];
    expect(problemsOf(d)).toEqual([
      expect.stringMatching(/sources\[0\]\.document must name the document/),
    ]);
  });

  it('unknown enums and fields', () => {
    const problems = problemsOf({
      ...validDevice(),
      category: 'TPU',
      sites: ['ORBIT'],
      powerWatts: 5,
    });
    expect(problems).toContainEqual(
      expect.stringMatching(/category must be one of PIM, NPU, GPU, EDGE, got "TPU"/),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/sites\[0\] must be one of EDGE, ON_PREMISES, CENTER/),
    );
    expect(problems).toContainEqual(expect.stringMatching(/powerWatts is not a known field/));
  });

  it('lists every problem at once, in the error message too', () => {
    const bad = validDevice();
    bad['powerW'] = { value: -1, source: 'ds' };
    const worse = { ...validPim(), id: 'other-pim', internalBandwidthGBps: undefined };
    let error: unknown;
    try {
      loadCatalog({ devices: [bad, worse] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CatalogError);
    const { problems, message } = error as CatalogError;
    expect(problems).toHaveLength(2);
    expect(message).toContain("device 'test-gpu' (devices[0]): powerW.value");
    expect(message).toContain("device 'other-pim' (devices[1]): internalBandwidthGBps");
  });

  it('a catalog that is not { devices: [...] }', () => {
    expect(() => loadCatalog([validDevice()])).toThrow(CatalogError);
    expect(() => loadCatalog({ devices: [] })).toThrow(/no devices/);
  });
});

describe('device text the database could not hold', () => {
  const valid = loadCatalog()[0];
  it.each([
    [{ ...valid, name: 'x'.repeat(201) }, 'name'],
    [{ ...valid, vendor: 'x'.repeat(101) }, 'vendor'],
    [{ ...valid, id: `a${'-b'.repeat(45)}` }, 'id'],
    [{ ...valid, name: 'Bad\u0000Name' }, 'device'],
  ])('is refused, naming the field (%#)', (raw, field) => {
    expect(validateDevice(raw).problems.join(' ')).toContain(field);
  });
});
