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
