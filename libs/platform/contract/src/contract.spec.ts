import { composeSupergraph } from './compose-supergraph';
import { compareWithContract } from './contract-files';

const link =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])';

const directory = (extraField = '') => ({
  name: 'directory',
  sdl: `${link}
    type Query { consortium(id: ID!): Consortium }
    type Consortium @key(fields: "id") { id: ID! name: String! status: Status! ${extraField} }
    enum Status { FORMING ACTIVE }`,
});
const compute = (argument = 'first: Int') => ({
  name: 'compute',
  sdl: `${link}
    type Query { pools(${argument}): [Pool!]! }
    type Pool { id: ID! }
    type Consortium @key(fields: "id") { id: ID! hardwarePlan: [String!] }`,
});

describe('the API contract', () => {
  it('composes like the gateway: one client-facing schema, independent of subgraph order', () => {
    const one = composeSupergraph([directory(), compute()]);
    const other = composeSupergraph([compute(), directory()]);
    expect(one).toEqual(other);
    expect(one.apiSdl).toMatch(/type Consortium \{\n {2}hardwarePlan: \[String!\]\n {2}id: ID!/);
    expect(one.apiSdl).not.toMatch(/join__|@key/);
    expect(one.supergraphSdl).toMatch(/@join__type\(graph: COMPUTE, key: "id"\)/);
  });

  it('refuses subgraphs that do not compose, naming the conflict', () => {
    const clash = { name: 'clash', sdl: `${link}\n type Query { pools: String }` };
    expect(() => composeSupergraph([compute(), clash])).toThrow(/do not compose[\s\S]*pools/);
  });

  it('is up to date only when nothing differs', async () => {
    const committed = composeSupergraph([directory(), compute()]);
    await expect(compareWithContract(committed, committed)).resolves.toMatchObject({
      upToDate: true,
      changes: [],
    });
  });

  it('classifies changes for clients: a removed field and a new required argument break them', async () => {
    const committed = composeSupergraph([directory('founded: Int'), compute()]);
    const composed = composeSupergraph([directory(), compute('first: Int, site: String!')]);
    const comparison = await compareWithContract(committed, composed);
    expect(comparison.upToDate).toBe(false);
    expect(comparison.changes.filter((change) => change.level === 'breaking')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'Consortium.founded' }),
        expect.objectContaining({ path: 'Query.pools.site' }),
      ]),
    );
    expect(comparison.report).toMatch(/breaking \(2\)/);
    expect(comparison.report).toMatch(/npm run schema:update/);
  });

  it('tells dangerous and safe changes apart: a new enum value may surprise, a new field does not', async () => {
    const committed = composeSupergraph([directory(), compute()]);
    const composed = composeSupergraph([
      {
        ...directory('founded: Int'),
        sdl: directory('founded: Int').sdl.replace('ACTIVE', 'ACTIVE SUSPENDED'),
      },
      compute(),
    ]);
    const comparison = await compareWithContract(committed, composed);
    expect(comparison.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ level: 'dangerous', path: 'Status.SUSPENDED' }),
        expect.objectContaining({ level: 'safe', path: 'Consortium.founded' }),
      ]),
    );
    expect(comparison.changes.some((change) => change.level === 'breaking')).toBe(false);
  });

  it('says how to create the contract when it was never committed', async () => {
    const comparison = await compareWithContract(null, composeSupergraph([directory(), compute()]));
    expect(comparison.upToDate).toBe(false);
    expect(comparison.report).toMatch(/missing: run "npm run schema:update"/);
  });
});
