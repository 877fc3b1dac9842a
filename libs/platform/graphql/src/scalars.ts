import { DateTimeResolver, UUIDResolver } from 'graphql-scalars';

/**
 * Scalars shared by every subgraph, from graphql-scalars: `DateTime` (ISO 8601 with offset, mapped
 * from `Date`) and `UUID`. Use `@Field(() => UUID)` for identifiers.
 */
export const UUID = UUIDResolver;
export const DateTime = DateTimeResolver;

/** For `buildSchemaOptions.scalarsMap`, so `Date` fields become `DateTime`. */
export const SCALARS_MAP = [{ type: Date, scalar: DateTimeResolver }];
