import type { Collection, EntityMetadata } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadedProperties } from './managed-reads';
import { queryPrepared, rawStatement } from './prepared-statements';
import { managedEntity, readRecord } from './read-records';

/**
 * The items of a to-many collection of an entity or a read record, for a response, as read records
 * (read-records.ts): for reading only. The collections asked for in one turn of the event loop (the `persons`
 * of every referral of a page, say) are read in one statement, kept and prepared (queryPrepared).
 * `collection.load()` built its statement through MikroORM's query builder every time and hydrated every item
 * through the unit of work: for the referral screen that cost more of the server's time than PostgreSQL took to
 * answer (docs/benchmarks.md, issue 19). A collection already loaded gives its items; inside a transaction the
 * collection loads the ORM's way, in that transaction (its items are then managed entities, to be changed).
 */
export async function loadCollection<Item extends object>(
  em: EntityManager,
  owner: object,
  property: string,
): Promise<Item[]> {
  const ownerMeta = em.getMetadata().get<object>(owner.constructor.name);
  const collection = (owner as Record<string, Collection<Item> | undefined>)[property];
  if (collection?.isInitialized()) return collection.getItems();
  if (em.getTransactionContext()) {
    const managed = collection ?? (await managedEntity(em, owner))[property as never];
    return (await (managed as Collection<Item>).load({ dataloader: true })).getItems();
  }
  const itemsByOwner = await batchOf(em, ownerMeta, property).add(owner);
  return (itemsByOwner.get(idOf(ownerMeta, owner)) ?? []) as Item[];
}

const idOf = (meta: EntityMetadata, record: object) =>
  String((record as Record<string, unknown>)[meta.primaryKeys[0]!]);

interface Batch {
  add(owner: object): Promise<Map<string, object[]>>;
}

const batchesByManager = new WeakMap<EntityManager, Map<string, Batch>>();

/** The batch of this turn for the collection, started when the first owner is added. */
function batchOf(em: EntityManager, ownerMeta: EntityMetadata, property: string): Batch {
  let batches = batchesByManager.get(em);
  if (!batches) batchesByManager.set(em, (batches = new Map()));
  const key = `${ownerMeta.className}.${property}`;
  let batch = batches.get(key);
  if (batch) return batch;
  const owners = new Set<string>();
  let read: Promise<Map<string, object[]>> | null = null;
  batch = {
    add(owner) {
      owners.add(idOf(ownerMeta, owner));
      // As DataLoader schedules: after the promise jobs queued now, so the sibling resolvers' owners join.
      read ??= new Promise<void>((resolve) => void Promise.resolve().then(() => process.nextTick(resolve))).then(() => {
        batches.delete(key);
        return readInto(em, ownerMeta, property, owners);
      });
      return read;
    },
  };
  batches.set(key, batch);
  return batch;
}

// The ids of a batch go in as one array literal, which the statement's text does not depend on.
const IDS_PLACEHOLDER = '{}';

async function readInto(
  em: EntityManager,
  ownerMeta: EntityMetadata,
  property: string,
  owners: Set<string>,
): Promise<Map<string, object[]>> {
  const shape = shapeOf(ownerMeta, property);
  const ids = `{${[...owners].map((id) => `"${id.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
  const rows = await queryPrepared<Record<string, unknown>>(em, () => rawStatement(em, shape.sql, [IDS_PLACEHOLDER]), {
    key: shape.sql,
    placeholders: new Map([[IDS_PLACEHOLDER, ids]]),
  });
  const comparator = em.getComparator();
  const itemsByOwner = new Map<string, object[]>();
  for (const row of rows) {
    const ownerId = String(row[shape.ownerColumn]);
    const item = readRecord(em, shape.target, comparator.mapResult(shape.target.className, row));
    const items = itemsByOwner.get(ownerId);
    if (items) items.push(item);
    else itemsByOwner.set(ownerId, [item]);
  }
  return itemsByOwner;
}

interface CollectionShape {
  target: EntityMetadata;
  ownerColumn: string;
  sql: string;
}

const shapes = new Map<string, CollectionShape>();

/**
 * Per collection, once: its statement. Every column `em.find` would select of the items (the lazy ones left
 * out), the owners' ids as one array, the collection's declared order (none when it declares none).
 */
function shapeOf(ownerMeta: EntityMetadata, property: string): CollectionShape {
  const key = `${ownerMeta.className}.${property}`;
  let shape = shapes.get(key);
  if (shape) return shape;
  const relation = ownerMeta.properties[property];
  if (!relation || relation.kind !== '1:m' || !relation.targetMeta || !relation.mappedBy)
    throw new Error(`${key} is not a one-to-many collection`);
  const target = relation.targetMeta;
  const ownerColumn = target.properties[relation.mappedBy]!.fieldNames[0]!;
  const idType = ownerMeta.properties[ownerMeta.primaryKeys[0]!]!.columnTypes[0]!;
  const columns = loadedProperties(target).flatMap((name) => target.properties[name]!.fieldNames);
  const declared = Object.entries(
    Object.assign({}, ...([relation.orderBy ?? []].flat() as Record<string, unknown>[])) as Record<string, unknown>,
  );
  // The items are grouped by owner after the read, in the order they come: with no declared order that is the
  // order `collection.load()` gave (none asked for), which is the order a referral's persons were entered in.
  const order = declared.length
    ? ` order by ${declared.map(([name, direction]) => `"${target.properties[name]!.fieldNames[0]}" ${String(direction)}`).join(', ')}`
    : '';
  const sql =
    `select ${[...new Set(columns)].map((column) => `"${column}"`).join(', ')} from "${target.tableName}"` +
    ` where "${ownerColumn}" = any(?::${idType}[])${order}`;
  shape = { target, ownerColumn, sql };
  shapes.set(key, shape);
  return shape;
}
