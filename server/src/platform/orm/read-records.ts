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
 * - a to-one relation holds the related read record when the query joined it, otherwise the related id, which
 *   `related()` below loads when asked (batched with the other records' relations);
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
  const shape = shapeOf(meta);
  const record = Object.create(shape.prototype) as Record<string, unknown>;
  for (const name of shape.scalars) if (name in values) record[name] = values[name];
  for (const { name, target } of shape.toOne) {
    if (options.joined && name in options.joined) record[name] = options.joined[name];
    else if (name in values) record[name] = values[name] == null ? null : new LazyRelation(em, target, values[name]);
  }
  return record as T;
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
 * The value of a to-one relation, whatever holds it: an ORM reference or a read record's relation that the
 * query did not join is loaded (batched per request through MikroORM's dataloader); a read record or a loaded
 * entity is returned as it is, without a promise.
 */
export function related<T extends object>(
  value: Ref<T> | LazyRelation<T> | T | null | undefined,
): T | Promise<T> | null {
  if (value === null || value === undefined) return null;
  if (value instanceof LazyRelation) return value.load();
  if (Reference.isReference<T>(value)) return value.load({ dataloader: true }) as Promise<T>;
  return value as T;
}

/** The ORM entity behind a record: itself when it is one, loaded (batched) when it is a read record. */
export async function managedEntity<T extends object>(em: EntityManager, record: T): Promise<T> {
  if (!isReadRecord(record)) return record;
  const meta = em.getMetadata().get<T>((record as object).constructor.name);
  return loadBatched(em, meta, (record as Record<string, unknown>)[meta.primaryKeys[0] as string]);
}

/** The entity of `meta` with this primary key, loaded through MikroORM's per-request dataloader. */
function loadBatched<T extends object>(em: EntityManager, meta: EntityMetadata<T>, id: unknown): Promise<T> {
  return em.getReference<T>(meta.class, id as never, { wrapped: true }).load({ dataloader: true }) as Promise<T>;
}

/** A to-one relation of a read record that its query did not join: its id, and how to load it when asked. */
class LazyRelation<T extends object = object> {
  constructor(
    private readonly em: EntityManager,
    private readonly target: EntityMetadata<T>,
    readonly id: unknown,
  ) {}

  load(): Promise<T> {
    return loadBatched(this.em, this.target, this.id);
  }
}

interface RecordShape {
  prototype: object;
  scalars: string[];
  toOne: { name: string; target: EntityMetadata }[];
}

const shapes = new WeakMap<EntityMetadata, RecordShape>();

/**
 * Per entity, once: the prototype of its read records. It sits between the records and the entity's prototype
 * and shadows MikroORM's accessors with plain data properties, so that assigning a value makes an ordinary own
 * property (every record of an entity gets the same hidden class, which keeps GraphQL's reads fast).
 */
function shapeOf(meta: EntityMetadata): RecordShape {
  let shape = shapes.get(meta);
  if (shape) return shape;
  const scalars: string[] = [];
  const toOne: RecordShape['toOne'] = [];
  for (const property of meta.props) {
    const name = property.name as string;
    if (property.kind === ReferenceKind.SCALAR || property.kind === ReferenceKind.EMBEDDED) scalars.push(name);
    if (property.kind === ReferenceKind.MANY_TO_ONE || property.kind === ReferenceKind.ONE_TO_ONE)
      toOne.push({ name, target: property.targetMeta! });
  }
  const descriptors: PropertyDescriptorMap = { [READ_RECORD]: { value: true } };
  for (const name of [...scalars, ...toOne.map((relation) => relation.name)])
    descriptors[name] = { value: undefined, writable: true, configurable: true };
  shape = { prototype: Object.create(meta.prototype as object, descriptors) as object, scalars, toOne };
  shapes.set(meta, shape);
  return shape;
}
