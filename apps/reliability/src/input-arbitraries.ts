import fc from 'fast-check';
import {
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

/** Strings that have broken services before: injection, control and odd Unicode, sheer size. */
const HOSTILE_STRINGS = [
  '',
  ' ',
  "'; DROP TABLE consortia.organizations; --",
  "' OR '1'='1",
  'a\u0000b',
  '\u0000',
  '\ud800',
  '\u202eevil',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀 한국어',
  '<script>alert(1)</script>',
  '${jndi:ldap://example.invalid/a}',
  '../../../../etc/passwd',
  '%s%n%x%d',
  '\\',
  '"',
  'NaN',
  '-0',
  '1e309',
  '0000-00-00',
  '9999-12-31T23:59:60Z',
  '00000000-0000-0000-0000-000000000000',
  'x'.repeat(10_000),
];

/** Numbers at and past every boundary a column or a JavaScript number has. */
const HOSTILE_NUMBERS = [
  0,
  -1,
  0.5,
  -0.0001,
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53 - 1,
  2 ** 53 + 2,
  -(2 ** 53) - 2,
  1e21,
  1e308,
  -1e308,
  5e-324,
];

const hostileString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
);
const hostileNumber = fc.oneof(
  fc.constantFrom(...HOSTILE_NUMBERS),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** `{"a":{"a":…}}` or `[[…]]` hundreds of levels deep. */
const deeplyNested = fc
  .tuple(fc.integer({ min: 50, max: 1500 }), fc.boolean())
  .map(([depth, asArray]) => {
    let value: unknown = 1;
    for (let level = 0; level < depth; level += 1) value = asArray ? [value] : { a: value };
    return value;
  });

/** A value of any other kind than the one asked for. */
const wrongKind: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  hostileNumber,
  hostileString,
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
  deeplyNested,
);

const isoDate = fc.date({
  noInvalidDate: true,
  min: new Date('0001-01-01'),
  max: new Date('9999-12-31'),
});

function scalarValue(name: string): fc.Arbitrary<unknown> {
  switch (name) {
    case 'Int':
    case 'Float':
    case 'SafeInt':
      return hostileNumber;
    case 'Boolean':
      return fc.boolean();
    case 'UUID':
      return fc.oneof(fc.uuid(), hostileString);
    case 'DateTime':
      return fc.oneof(
        isoDate.map((date) => date.toISOString()),
        fc.constant(new Date(Date.now() + 3_600_000).toISOString()),
        hostileString,
      );
    case 'LocalDate':
      return fc.oneof(
        isoDate.map((date) => date.toISOString().slice(0, 10)),
        fc.constant(new Date().toISOString().slice(0, 10)),
        hostileString,
      );
    case 'JSONObject':
      return fc.oneof(fc.jsonValue({ maxDepth: 4 }), deeplyNested);
    default:
      // String, ID and any scalar added later.
      return hostileString;
  }
}

/** Mostly well-typed values (which reach the service's own checks), now and then the wrong kind. */
export function inputValue(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 9, arbitrary: typedValue(type, depth) },
    { weight: 1, arbitrary: wrongKind },
  );
}

function typedValue(type: GraphQLInputType, depth: number): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return typedValue(type.ofType, depth);
  if (isListType(type)) return fc.array(inputValue(type.ofType, depth + 1), { maxLength: 4 });
  if (isEnumType(type)) {
    return fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...type.getValues().map((value) => value.name)) },
      { weight: 1, arbitrary: hostileString },
    );
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    if (depth > 5) return fc.constant({});
    return fc.record(
      Object.fromEntries(fields.map((field) => [field.name, inputValue(field.type, depth + 1)])),
      {
        requiredKeys: fields
          .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
          .map((field) => field.name),
      },
    );
  }
  return scalarValue(type.name);
}

export interface MutationCase {
  name: string;
  query: string;
  variables: fc.Arbitrary<Record<string, unknown>>;
}

/**
 * One case per mutation of the schema, so a new mutation is fuzzed without anyone listing it: the
 * operation passes every argument as a variable and selects only `__typename` of the result.
 */
export function mutationCases(schema: GraphQLSchema): MutationCase[] {
  const mutations = Object.values(schema.getMutationType()?.getFields() ?? {});
  return mutations.map((field: GraphQLField<unknown, unknown>) => {
    const declarations = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
    const passed = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
    const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
    const query = `mutation Fuzz${declarations ? `(${declarations})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`;
    const variables = fc.record(
      Object.fromEntries(field.args.map((arg) => [arg.name, inputValue(arg.type)])),
      {
        requiredKeys: field.args
          .filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)
          .map((arg) => arg.name),
      },
    );
    return { name: field.name, query, variables };
  });
}
