import { Reference, ReferenceKind, type EntityMetadata, type Ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Read records: what a list query returns instead of ORM entities when it must be cheap. Hydrating a page of
 * 50 referrals with their agencies through the unit of work cost about 6 ms of CPU per request, most of the
 * inbox's time (docs/benchmarks.md, ADR 9); a read record is one row's values put on an object of the entity's
 * class, and nothing more:
 * - it is an instance of the entity class, so CASL and the field guard see the same subject type, and methods
 *   and getters of the class (Referral.isOverdue, Country.id) work;
 * - its values are own data properties: MikroORM's accessors on the prototype would route every assignment
 *   through the unit of work;
 * - the EntityManager does not know it, so it is never flushed: read records are for reading only;
 * - a to-one relation holds the related read record when the query joined it, otherwise an ORM reference
 *   made on first use (so `related()` below loads it, batched with the other records' relations);
 * - a to-many relation is not there: `managedEntity()` gives the ORM entity to load it from.
 */
const READ_RECORD = Symbol('enlace.readRecord');

export interface ReadRecordOptions {
  /** To-one relations the query joined, as read records (their columns came with the row). */
  joined?: Record<string, object | null>;
}

/** A read record of `meta`'s entity from a row already mapped to property names (EntityComparator.mapResult). */
export function readRecord<T extends object>(
  em: EntityManager,
  meta: EntityMetadata<T>,
  values: Record<string, unknown>,
  options: ReadRecordOptions = {},
): T {
  const record = Object.create(meta.prototype as object) as T;
  Object.defineProperty(record, READ_RECORD, { value: true });
  for (const property of meta.props) {
    const name = property.name as string;
    if (property.kind === ReferenceKind.SCALAR || property.kind === ReferenceKind.EMBEDDED) {
      if (name in values) define(record, name, values[name]);
    } else if (property.kind === ReferenceKind.MANY_TO_ONE || property.kind === ReferenceKind.ONE_TO_ONE) {
      if (options.joined && name in options.joined) define(record, name, options.joined[name]);
      else if (name in values) defineLazyReference(em, record, name, property.targetMeta!, values[name]);
    }
  }
  return record;
}

/** Whether a record is a read record (not known to the EntityManager). */
export function isReadRecord(record: object): boolean {
  return READ_RECORD in record;
}

/**
 * The columns of one joined alias in a row of a query built with `joinAndSelect` (`sa__name` -> `name`), ready
 * for EntityComparator.mapResult; the root alias's columns are the unprefixed ones.
 */
export function columnsOfAlias(row: Record<string, unknown>, alias: string): Record<string, unknown> {
  const prefix = `${alias}__`;
  const columns: Record<string, unknown> = {};
  for (const key in row) if (key.startsWith(prefix)) columns[key.slice(prefix.length)] = row[key];
  return columns;
}

/**
 * The value of a to-one relation, whatever holds it: an ORM reference is loaded (batched per request through
 * MikroORM's dataloader), a read record or a loaded entity is returned as it is, without a promise.
 */
export function related<T extends object>(value: Ref<T> | T | null | undefined): T | Promise<T> | null {
  if (value === null || value === undefined) return null;
  if (Reference.isReference<T>(value)) return value.load({ dataloader: true }) as Promise<T>;
  return value as T;
}

/** The ORM entity behind a record: itself when it is one, loaded (batched) when it is a read record. */
export async function managedEntity<T extends object>(em: EntityManager, record: T): Promise<T> {
  if (!isReadRecord(record)) return record;
  const meta = em.getMetadata().get<T>((record as object).constructor.name);
  const primaryKey = (record as Record<string, unknown>)[meta.primaryKeys[0] as string] as string;
  return em
    .getReference<T>(meta.class, primaryKey as never, { wrapped: true })
    .load({ dataloader: true }) as Promise<T>;
}

function define(record: object, name: string, value: unknown): void {
  Object.defineProperty(record, name, { value, writable: true, enumerable: true, configurable: true });
}

function defineLazyReference(
  em: EntityManager,
  record: object,
  name: string,
  target: EntityMetadata,
  id: unknown,
): void {
  let reference: unknown;
  Object.defineProperty(record, name, {
    enumerable: true,
    configurable: true,
    get: () => {
      if (id === null || id === undefined) return null;
      return (reference ??= em.getReference(target.class, id as never, { wrapped: true }));
    },
  });
}
