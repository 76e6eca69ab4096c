import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppAbility } from '../../platform/authz/ability';
import { accessibleWhere } from '../../platform/authz/accessible-where';
import { notFound } from '../../platform/graphql/errors';
import { Meeting } from './meeting.entity';
import { UUID } from '../../platform/ids';

/**
 * One meeting through the permission condition in SQL, or null: a meeting of another mechanism, a missing one
 * and a malformed id all look the same.
 */
export async function findReadableMeeting(
  em: EntityManager,
  ability: AppAbility,
  id: string,
  options: { lockForUpdate?: boolean } = {},
): Promise<Meeting | null> {
  const where = accessibleWhere(ability, 'read', Meeting, em.getMetadata());
  if (!where || !UUID.test(id)) return null;
  return em.findOne(
    Meeting,
    { $and: [{ id }, where] },
    // Writers lock the row: two secretariat users approving at once run one after the other.
    options.lockForUpdate ? { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } : {},
  );
}

export async function getReadableMeeting(
  em: EntityManager,
  ability: AppAbility,
  id: string,
  options: { lockForUpdate?: boolean } = {},
): Promise<Meeting> {
  const meeting = await findReadableMeeting(em, ability, id, options);
  if (!meeting) throw notFound('Meeting');
  return meeting;
}

export { isUuid } from '../../platform/ids';
