import type { EntityClass, FilterQuery, FindOptions } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Action, AppAbility } from './ability';
import { accessibleWhere } from './accessible-where';

/** Combines the caller's permission condition with a query's own filter, in SQL. */
export function permittedFilter<T extends object>(
  em: EntityManager,
  ability: AppAbility,
  action: Action,
  entity: EntityClass<T>,
  where: FilterQuery<T> = {} as FilterQuery<T>,
): FilterQuery<T> | null {
  const permitted = accessibleWhere(ability, action, entity, em.getMetadata());
  if (permitted === null) return null;
  return { $and: [permitted, where] } as FilterQuery<T>;
}

/** The records of `entity` the caller may `action`, among those matching `where`. */
export async function findPermitted<T extends object, Hint extends string = never>(
  em: EntityManager,
  ability: AppAbility,
  action: Action,
  entity: EntityClass<T>,
  where?: FilterQuery<T>,
  options?: FindOptions<T, Hint>,
) {
  const filter = permittedFilter(em, ability, action, entity, where);
  if (filter === null) return [];
  return em.find(entity, filter, options);
}

/** One record by filter, or null when it does not exist or the caller may not `action` it (indistinguishable). */
export async function findOnePermitted<T extends object, Hint extends string = never>(
  em: EntityManager,
  ability: AppAbility,
  action: Action,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  options?: FindOptions<T, Hint>,
) {
  const filter = permittedFilter(em, ability, action, entity, where);
  if (filter === null) return null;
  return em.findOne(entity, filter, options as never);
}
