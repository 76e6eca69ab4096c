import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type { Keyset, KeysetValues } from '../orm/keyset';
import { badInput } from './errors';

/**
 * Every list that pages does so the same way (Relay's connections): `first` rows `after` a cursor, answered
 * as `edges` (cursor + node) and `pageInfo`. One limit policy for all of them.
 */
export const PAGE_SIZE = { default: 50, max: 100 } as const;

/** The one error a bad page request gets, whichever list: BAD_USER_INPUT naming the argument. */
export const PAGE_ERRORS = { first: 'error.page.size', after: 'error.page.cursor' } as const;

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, {
    defaultValue: PAGE_SIZE.default,
    description: `How many rows, 1 to ${PAGE_SIZE.max} (default ${PAGE_SIZE.default})`,
  })
  first: number = PAGE_SIZE.default;

  @Field(() => String, {
    nullable: true,
    description: "The previous page's pageInfo.endCursor (opaque); absent for the first page",
  })
  after?: string | null;
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

@ObjectType({ description: 'Where a page stands in its list. Lists page forward only: `first` rows `after` a cursor' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether rows follow this page: ask for them `after` endCursor' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'Whether this page was asked for after a cursor (rows came before it)' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "The first edge's cursor; null for an empty page" })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: "The last edge's cursor; null for an empty page" })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
}

/**
 * The GraphQL types of a connection of `node`: `<Name>Edge` and an abstract base the concrete
 * `<Name>Connection` extends (adding totals where a list has them):
 *
 *   @ObjectType({ description: 'A page of users, oldest first' })
 *   export class UserConnection extends ConnectionType(User) {}
 */
export function ConnectionType<T extends object>(node: ClassType<T>, name: string = node.name) {
  @ObjectType(`${name}Edge`, { description: `One ${name} of a page and its cursor` })
  class EdgeType implements Edge<T> {
    @Field(() => String, { description: 'Pass as `after` for the rows after this one' })
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  // Never in the schema by itself: type-graphql emits only the types resolvers reach (each concrete subclass).
  @ObjectType()
  abstract class ConnectionBase implements Connection<T> {
    @Field(() => [EdgeType])
    edges!: Edge<T>[];

    @Field(() => [node], { description: "The edges' nodes, for clients that need no per-row cursor" })
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return ConnectionBase;
}

/** A checked page request: how many rows to show, the position to start after, and how many to fetch. */
export interface PageRequest {
  first: number;
  after: KeysetValues | null;
  /** `first + 1`: the extra row only tells whether another page follows. */
  limit: number;
}

/**
 * Checks `first` against the limit policy and opens `after` (base64url JSON of the keyset's values), which must
 * be exactly what this list's order writes. Either problem is BAD_USER_INPUT naming the argument; nothing is
 * queried with a value the cursor did not come with.
 */
export function pageRequest<T>(args: PageArgs, keyset: Keyset<T>): PageRequest {
  const first = args.first ?? PAGE_SIZE.default;
  if (!Number.isInteger(first) || first < 1 || first > PAGE_SIZE.max) throw badInput({ first: PAGE_ERRORS.first });
  const after = args.after === undefined || args.after === null ? null : decodeCursor(args.after, keyset);
  return { first, after, limit: first + 1 };
}

/** The page out of the (up to `limit`) rows fetched in the keyset's order. */
export function connectionOf<T>(rows: T[], request: PageRequest, keyset: Keyset<T>): Connection<T> {
  const nodes = rows.slice(0, request.first);
  const edges = nodes.map((node) => ({ node, cursor: encodeCursor(keyset.valuesOf(node)) }));
  return {
    edges,
    nodes,
    pageInfo: {
      hasNextPage: rows.length > request.first,
      hasPreviousPage: request.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/**
 * A whole connection: checks the request, fetches `first + 1` rows after the cursor (the caller ANDs
 * `keyset.after(request.after)` to its permission conditions and orders by `keyset.orderBy`), builds the page.
 */
export async function paginate<T>(
  args: PageArgs,
  keyset: Keyset<T>,
  fetch: (request: PageRequest) => Promise<T[]>,
): Promise<Connection<T>> {
  const request = pageRequest(args, keyset);
  return connectionOf(await fetch(request), request, keyset);
}

export function encodeCursor(values: KeysetValues): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

function decodeCursor<T>(cursor: string, keyset: Keyset<T>): KeysetValues {
  let values: unknown = null;
  if (/^[A-Za-z0-9_-]{1,2000}$/.test(cursor)) {
    try {
      values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    } catch {
      values = null;
    }
  }
  const parsed = keyset.parse(values);
  if (!parsed) throw badInput({ after: PAGE_ERRORS.after });
  return parsed;
}
