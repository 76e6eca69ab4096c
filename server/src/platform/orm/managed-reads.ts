import type { EntityMetadata } from '@mikro-orm/core';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { queryPrepared } from './prepared-statements';

const loadedByMeta = new WeakMap<EntityMetadata, string[]>();

/**
 * The properties `em.find` selects of an entity: every persisted column (to-one relations as their keys), the
 * lazy ones left out. What a kept statement reads to give the same managed entity as the ORM would.
 */
export function loadedProperties(meta: EntityMetadata): string[] {
  let loaded = loadedByMeta.get(meta);
  if (!loaded) {
    loaded = meta.props
      .filter((property) => property.fieldNames?.length && !property.lazy && property.persist !== false)
      .filter((property) => property.kind === 'scalar' || property.kind === 'm:1' || property.kind === 'embedded')
      .map((property) => property.name as string);
    loadedByMeta.set(meta, loaded);
  }
  return loaded;
}

/**
 * Rows of one entity read by a kept, prepared statement (queryPrepared with its key and placeholders), as
 * managed entities: what `em.find` gives, without building the statement through the query builder for every
 * request. The statement must select the entity's columns unprefixed (loadedProperties).
 */
export async function findManaged<T extends object>(
  em: EntityManager,
  entity: EntityMetadata<T>,
  build: () => Knex.QueryBuilder | Knex.Raw,
  options: { key: string; placeholders: ReadonlyMap<unknown, unknown> },
): Promise<T[]> {
  const rows = await queryPrepared<Record<string, unknown>>(em, build, options);
  return rows.map((row) => em.map(entity.class, row as never));
}
