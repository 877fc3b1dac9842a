import { isScalarType, type GraphQLSchema } from 'graphql';
import {
  DateTimeResolver,
  JSONObjectResolver,
  LocalDateResolver,
  SafeIntResolver,
  UUIDResolver,
} from 'graphql-scalars';

/**
 * Scalars shared by every subgraph, from graphql-scalars: `DateTime` (ISO 8601 with offset, mapped
 * from `Date`) and `UUID`. Use `@Field(() => UUID)` for identifiers.
 */
export const UUID = UUIDResolver;
export const DateTime = DateTimeResolver;
/** A calendar date, `YYYY-MM-DD` (certificates, contracts): no time, no zone. */
export const LocalDate = LocalDateResolver;
/** Whole numbers up to 2^53 - 1: won amounts, which outgrow GraphQL's 32-bit Int. */
export const SafeInt = SafeIntResolver;

/** A JSON object, for free-form records such as an audit entry's before and after images. */
export const JSONObject = JSONObjectResolver;

/** For `buildSchemaOptions.scalarsMap`, so `Date` fields become `DateTime`. */
export const SCALARS_MAP = [{ type: Date, scalar: DateTimeResolver }];

/**
 * Gives the shared scalars of a subgraph's schema their input checks back (Nest's `transformSchema`).
 * Nest builds a federated schema again from its printed SDL, which leaves each custom scalar
 * without its parsers (it restores DateTime's only), so a malformed UUID or date would reach the
 * services unchecked. Only parsing is restored: values go out as the resolvers write them.
 */
export function checkScalarInputs(schema: GraphQLSchema): GraphQLSchema {
  for (const scalar of [UUID, LocalDate, SafeInt, JSONObject]) {
    const type = schema.getType(scalar.name);
    if (isScalarType(type)) {
      type.parseValue = (value) => scalar.parseValue(value);
      type.parseLiteral = (ast, variables) => scalar.parseLiteral(ast, variables);
    }
  }
  return schema;
}
