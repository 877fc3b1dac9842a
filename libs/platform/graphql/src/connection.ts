import { type Type } from '@nestjs/common';
import { ArgsType, Directive, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, isUUID, Max, MaxLength, Min } from 'class-validator';
import { BadUserInputError } from './errors';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

// Every subgraph's connections use it, so the supergraph must let each of them resolve it.
@ObjectType()
@Directive('@shareable')
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/** Forward pagination arguments; `first` is bounded so no request can ask for everything. */
@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, {
    nullable: true,
    description: `How many items to return, 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).`,
  })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'first must be at least 1' })
  @Max(MAX_PAGE_SIZE, { message: `first must be at most ${MAX_PAGE_SIZE}` })
  first?: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount?: number;
}

/** Builds the `XConnection` and `XEdge` object types for a node type. */
export function ConnectionType<T>(node: Type<T>, name = node.name): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { isAbstract: true })
  class ConnectionClass {
    @Field(() => [EdgeType])
    edges!: Edge<T>[];

    @Field(() => [node])
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return ConnectionClass as Type<Connection<T>>;
}

/** Opaque keyset cursor: the sort key values of the last row, base64url JSON. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** What each part of a cursor must be, so a forged cursor never reaches SQL as a bad value. */
export type CursorPart = 'string' | 'uuid' | 'integer' | 'timestamp';

const PART_CHECKS: Record<CursorPart, (part: string | number) => boolean> = {
  string: (part) => typeof part === 'string' && part.length <= 500,
  uuid: (part) => typeof part === 'string' && isUUID(part),
  integer: (part) => /^\d{1,18}$/.test(String(part)),
  timestamp: (part) =>
    typeof part === 'string' &&
    /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(part) &&
    !isNaN(Date.parse(part)),
};

export function decodeCursor(cursor: string, parts: readonly CursorPart[]): (string | number)[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length === parts.length &&
      key.every(
        (part, index) =>
          (typeof part === 'string' || typeof part === 'number') && PART_CHECKS[parts[index]](part),
      )
    ) {
      return key as (string | number)[];
    }
  } catch {
    // fall through to the error below
  }
  throw new BadUserInputError('after is not a cursor this list issued; use pageInfo.endCursor.', {
    fields: [{ field: 'after', message: 'unknown cursor' }],
  });
}

/**
 * Turns `limit + 1` rows fetched in key order into a connection: the extra row only tells
 * whether another page exists.
 */
export function toConnection<T>(
  rows: T[],
  limit: number,
  keyOf: (row: T) => readonly (string | number)[],
): Connection<T> {
  const page = rows.slice(0, limit);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(keyOf(node)) }));
  return {
    edges,
    nodes: page,
    pageInfo: {
      hasNextPage: rows.length > limit,
      endCursor: edges.length ? edges[edges.length - 1].cursor : null,
    },
  };
}

/** The same page with every node turned into its GraphQL model. */
export function mapConnection<T, U>(connection: Connection<T>, map: (node: T) => U): Connection<U> {
  const nodes = connection.nodes.map(map);
  return {
    ...connection,
    nodes,
    edges: connection.edges.map((edge, index) => ({ cursor: edge.cursor, node: nodes[index] })),
  };
}

export function pageSize(args: ConnectionArgs): number {
  return Math.min(args.first ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
}
