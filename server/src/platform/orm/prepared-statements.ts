import { createHash } from 'node:crypto';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';

/**
 * Read statements that every request sends (finding the caller's session, an inbox page, its counts) run as
 * named prepared statements: PostgreSQL parses and plans each once per pooled connection instead of at every
 * request. Planning the inbox page with its four joins took longer than running it (1.8 ms of 3.6 ms per page,
 * docs/benchmarks.md); MikroORM sends every statement unnamed. See ADR 9.
 *
 * Only statements with parameters as `$n` bindings qualify, so the text (the statement's name) is the same for
 * every caller; the number of distinct texts is bounded by the code's query shapes, and past MAX_NAMED they run
 * unnamed, so a pooled connection never accumulates plans without limit. Inside a transaction the statement
 * runs on the transaction's connection through MikroORM, unnamed.
 */
const MAX_NAMED = 500;

/**
 * The placeholder for one id in a kept statement (queryPrepared's `placeholders`): the nil UUID, which no record
 * has, so it cannot also be a value of a permission condition among the statement's bindings.
 */
export const ID_PLACEHOLDER = '00000000-0000-0000-0000-000000000000';
const names = new Map<string, string>();

interface PgClient {
  query(config: { text: string; values: unknown[]; name?: string }): Promise<{ rows: unknown[] }>;
}

interface KnexClient {
  acquireConnection(): Promise<PgClient>;
  releaseConnection(connection: PgClient): Promise<void>;
}

/** A statement written with `?` placeholders (as em.execute takes it), ready for queryPrepared. */
export function rawStatement(em: EntityManager, sql: string, params: readonly unknown[]): Knex.Raw {
  return em
    .getConnection()
    .getKnex()
    .raw(sql, [...params] as Knex.RawBinding[]);
}

type KnexQuery = Knex.Raw | Knex.QueryBuilder;

export interface PreparedQueryOptions {
  /**
   * A string that determines the statement entirely (its shape and its values): the statement is built once per
   * key and kept (the most recent MAX_BUILT), since building it through the query builder costs more than
   * PostgreSQL takes to run it. Leave it out when the query holds a raw fragment (each is unique).
   */
  key?: string;
  /**
   * Values the statement was built with that stand for others (placeholder -> value): a statement kept under
   * `key` is built once with the placeholder and serves every value. Each placeholder must occur once among the
   * statement's bindings; not inside a transaction (the statement would run as built).
   */
  placeholders?: ReadonlyMap<unknown, unknown>;
}

/**
 * Runs a statement (a raw statement or a MikroORM query builder's knex query, or a function building one)
 * prepared, and returns its raw rows. Outside a transaction it runs alone on a pooled connection: a read, or a
 * write that is whole in one statement (the audit events of a request's reads), typed as MikroORM's raw queries are (the same pool, the same type parsers).
 */
export async function queryPrepared<Row>(
  em: EntityManager,
  query: KnexQuery | (() => KnexQuery),
  options: PreparedQueryOptions = {},
): Promise<Row[]> {
  const build = typeof query === 'function' ? query : () => query;
  if (em.getTransactionContext()) {
    if (options.placeholders) throw new Error('a statement with placeholders cannot run inside a transaction');
    return em.execute(build());
  }
  const statement = options.key ? builtStatement(options.key, build) : build().toSQL().toNative();
  const { sql } = statement;
  const bindings = options.placeholders ? withValues(statement.bindings, options.placeholders) : statement.bindings;
  const started = Date.now();
  const client = em.getConnection().getKnex().client as unknown as KnexClient;
  const connection = await client.acquireConnection();
  try {
    const result = await connection.query({ text: sql, values: [...bindings], name: nameOf(sql) });
    return result.rows as Row[];
  } finally {
    await client.releaseConnection(connection);
    // The ORM's query log (debug, tests counting statements) sees these statements like its own.
    em.config.getLogger().logQuery({ query: sql, params: [...bindings], took: Date.now() - started });
  }
}

/** The bindings with each placeholder replaced by its value; an error if one does not occur exactly once. */
function withValues(bindings: readonly unknown[], placeholders: ReadonlyMap<unknown, unknown>): unknown[] {
  const values = [...bindings];
  for (const [placeholder, value] of placeholders) {
    const at = values.indexOf(placeholder);
    if (at < 0 || values.indexOf(placeholder, at + 1) >= 0)
      throw new Error('a prepared statement placeholder must occur exactly once among its bindings');
    values[at] = value;
  }
  return values;
}

const MAX_BUILT = 1000;
const built = new Map<string, Knex.SqlNative>();

function builtStatement(key: string, build: () => KnexQuery): Knex.SqlNative {
  let statement = built.get(key);
  if (statement) {
    built.delete(key); // most recently used last: the first key is the one to drop
  } else {
    statement = build().toSQL().toNative();
    if (built.size >= MAX_BUILT) built.delete(built.keys().next().value!);
  }
  built.set(key, statement);
  return statement;
}

function nameOf(sql: string): string | undefined {
  let name = names.get(sql);
  if (!name && names.size < MAX_NAMED) {
    name = `enlace_${createHash('sha1').update(sql).digest('hex').slice(0, 20)}`;
    names.set(sql, name);
  }
  return name;
}
