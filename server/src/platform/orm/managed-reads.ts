import type { EntityClass, EntityMetadata } from '@mikro-orm/core';
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
  return rows.map((row) => mapManaged(em, entity.class, row));
}

/**
 * A row of a kept statement as a managed entity, as `em.map` makes it, without cascading the merge through its
 * relations: the entity factory has already put every reference it made into the unit of work (the related rows
 * of a joined read are mapped first, deepest first), and the cascade only walked them again (issue 19).
 */
export function mapManaged<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  row: Record<string, unknown>,
): T {
  // em.map hands its options on to em.merge, whose `cascade` its declared type leaves out.
  const noCascade = { cascade: false } as { schema?: string };
  return em.map(entity, row as never, noCascade);
}
