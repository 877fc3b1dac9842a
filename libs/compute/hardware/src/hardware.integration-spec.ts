import { randomUUID } from 'node:crypto';
import { type TestingModule } from '@nestjs/testing';
import { PlatformRole, type UserPrincipal } from '@vcp/platform/auth';
import { createIntegrationModule } from '@vcp/platform/testing';
import { loadCatalog } from './catalog/catalog';
import { Precision, Site } from './catalog/device';
import { HardwareCatalogService } from './hardware-catalog.service';
import { HardwarePlansService } from './hardware-plans.service';
import { HardwareModule } from './hardware.module';
import { MatchingService } from './matching.service';
import { DataResidency, ModelFamily, type WorkloadSpec } from './matching/workload';
import { WorkloadsService } from './workloads.service';

const operator: UserPrincipal = {
  kind: 'user',
  userId: randomUUID(),
  sessionId: randomUUID(),
  roles: [PlatformRole.OPERATOR],
  organizationId: null,
};

const inspection: WorkloadSpec = {
  name: 'Line-side inspection',
  family: ModelFamily.CNN_VISION,
  parameters: 25.6e6,
  precision: Precision.INT8,
  batch: 1,
  latencyTargetMs: 20,
  site: Site.EDGE,
  residency: DataResidency.ON_SITE,
};

describe('hardware catalog, workloads and plans (real PostgreSQL)', () => {
  let module: TestingModule;
  let catalog: HardwareCatalogService;

  beforeAll(async () => {
    module = await createIntegrationModule([HardwareModule]);
    catalog = module.get(HardwareCatalogService);
  });
  afterAll(() => module.close());

  it('loads the catalog file at start-up and leaves it alone when nothing changed', async () => {
    const bundled = loadCatalog();
    const active = await catalog.activeDevices();
    expect(active.map((d) => d.id)).toEqual(expect.arrayContaining(bundled.map((d) => d.id)));
    expect(await catalog.syncCatalog(bundled)).toBe(0);
  });

  it('filters by category, precision and site, and pages by name', async () => {
    const first = await catalog.page(
      { categories: ['GPU' as never], precision: Precision.FP8 },
      { first: 3 },
    );
    expect(first.nodes).toHaveLength(3);
    expect(first.nodes.every((h) => h.category === 'GPU' && h.spec.peak.FP8)).toBe(true);
    const next = await catalog.page(
      { categories: ['GPU' as never], precision: Precision.FP8 },
      { first: 3, after: first.pageInfo.endCursor ?? undefined },
    );
    expect(next.nodes[0].name >= first.nodes[2].name).toBe(true);
    const edge = await catalog.page({ site: Site.EDGE }, { first: 100 });
    expect(edge.nodes.every((h) => h.spec.sites.includes(Site.EDGE))).toBe(true);
  });

  it('lets an operator add a device with sourced figures, refuses a bad one, and retires it out of matching', async () => {
    const id = `test-npu-${randomUUID().slice(0, 8)}`;
    const device = {
      id,
      name: `Test NPU ${id}`,
      vendor: 'Test',
      category: 'NPU',
      formFactor: 'PCIe card',
      sites: ['CENTER'],
      peak: { INT8: { value: 400, source: 'sheet' } },
      memoryGb: { value: 32, source: 'sheet' },
      memoryBandwidthGBps: { value: 800, source: 'sheet' },
      powerW: { value: 150, source: 'sheet' },
      sources: [
        {
          id: 'sheet',
          document: 'Test NPU datasheet',
          url: 'https://example.com/npu.pdf',
          asOf: '2026-01-15',
        },
      ],
    };
    await expect(
      catalog.add({ ...device, powerW: { value: -5, source: 'sheet' } }, operator),
    ).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', rule: 'DEVICE_FIGURES' },
    });
    expect((await catalog.add(device, operator)).origin).toBe('OPERATOR');
    await expect(catalog.add(device, operator)).rejects.toMatchObject({
      extensions: { code: 'CONFLICT' },
    });
    expect((await catalog.activeDevices()).some((d) => d.id === id)).toBe(true);
    await catalog.retire(id, operator);
    expect((await catalog.activeDevices()).some((d) => d.id === id)).toBe(false);
    await expect(catalog.retire(id, operator)).rejects.toMatchObject({
      extensions: { code: 'CONFLICT' },
    });
  });

  it('matches against the stored catalog, with calibrated predictions and an exclusion reason per device left out', async () => {
    const result = await module.get(MatchingService).match(inspection);
    expect(result.ranking.length).toBeGreaterThan(0);
    expect(result.ranking.every((p) => p.explanations.length >= 6)).toBe(true);
    const total = result.ranking.length + result.exclusions.length;
    expect(total).toBe((await catalog.activeDevices()).length);
    expect(
      result.exclusions.find((e) => e.deviceId === 'nvidia-h100-sxm')?.reasons.join(' '),
    ).toMatch(/not deployed at edge sites/);
  });

  it('keeps a consortium’s workloads and the device chosen for each, refusing one that cannot run it', async () => {
    const consortiumId = randomUUID();
    const workloads = module.get(WorkloadsService);
    const plans = module.get(HardwarePlansService);
    const workload = await workloads.create(consortiumId, inspection, operator);
    await expect(
      plans.choose(consortiumId, workload.id, 'nvidia-h100-sxm', operator),
    ).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', rule: 'DEVICE_FITS_WORKLOAD' },
    });
    const entry = await plans.choose(
      consortiumId,
      workload.id,
      'nvidia-jetson-orin-nx-16gb',
      operator,
    );
    expect(entry).toMatchObject({ deviceId: 'nvidia-jetson-orin-nx-16gb', devices: 1 });
    await plans.choose(consortiumId, workload.id, 'nvidia-jetson-agx-orin-64gb', operator);
    expect((await plans.forConsortiums([consortiumId]))[0].map((e) => e.deviceId)).toEqual([
      'nvidia-jetson-agx-orin-64gb',
    ]);
    await expect(
      plans.choose(randomUUID(), workload.id, 'nvidia-jetson-agx-orin-64gb', operator),
    ).rejects.toMatchObject({
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('refuses absurd workloads naming the field', async () => {
    await expect(
      module
        .get(WorkloadsService)
        .create(randomUUID(), { ...inspection, parameters: 10e12, latencyTargetMs: 0 }, operator),
    ).rejects.toMatchObject({
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: expect.arrayContaining([
          expect.objectContaining({ field: 'parameters' }),
          expect.objectContaining({ field: 'latencyTargetMs' }),
        ]),
      },
    });
  });
});
