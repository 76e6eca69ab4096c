import { LockMode, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppAbility } from '../../platform/authz/ability';
import { accessibleWhere } from '../../platform/authz/accessible-where';
import { notFound } from '../../platform/graphql/errors';
import { Referral } from './referral.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The referrals the ability may read, as SQL; null when it may read none. */
export function readableReferrals(em: EntityManager, ability: AppAbility): FilterQuery<Referral> | null {
  return accessibleWhere(ability, 'read', Referral, em.getMetadata());
}

/**
 * Loads one referral through the permission condition, or null. Unreadable and non-existent look the same,
 * and an id that is not a UUID is simply not found (rather than a database error).
 */
export async function findReadableReferral(
  em: EntityManager,
  ability: AppAbility,
  id: string,
  options: { lockForUpdate?: boolean } = {},
): Promise<Referral | null> {
  const where = readableReferrals(em, ability);
  if (!where || !UUID.test(id)) return null;
  return em.findOne(
    Referral,
    { $and: [{ id }, where] },
    // Writers lock the row, so two steps on one referral at once run one after the other.
    options.lockForUpdate ? { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } : {},
  );
}

/** As findReadableReferral, but NOT_FOUND when there is none. */
export async function getReadableReferral(
  em: EntityManager,
  ability: AppAbility,
  id: string,
  options: { lockForUpdate?: boolean } = {},
): Promise<Referral> {
  const referral = await findReadableReferral(em, ability, id, options);
  if (!referral) throw notFound('Referral');
  return referral;
}
