import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { PUBLIC_QUERY_LIMITS, queryProtection } from './limits';

// A schema that can nest without end, as organisations ↔ consortiums will.
const schema = buildSchema(`
  type Organization { name: String, consortiums: [Consortium] }
  type Consortium { name: String, members: [Organization] }
  type Query { organizations: [Organization] }
`);

function errorsFor(query: string, limits = PUBLIC_QUERY_LIMITS): string[] {
  const { validationRules } = queryProtection(limits, true);
  return validate(schema, parse(query), [...specifiedRules, ...validationRules]).map(
    (e) => e.message,
  );
}

function nested(depth: number): string {
  let open = '';
  let close = '';
  for (let level = 0; level < depth; level++) {
    open += level % 2 === 0 ? 'consortiums { name ' : 'members { name ';
    close += ' }';
  }
  return `organizations { name ${open}${close} }`;
}

describe('query limits', () => {
  it('accepts a reasonably nested query', () => {
    expect(errorsFor(`{ ${nested(4)} }`)).toEqual([]);
  });

  it(`refuses nesting deeper than ${PUBLIC_QUERY_LIMITS.maxDepth}`, () => {
    expect(errorsFor(`{ ${nested(PUBLIC_QUERY_LIMITS.maxDepth + 2)} }`)).toEqual([
      `Syntax Error: Query depth limit of ${PUBLIC_QUERY_LIMITS.maxDepth} exceeded, found ${PUBLIC_QUERY_LIMITS.maxDepth + 4}.`,
    ]);
  });

  it('refuses a query whose cost passes the limit', () => {
    // Depth set aside so only cost decides: fifteen aliased copies of a twelve-level tree.
    const wide = Array.from({ length: 15 }, (_, i) => `f${i}: ${nested(12)}`).join(' ');
    const errors = errorsFor(`{ ${wide} }`, { ...PUBLIC_QUERY_LIMITS, maxDepth: 100 });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/Query Cost limit of 5000 exceeded/);
  });
});
