import { randomUUID } from 'node:crypto';
import { type TestingModule } from '@nestjs/testing';
import { ConsortiumsModule } from '@vcp/consortia/consortiums';
import { OrganizationKind } from '@vcp/consortia/organizations';
import { DirectoryFixture } from '@vcp/consortia/testing';
import { ApiClientsService, ApiScope, AuthModule } from '@vcp/platform/auth';
import {
  createIntegrationModule,
  errorCode,
  graphqlRequest,
  type GraphQLRequestOptions,
} from '@vcp/platform/testing';
import { computeUrl, dataOf, gateway, signedInAs } from './support';

interface WorkloadSpec {
  name: string;
  family: string;
  parameters: number;
  precision: string;
  batch: number;
  inputSize?: number | null;
  latencyTargetMs?: number | null;
  throughputTarget?: number | null;
  powerBudgetW?: number | null;
  site: string;
  residency: string;
}

interface Ranking {
  ranking: {
    deviceId: string;
    devices: number;
    score: number;
    device: { name: string; category: string };
    explanations: { factor: string; text: string }[];
  }[];
  exclusions: { deviceId: string; device: { name: string }; reasons: string[] }[];
  formula: string;
}

const MATCH = /* GraphQL */ `
  query ($workloadId: UUID, $workload: WorkloadInput) {
    matchWorkload(workloadId: $workloadId, workload: $workload) {
      formula
      flopsPerInference
      ranking {
        deviceId
        devices
        score
        device {
          name
          category
        }
        explanations {
          factor
          text
        }
      }
      exclusions {
        deviceId
        device {
          name
        }
        reasons
      }
    }
  }
`;

const PROFILES = /* GraphQL */ `
  query ($first: Int, $after: String, $filter: HardwareProfileFilterInput) {
    hardwareProfiles(first: $first, after: $after, filter: $filter) {
      nodes {
        id
        name
        category
        sites
        origin
        retiredAt
        peaks {
          precision
          unit
          value
          source {
            document
            url
            asOf
          }
        }
        memoryGb {
          value
        }
        powerW {
          value
          note
          source {
            document
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

interface ProfileNode {
  id: string;
  name: string;
  category: string;
  sites: string[];
  origin: string;
  retiredAt: string | null;
  peaks: { precision: string; unit: string; value: number; source: { url: string } }[];
  memoryGb: { value: number };
  powerW: { value: number; source: { document: string } };
}

type Profiles = {
  hardwareProfiles: {
    nodes: ProfileNode[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

const CREATE_WORKLOAD = /* GraphQL */ `
  mutation ($consortiumId: UUID!, $input: WorkloadInput!) {
    createWorkload(consortiumId: $consortiumId, input: $input) {
      id
      consortiumId
      name
      parameters
      site
    }
  }
`;

const CHOOSE = /* GraphQL */ `
  mutation ($consortiumId: UUID!, $workloadId: UUID!, $deviceId: String!) {
    chooseHardware(consortiumId: $consortiumId, workloadId: $workloadId, deviceId: $deviceId) {
      devices
      chosenAt
      device {
        id
        name
      }
      workload {
        id
        name
      }
    }
  }
`;

const PLAN = /* GraphQL */ `
  query ($id: UUID!) {
    consortium(id: $id) {
      name
      hardwarePlan {
        device {
          name
        }
        devices
      }
      workloads {
        name
      }
    }
  }
`;

/** A device an operator might add, with every figure sourced. */
function operatorDevice(id: string) {
  return {
    id,
    name: `Test accelerator ${id}`,
    vendor: 'Test Silicon',
    category: 'NPU',
    formFactor: 'PCIe card',
    sites: ['ON_PREMISES', 'CENTER'],
    peak: {
      INT8: { value: 200, source: 'datasheet' },
      FP16: { value: 100, source: 'datasheet', note: 'dense' },
    },
    memoryGb: { value: 32, source: 'datasheet' },
    memoryBandwidthGBps: { value: 800, source: 'datasheet' },
    powerW: { value: 150, source: 'datasheet' },
    sources: [
      {
        id: 'datasheet',
        document: 'Test Silicon accelerator datasheet',
        url: 'https://example.com/datasheet.pdf',
        asOf: '2025-01-15',
      },
    ],
  };
}

describe('the hardware catalog, matching and hardware plans through the gateway', () => {
  let module: TestingModule;
  let fx: DirectoryFixture;
  let consortiumId: string;
  let consortiumName: string;
  const as = {} as Record<
    | 'operator'
    | 'lead'
    | 'manager'
    | 'outsider'
    | 'researcher'
    | 'computePartner'
    | 'directoryClient'
    | 'anonymous',
    GraphQLRequestOptions
  >;
  let templates: (WorkloadSpec & { verticalCode: string })[];

  beforeAll(async () => {
    module = await createIntegrationModule([AuthModule, ConsortiumsModule]);
    fx = new DirectoryFixture(module);
    const { consortium, anchor, lead } = await fx.consortium('E_COMMERCE');
    consortiumId = consortium.id;
    consortiumName = consortium.name;
    as.operator = await signedInAs(await fx.operator());
    as.lead = await signedInAs(lead);
    as.manager = await signedInAs(await fx.managerOf(consortium, anchor.id));
    as.outsider = await signedInAs(
      await fx.person((await fx.organization(OrganizationKind.SME)).id),
    );
    as.researcher = await signedInAs(await fx.person(null));
    const clients = module.get(ApiClientsService);
    as.computePartner = {
      apiKey: (await clients.create({ name: 'Scheduler', scopes: [ApiScope.COMPUTE_READ] })).apiKey,
    };
    as.directoryClient = {
      apiKey: (await clients.create({ name: 'Agency', scopes: [ApiScope.CONSORTIA_READ] })).apiKey,
    };
    as.anonymous = {};
    const response = await gateway<{ workloadTemplates: typeof templates }>(
      `query { workloadTemplates { verticalCode name family parameters precision batch inputSize
        latencyTargetMs throughputTarget powerBudgetW site residency } }`,
      as.researcher,
    );
    templates = dataOf(response).workloadTemplates;
  });
  afterAll(() => module.close());

  const template = (name: string): WorkloadSpec => {
    const found = templates.find((t) => t.name.startsWith(name));
    if (!found) throw new Error(`no template ${name}`);
    const { verticalCode: _verticalCode, ...spec } = found;
    return spec;
  };

  describe('the catalog', () => {
    it('lists devices by name with sourced figures, filtered and paged', async () => {
      const filter = { categories: ['EDGE'], site: 'EDGE', precision: 'INT8' };
      const first = dataOf(
        await gateway<Profiles>(PROFILES, { ...as.researcher, variables: { first: 3, filter } }),
      ).hardwareProfiles;
      expect(first.nodes).toHaveLength(3);
      expect(first.pageInfo.hasNextPage).toBe(true);
      for (const node of first.nodes) {
        expect(node.category).toBe('EDGE');
        expect(node.sites).toContain('EDGE');
        expect(node.origin).toBe('CATALOG');
        expect(node.peaks).toContainEqual(
          expect.objectContaining({ precision: 'INT8', unit: 'TOPS' }),
        );
        expect(node.peaks[0].source.url).toMatch(/^https:\/\//);
        expect(node.powerW.source.document).not.toBe('');
      }
      const names = first.nodes.map((n) => n.name);
      expect([...names].sort((a, b) => a.localeCompare(b))).toEqual(names);

      const rest = dataOf(
        await gateway<Profiles>(PROFILES, {
          ...as.computePartner,
          variables: { first: 100, after: first.pageInfo.endCursor, filter },
        }),
      ).hardwareProfiles;
      expect(rest.pageInfo.hasNextPage).toBe(false);
      expect(rest.nodes.length).toBeGreaterThan(0);
      expect(rest.nodes.map((n) => n.id)).not.toContain(first.nodes[2].id);

      const gpus = dataOf(
        await gateway<Profiles>(PROFILES, {
          ...as.researcher,
          variables: { first: 100, filter: { vendor: 'nvidia', search: 'H100' } },
        }),
      ).hardwareProfiles.nodes;
      expect(gpus.length).toBeGreaterThanOrEqual(2);
      expect(gpus.every((g) => g.name.includes('H100'))).toBe(true);
      expect(gpus[0].peaks).toContainEqual(
        expect.objectContaining({ precision: 'FP16', unit: 'TFLOPS' }),
      );
    });

    it('is open to people and compute:read clients only', async () => {
      const query = `query { hardwareProfile(id: "nvidia-h100-sxm") { name memoryGb { value } } }`;
      const ok = await gateway<{ hardwareProfile: { memoryGb: { value: number } } }>(
        query,
        as.computePartner,
      );
      expect(dataOf(ok).hardwareProfile.memoryGb.value).toBe(80);
      expect(errorCode(await gateway(query, as.directoryClient))).toBe('FORBIDDEN');
      expect(errorCode(await gateway(query, as.anonymous))).toBe('UNAUTHENTICATED');
      expect(
        errorCode(
          await gateway(`query { hardwareProfile(id: "no-such-device") { name } }`, as.lead),
        ),
      ).toBe('NOT_FOUND');
      expect(
        errorCode(await gateway(`query { hardwareProfile(id: "Not An Id") { name } }`, as.lead)),
      ).toBe('BAD_USER_INPUT');
    });

    it('offers workload templates per vertical', async () => {
      const response = await gateway<{ workloadTemplates: { verticalCode: string }[] }>(
        `query { workloadTemplates(verticalCode: "MANUFACTURING") { verticalCode name } }`,
        as.computePartner,
      );
      const list = dataOf(response).workloadTemplates;
      expect(list.length).toBeGreaterThan(0);
      expect(list.every((t) => t.verticalCode === 'MANUFACTURING')).toBe(true);
      expect(templates.length).toBeGreaterThan(list.length);
    });
  });

  describe('matching a workload described inline', () => {
    it('ranks the devices that can run it, each number explained', async () => {
      const response = await gateway<{ matchWorkload: Ranking }>(MATCH, {
        ...as.researcher,
        variables: { workload: template('Line-side defect inspection') },
      });
      const result = dataOf(response).matchWorkload;
      expect(result.formula).toContain('MACs per weight');
      expect(result.ranking.length).toBeGreaterThan(0);
      for (const prediction of result.ranking) {
        expect(prediction.device.name).not.toBe('');
        expect(prediction.explanations.map((e) => e.factor)).toEqual(
          expect.arrayContaining(['FIT', 'ROOFLINE', 'THROUGHPUT', 'LATENCY', 'ENERGY', 'SCORE']),
        );
        expect(prediction.explanations.every((e) => e.text.length > 0)).toBe(true);
      }
      const scores = result.ranking.map((p) => p.score);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
      // Center-only GPUs cannot go to the factory floor.
      expect(result.exclusions.find((e) => e.deviceId === 'nvidia-h100-sxm')?.reasons).toEqual(
        expect.arrayContaining([expect.stringContaining('edge')]),
      );
    });

    it('is open to compute:read clients, not to directory-only clients or the anonymous', async () => {
      const variables = { workload: template('Line-side defect inspection') };
      expect(errorCode(await gateway(MATCH, { ...as.computePartner, variables }))).toBeUndefined();
      expect(errorCode(await gateway(MATCH, { ...as.directoryClient, variables }))).toBe(
        'FORBIDDEN',
      );
      expect(errorCode(await gateway(MATCH, { ...as.anonymous, variables }))).toBe(
        'UNAUTHENTICATED',
      );
    });

    it('refuses a 10-trillion-parameter edge model, naming parameters', async () => {
      const response = await gateway(MATCH, {
        ...as.researcher,
        variables: { workload: { ...template('Line-side defect inspection'), parameters: 1e13 } },
      });
      expect(response.errors?.[0]).toMatchObject({
        message: expect.stringContaining('parameters'),
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: expect.arrayContaining([expect.objectContaining({ field: 'parameters' })]),
        },
      });
    });

    it('refuses types the rules cannot read, and neither or both of the two ways to name a workload', async () => {
      const negative = await gateway(MATCH, {
        ...as.researcher,
        variables: { workload: { ...template('Line-side defect inspection'), parameters: -5 } },
      });
      expect(negative.errors?.[0]).toMatchObject({
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: [expect.objectContaining({ field: 'workload.parameters' })],
        },
      });
      expect(errorCode(await gateway(MATCH, { ...as.researcher, variables: {} }))).toBe(
        'BAD_USER_INPUT',
      );
      const both = await gateway(MATCH, {
        ...as.researcher,
        variables: { workloadId: randomUUID(), workload: template('Line-side defect inspection') },
      });
      expect(both.errors?.[0]).toMatchObject({
        message: expect.stringContaining('exactly one'),
        extensions: { code: 'BAD_USER_INPUT' },
      });
    });

    it('returns an empty ranking with every exclusion for a workload nothing can run', async () => {
      // 40 B weights in FP32 (160 GB) on one edge module, which no edge device holds or runs.
      const response = await gateway<{ matchWorkload: Ranking }>(MATCH, {
        ...as.researcher,
        variables: {
          workload: {
            name: 'Edge LLM in FP32',
            family: 'LLM_DECODE',
            parameters: 40e9,
            precision: 'FP32',
            batch: 1,
            site: 'EDGE',
            residency: 'ON_SITE',
          },
        },
      });
      const result = dataOf(response).matchWorkload;
      expect(result.ranking).toEqual([]);
      expect(result.exclusions.length).toBeGreaterThan(10);
      expect(result.exclusions.every((e) => e.reasons.length > 0 && e.device.name)).toBe(true);
    });
  });

  describe("a consortium's workloads and hardware plan", () => {
    let workloadId: string;
    let chosenDevice: { id: string; name: string };

    it('the lead describes a workload and chooses a device from its ranking', async () => {
      const created = await gateway<{ createWorkload: { id: string; consortiumId: string } }>(
        CREATE_WORKLOAD,
        {
          ...as.lead,
          variables: { consortiumId, input: template('Shopping assistant') },
        },
      );
      const workload = dataOf(created).createWorkload;
      expect(workload.consortiumId).toBe(consortiumId);
      workloadId = workload.id;

      const match = dataOf(
        await gateway<{ matchWorkload: Ranking }>(MATCH, { ...as.lead, variables: { workloadId } }),
      ).matchWorkload;
      expect(match.ranking.length).toBeGreaterThan(0);
      const best = match.ranking[0];

      const chosen = await gateway<{
        chooseHardware: {
          devices: number;
          device: { id: string; name: string };
          workload: { id: string };
        };
      }>(CHOOSE, { ...as.lead, variables: { consortiumId, workloadId, deviceId: best.deviceId } });
      const entry = dataOf(chosen).chooseHardware;
      expect(entry.device).toEqual({ id: best.deviceId, name: best.device.name });
      expect(entry.devices).toBe(best.devices);
      expect(entry.workload.id).toBe(workloadId);
      chosenDevice = entry.device;
    });

    it('shows the plan beside the consortia subgraph’s fields through the gateway', async () => {
      const response = await gateway<{
        consortium: {
          name: string;
          hardwarePlan: { device: { name: string }; devices: number }[];
          workloads: { name: string }[];
        };
      }>(PLAN, { ...as.lead, variables: { id: consortiumId } });
      const consortium = dataOf(response).consortium;
      expect(consortium.name).toBe(consortiumName);
      expect(consortium.hardwarePlan).toEqual([
        { device: { name: chosenDevice.name }, devices: expect.any(Number) },
      ]);
      expect(consortium.workloads.map((w) => w.name)).toEqual([
        template('Shopping assistant').name,
      ]);

      const listed = await gateway<{
        consortiums: { nodes: { id: string; hardwarePlan: unknown[] | null }[] };
      }>(
        `query ($search: String!) { consortiums(first: 10, filter: { search: $search }) {
           nodes { id hardwarePlan { devices } } } }`,
        { ...as.operator, variables: { search: consortiumName } },
      );
      const nodes = dataOf(listed).consortiums.nodes;
      expect(nodes.find((n) => n.id === consortiumId)?.hardwarePlan).toHaveLength(1);

      const viaWorkload = await gateway<{ workload: { consortium: { name: string } } }>(
        `query ($id: UUID!) { workload(id: $id) { name consortium { name } } }`,
        { ...as.manager, variables: { id: workloadId } },
      );
      expect(dataOf(viaWorkload).workload.consortium.name).toBe(consortiumName);
    });

    it('keeps the plan from outsiders: FORBIDDEN to choose, NOT_FOUND to read a workload, null in the directory', async () => {
      expect(
        errorCode(
          await gateway(CHOOSE, {
            ...as.outsider,
            variables: { consortiumId, workloadId, deviceId: chosenDevice.id },
          }),
        ),
      ).toBe('FORBIDDEN');
      expect(
        errorCode(
          await gateway(CREATE_WORKLOAD, {
            ...as.outsider,
            variables: { consortiumId, input: template('Shopping assistant') },
          }),
        ),
      ).toBe('FORBIDDEN');
      // A workload the caller may not read answers as one that does not exist.
      expect(errorCode(await gateway(MATCH, { ...as.outsider, variables: { workloadId } }))).toBe(
        'NOT_FOUND',
      );
      expect(
        errorCode(
          await gateway(`query ($id: UUID!) { workload(id: $id) { name } }`, {
            ...as.outsider,
            variables: { id: workloadId },
          }),
        ),
      ).toBe('NOT_FOUND');
      const view = await gateway<{
        consortium: { name: string; hardwarePlan: unknown; workloads: unknown };
      }>(PLAN, { ...as.outsider, variables: { id: consortiumId } });
      expect(dataOf(view).consortium).toEqual({
        name: consortiumName,
        hardwarePlan: null,
        workloads: null,
      });
    });

    it('lets managers describe workloads but only leads and operators choose hardware', async () => {
      const created = await gateway<{ createWorkload: { id: string } }>(CREATE_WORKLOAD, {
        ...as.manager,
        variables: { consortiumId, input: template('Product recommendation') },
      });
      const id = dataOf(created).createWorkload.id;
      const asManager = await gateway(CHOOSE, {
        ...as.manager,
        variables: { consortiumId, workloadId: id, deviceId: 'amd-mi300x' },
      });
      expect(asManager.errors?.[0]).toMatchObject({
        message: expect.stringContaining('leads'),
        extensions: { code: 'FORBIDDEN' },
      });
      const asOperator = await gateway(CHOOSE, {
        ...as.operator,
        variables: { consortiumId, workloadId: id, deviceId: 'amd-mi300x' },
      });
      expect(errorCode(asOperator)).toBeUndefined();
    });

    it('refuses a device that cannot run the workload, and an unknown consortium', async () => {
      const unfit = await gateway(CHOOSE, {
        ...as.lead,
        variables: { consortiumId, workloadId, deviceId: 'google-coral-edge-tpu' },
      });
      expect(unfit.errors?.[0]).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', rule: 'DEVICE_FITS_WORKLOAD' },
      });
      const unknown = await gateway(CREATE_WORKLOAD, {
        ...as.lead,
        variables: { consortiumId: randomUUID(), input: template('Shopping assistant') },
      });
      expect(errorCode(unknown)).toBe('NOT_FOUND');
    });

    it('authenticates entity references on the compute subgraph', async () => {
      const entities = `query ($r: [_Any!]!) { _entities(representations: $r) {
        ... on Consortium { hardwarePlan { devices } } } }`;
      const variables = { r: [{ __typename: 'Consortium', id: consortiumId }] };
      expect(errorCode(await graphqlRequest(computeUrl(), entities, { variables }))).toBe(
        'UNAUTHENTICATED',
      );
      const asLead = await graphqlRequest<{ _entities: { hardwarePlan: unknown[] }[] }>(
        computeUrl(),
        entities,
        { ...as.lead, variables },
      );
      // The lead's choice and the operator's, for the manager's workload.
      expect(dataOf(asLead)._entities[0].hardwarePlan).toHaveLength(2);
    });
  });

  describe('operators maintain the catalog', () => {
    const ADD = `mutation ($device: JSONObject!) { addHardwareProfile(device: $device) {
      id origin retiredAt peaks { precision unit } memoryBandwidthGBps { value source { document } } } }`;
    const RETIRE = `mutation ($id: String!) { retireHardwareProfile(id: $id) { id retiredAt } }`;

    it('adds a device and retires it; retired devices leave the default list', async () => {
      const id = `test-npu-${randomUUID().slice(0, 8)}`;
      const added = await gateway<{
        addHardwareProfile: { id: string; origin: string; peaks: { precision: string }[] };
      }>(ADD, { ...as.operator, variables: { device: operatorDevice(id) } });
      expect(dataOf(added).addHardwareProfile).toMatchObject({
        id,
        origin: 'OPERATOR',
        retiredAt: null,
        peaks: [
          { precision: 'FP16', unit: 'TFLOPS' },
          { precision: 'INT8', unit: 'TOPS' },
        ],
      });
      const again = await gateway(ADD, {
        ...as.operator,
        variables: { device: operatorDevice(id) },
      });
      expect(errorCode(again)).toBe('CONFLICT');

      const search = { first: 10, filter: { vendor: 'Test Silicon' } };
      const listed = dataOf(await gateway<Profiles>(PROFILES, { ...as.lead, variables: search }));
      expect(listed.hardwareProfiles.nodes.map((n) => n.id)).toContain(id);

      const retired = await gateway<{ retireHardwareProfile: { retiredAt: string | null } }>(
        RETIRE,
        { ...as.operator, variables: { id } },
      );
      expect(dataOf(retired).retireHardwareProfile.retiredAt).not.toBeNull();
      expect(errorCode(await gateway(RETIRE, { ...as.operator, variables: { id } }))).toBe(
        'CONFLICT',
      );
      const after = dataOf(await gateway<Profiles>(PROFILES, { ...as.lead, variables: search }));
      expect(after.hardwareProfiles.nodes.map((n) => n.id)).not.toContain(id);
      const withRetired = dataOf(
        await gateway<Profiles>(PROFILES, {
          ...as.lead,
          variables: { first: 10, filter: { vendor: 'Test Silicon', includeRetired: true } },
        }),
      );
      expect(withRetired.hardwareProfiles.nodes.map((n) => n.id)).toContain(id);
    });

    it('refuses a bad device with BAD_USER_INPUT naming each problem', async () => {
      const device = {
        ...operatorDevice('test-broken'),
        powerW: { value: -3, source: 'datasheet' },
        memoryGb: { value: 32, source: 'nowhere' },
      };
      const response = await gateway(ADD, { ...as.operator, variables: { device } });
      expect(response.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/powerW\.value.*memoryGb\.source|memoryGb\.source.*powerW/),
        extensions: { code: 'BAD_USER_INPUT', rule: 'DEVICE_FIGURES' },
      });
      const notAnObject = await gateway(ADD, { ...as.operator, variables: { device: [1, 2] } });
      expect(errorCode(notAnObject)).toBe('BAD_USER_INPUT');
    });

    it('is for operators only', async () => {
      const add = await gateway(ADD, {
        ...as.lead,
        variables: { device: operatorDevice('test-not-allowed') },
      });
      expect(errorCode(add)).toBe('FORBIDDEN');
      const retire = await gateway(RETIRE, {
        ...as.computePartner,
        variables: { id: 'nvidia-t4' },
      });
      expect(errorCode(retire)).toBe('FORBIDDEN');
    });
  });
});
