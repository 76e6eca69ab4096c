import { forbidden, notFound } from '../graphql/errors';
import type { Action, AppAbility } from './ability';

/**
 * Checks a loaded record before a write. Someone who may not even read the record gets NOT_FOUND, exactly
 * as if it did not exist; someone who may read it but not do this gets FORBIDDEN.
 */
export function assertCan(ability: AppAbility, action: Action, record: object, what: string, field?: string): void {
  if (ability.can(action, record, field)) return;
  if (!ability.can('read', record)) throw notFound(what);
  throw forbidden();
}

/** For creating: the new record's values must satisfy a "create" rule. */
export function assertCanCreate(ability: AppAbility, draft: object): void {
  if (!ability.can('create', draft)) throw forbidden();
}
