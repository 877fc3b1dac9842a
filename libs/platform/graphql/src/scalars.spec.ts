import { buildSchema, type GraphQLScalarType } from 'graphql';
import { checkScalarInputs } from './scalars';
import { subgraphGraphQLOptions } from './subgraph-graphql.options';

/** A schema as Nest's federation rebuilds it from SDL: custom scalars without parsers. */
const rebuilt = () =>
  buildSchema(`
    scalar UUID
    scalar LocalDate
    scalar SafeInt
    scalar JSONObject
    type Query { a(id: UUID, on: LocalDate, n: SafeInt, o: JSONObject): Int }
  `);
const scalar = (name: string, schema = checkScalarInputs(rebuilt())) =>
  schema.getType(name) as GraphQLScalarType;

describe('the shared scalars in a subgraph', () => {
  it('get their input checks back in every subgraph schema', () => {
    expect(subgraphGraphQLOptions().transformSchema).toBe(checkScalarInputs);
    expect(scalar('UUID', rebuilt()).parseValue('')).toBe('');
  });

  it('refuse malformed input: an empty UUID, an impossible date, an unsafe integer, a non-object', () => {
    expect(() => scalar('UUID').parseValue('')).toThrow(/UUID/);
    expect(() => scalar('LocalDate').parseValue('2026-02-30')).toThrow();
    expect(() => scalar('SafeInt').parseValue(2 ** 53 + 2)).toThrow();
    expect(() => scalar('JSONObject').parseValue([1])).toThrow();
  });

  it('let well-formed input through unchanged, and leave a schema without them alone', () => {
    const id = '8c1f2a36-4b5d-4e7f-9a0b-1c2d3e4f5a6b';
    expect(scalar('UUID').parseValue(id)).toBe(id);
    expect(scalar('LocalDate').parseValue('2026-11-29')).toBe('2026-11-29');
    expect(scalar('SafeInt').parseValue(2 ** 53 - 1)).toBe(2 ** 53 - 1);
    const plain = buildSchema('type Query { a: Int }');
    expect(checkScalarInputs(plain)).toBe(plain);
  });
});
