import type { FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { UUID } from '../ids';

/** A cursor's values, as they travel inside it (JSON): one per key of the order, in order. */
export type KeysetValues = (string | null)[];

/**
 * One key of a keyset order: the property (or, for raw SQL, the column expression), its direction, and how its
 * value is written into a cursor and read back. A value that does not read back is refused, never queried.
 */
export interface KeysetKey<T> {
  property: string;
  direction: 'asc' | 'desc';
  /** Null sorts after every value (`asc nulls last`); only for an ascending key. */
  nullsLast?: boolean;
  /** The key's value on a row, as the cursor keeps it. */
  valueOf(row: T): string | null;
  /** Whether a value taken out of a cursor is one this key can have. */
  accepts(value: unknown): boolean;
  /** The value as the query compares it (e.g. a Date for an instant). */
  toQuery(value: string): unknown;
  /** The SQL cast a bound value needs in a raw statement, e.g. `timestamptz`. */
  sqlType?: string;
}

const BIGINT = /^[1-9][0-9]{0,18}$/;
const isInstant = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));

type Direction = KeysetKey<unknown>['direction'];
const read =
  <T>(property: string) =>
  (row: T) =>
    (row as Record<string, unknown>)[property];

/** The keys an order is made of. Each reads the property of the same name on a row unless told otherwise. */
export const by = {
  /** A uuid: the usual tie-breaker. */
  id: <T>(direction: Direction, property = 'id'): KeysetKey<T> => ({
    property,
    direction,
    valueOf: (row) => String(read<T>(property)(row)),
    accepts: (value) => typeof value === 'string' && UUID.test(value),
    toQuery: (value) => value,
    sqlType: 'uuid',
  }),
  /** A positive bigint kept as a string (e.g. the audit trail's sequence). */
  bigint: <T>(direction: Direction, property: string): KeysetKey<T> => ({
    property,
    direction,
    valueOf: (row) => String(read<T>(property)(row)),
    accepts: (value) => typeof value === 'string' && BIGINT.test(value),
    toQuery: (value) => value,
    sqlType: 'bigint',
  }),
  /**
   * An instant. A Date property keeps milliseconds, which is exact for `timestamptz(3)` columns; a column with
   * microseconds must be read as text (`read` returning PostgreSQL's own text) so the comparison stays exact.
   */
  instant: <T>(
    direction: Direction,
    property: string,
    options: { nullsLast?: boolean; read?: (row: T) => string | null } = {},
  ): KeysetKey<T> => ({
    property,
    direction,
    nullsLast: options.nullsLast,
    valueOf:
      options.read ??
      ((row) => {
        const value = read<T>(property)(row) as Date | null | undefined;
        return value ? value.toISOString() : null;
      }),
    accepts: (value) => isInstant(value) || (options.nullsLast === true && value === null),
    toQuery: (value) => new Date(value),
    sqlType: 'timestamptz',
  }),
  /** One of a fixed set of values (an enum), compared as the column's type orders them. */
  oneOf: <T>(direction: Direction, property: string, values: readonly string[]): KeysetKey<T> => ({
    property,
    direction,
    valueOf: (row) => String(read<T>(property)(row)),
    accepts: (value) => typeof value === 'string' && values.includes(value),
    toQuery: (value) => value,
  }),
};

/**
 * A stable order for keyset ("seek") pagination: the sort keys, then a unique tie-breaker, so every row has
 * one place and a cursor names a position between two rows. Pages after a cursor are the rows strictly after
 * it in this order: one more condition ANDed to the caller's permission conditions (accessibleWhere) and
 * filters, so a cursor can only narrow what the rules allow. Deep pages cost what the first does, on an index
 * that matches the order, and rows arriving meanwhile do not shift the pages.
 */
export class Keyset<T> {
  readonly keys: readonly KeysetKey<T>[];

  constructor(keys: KeysetKey<T>[], tieBreaker: KeysetKey<T>) {
    for (const key of [...keys, tieBreaker])
      if (key.nullsLast && key.direction !== 'asc') throw new Error(`keyset: ${key.property} nulls last is asc only`);
    if (tieBreaker.nullsLast) throw new Error('keyset: the tie-breaker is never null');
    this.keys = [...keys, tieBreaker];
  }

  /** The order, for `em.find` or a query builder. */
  get orderBy(): QueryOrderMap<T>[] {
    return this.keys.map(
      (key) => ({ [key.property]: key.nullsLast ? 'asc nulls last' : key.direction }) as QueryOrderMap<T>,
    );
  }

  /** The order as SQL, given each property's column expression. */
  orderBySql(columns: Record<string, string>): string {
    return this.keys
      .map((key) => `${columns[key.property]} ${key.direction}${key.nullsLast ? ' nulls last' : ''}`)
      .join(', ');
  }

  valuesOf(row: T): KeysetValues {
    return this.keys.map((key) => key.valueOf(row));
  }

  /** The values if they are exactly what this order's cursors hold; null otherwise. */
  parse(values: unknown): KeysetValues | null {
    if (!Array.isArray(values) || values.length !== this.keys.length) return null;
    return this.keys.every((key, index) => key.accepts(values[index])) ? (values as KeysetValues) : null;
  }

  /**
   * Rows strictly after the position: `k1 > v1 OR (k1 = v1 AND k2 > v2) OR …` (`<` for descending keys), which
   * PostgreSQL turns into index range scans; a nulls-last key also lets through the rows where it is null.
   */
  after(values: KeysetValues): FilterQuery<T> {
    const alternatives: Record<string, unknown>[] = [];
    const nullAlternatives: Record<string, unknown>[] = [];
    const equal: Record<string, unknown> = {};
    this.keys.forEach((key, index) => {
      const value = values[index];
      if (value === undefined) throw new Error(`keyset position has no value for ${key.property}`);
      if (value !== null) {
        const operator = key.direction === 'asc' ? '$gt' : '$lt';
        alternatives.push({ ...equal, [key.property]: { [operator]: key.toQuery(value) } });
        if (key.nullsLast) nullAlternatives.push({ ...equal, [key.property]: null });
      }
      equal[key.property] = value === null ? null : key.toQuery(value);
    });
    const all = [...alternatives, ...nullAlternatives];
    return (all.length === 1 ? all[0] : { $or: all }) as FilterQuery<T>;
  }

  /** The same condition as raw SQL with bindings, for statements outside the ORM (e.g. pg-boss's tables). */
  afterSql(values: KeysetValues, columns: Record<string, string>): { sql: string; bindings: unknown[] } {
    const alternatives: string[] = [];
    const nullAlternatives: string[] = [];
    const bindings: unknown[] = [];
    const nullBindings: unknown[] = [];
    let equal: { sql: string; bindings: unknown[] } = { sql: '', bindings: [] };
    this.keys.forEach((key, index) => {
      const value = values[index];
      const column = columns[key.property];
      const bound = key.sqlType ? `?::${key.sqlType}` : '?';
      if (value !== null) {
        alternatives.push(`(${equal.sql}${column} ${key.direction === 'asc' ? '>' : '<'} ${bound})`);
        bindings.push(...equal.bindings, value);
        if (key.nullsLast) {
          nullAlternatives.push(`(${equal.sql}${column} is null)`);
          nullBindings.push(...equal.bindings);
        }
      }
      equal =
        value === null
          ? { sql: `${equal.sql}${column} is null and `, bindings: equal.bindings }
          : { sql: `${equal.sql}${column} = ${bound} and `, bindings: [...equal.bindings, value] };
    });
    return {
      sql: `(${[...alternatives, ...nullAlternatives].join(' or ')})`,
      bindings: [...bindings, ...nullBindings],
    };
  }
}
