import type { Collection, EntityMetadata } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadedProperties } from './managed-reads';
import { queryPrepared, rawStatement } from './prepared-statements';

/**
 * The items of a to-many collection of a managed entity, read for a response. The collections asked for in one
 * turn of the event loop (the `persons` of every referral of a page, say) are read in one statement, kept and
 * prepared (queryPrepared), and the collections are initialised with managed entities, as `collection.load()`
 * would, which builds its statement through MikroORM's query builder every time: for the referral screen that
 * cost more of the server's time than PostgreSQL took to answer (docs/benchmarks.md, issue 19). Inside a
 * transaction the collection loads the ORM's way, in that transaction.
 */
export async function loadCollection<Item extends object>(
  em: EntityManager,
  owner: object,
  property: string,
): Promise<Item[]> {
  const collection = (owner as Record<string, Collection<Item>>)[property]!;
  if (collection.isInitialized()) return collection.getItems();
  if (em.getTransactionContext()) return (await collection.load({ dataloader: true })).getItems();
  const ownerMeta = em.getMetadata().get<object>(owner.constructor.name);
  await batchOf(em, ownerMeta, property).add(owner);
  return collection.getItems();
}

interface Batch {
  owners: Map<string, object>;
  add(owner: object): Promise<void>;
}

const batchesByManager = new WeakMap<EntityManager, Map<string, Batch>>();

/** The batch of this turn for the collection, started when the first owner is added. */
function batchOf(em: EntityManager, ownerMeta: EntityMetadata, property: string): Batch {
  let batches = batchesByManager.get(em);
  if (!batches) batchesByManager.set(em, (batches = new Map()));
  const key = `${ownerMeta.className}.${property}`;
  let batch = batches.get(key);
  if (batch) return batch;
  const owners = new Map<string, object>();
  let read: Promise<void> | null = null;
  batch = {
    owners,
    add(owner) {
      owners.set(String((owner as Record<string, unknown>)[ownerMeta.primaryKeys[0]!]), owner);
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
  owners: Map<string, object>,
): Promise<void> {
  const shape = shapeOf(ownerMeta, property);
  const ids = `{${[...owners.keys()].map((id) => `"${id.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
  const rows = await queryPrepared<Record<string, unknown>>(em, () => rawStatement(em, shape.sql, [IDS_PLACEHOLDER]), {
    key: shape.sql,
    placeholders: new Map([[IDS_PLACEHOLDER, ids]]),
  });
  const itemsByOwner = new Map<string, object[]>();
  for (const row of rows) {
    const ownerId = String(row[shape.ownerColumn]);
    const item = em.map(shape.target.class, row) as object;
    const items = itemsByOwner.get(ownerId);
    if (items) items.push(item);
    else itemsByOwner.set(ownerId, [item]);
  }
  for (const [id, owner] of owners) {
    const collection = (owner as Record<string, Collection<object>>)[property]!;
    if (!collection.isInitialized()) collection.hydrate(itemsByOwner.get(id) ?? []);
  }
}

interface CollectionShape {
  target: EntityMetadata;
  ownerColumn: string;
  sql: string;
}

const shapes = new Map<string, CollectionShape>();

/**
 * Per collection, once: its statement. Every column `em.find` would select of the items (the lazy ones left
 * out), the owners' ids as one array, the collection's own order (by primary key when it declares none).
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
  const declared = [relation.orderBy ?? []].flat() as Record<string, unknown>[];
  const orderMap = declared.length
    ? Object.assign({}, ...declared)
    : Object.fromEntries(target.primaryKeys.map((pk) => [pk, 'asc']));
  const order = Object.entries(orderMap as Record<string, unknown>)
    .map(([name, direction]) => `"${target.properties[name]!.fieldNames[0]}" ${String(direction)}`)
    .join(', ');
  const sql =
    `select ${[...new Set(columns)].map((column) => `"${column}"`).join(', ')} from "${target.tableName}"` +
    ` where "${ownerColumn}" = any(?::${idType}[]) order by "${ownerColumn}", ${order}`;
  shape = { target, ownerColumn, sql };
  shapes.set(key, shape);
  return shape;
}
