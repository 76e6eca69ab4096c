import { LockMode, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppAbility } from '../../platform/authz/ability';
import { accessibleWhere, permissionCondition } from '../../platform/authz/accessible-where';
import { simplifyUnder, type ConditionFacts } from '../../platform/authz/condition-facts';
import { notFound } from '../../platform/graphql/errors';
import { Referral } from './referral.entity';
import { ReferralStatus } from './referral.enums';
import { ReferralBox } from './referral-inbox.types';
import { UUID } from '../../platform/ids';
import type { RequestContext } from '../../platform/context';
import { findReferralById, type ReferralJoin } from './referral-read.query';

export type { ReferralJoin } from './referral-read.query';

/** The referrals the ability may read, as SQL; null when it may read none. */
export function readableReferrals(em: EntityManager, ability: AppAbility): FilterQuery<Referral> | null {
  return accessibleWhere(ability, 'read', Referral, em.getMetadata());
}

/**
 * What an agency's inbox or outbox fixes about every row in it: the agency is on that side, therefore (CHECK
 * referral_parties_differ) not on the other, and (CHECK referral_forwarded_to_third_agencies) not among the
 * agencies it was forwarded to.
 */
function boxFacts(box: ReferralBox, agencyId: string): ConditionFacts {
  const own = box === ReferralBox.INBOX ? 'receivingAgency.id' : 'sendingAgency.id';
  const other = box === ReferralBox.INBOX ? 'sendingAgency.id' : 'receivingAgency.id';
  return {
    [own]: { equals: agencyId },
    [other]: { differsFrom: agencyId },
    forwardedToAgencyIds: { differsFrom: agencyId },
  };
}

/**
 * The referrals of the box the ability may read, as SQL (to be ANDed with the box's own condition), with the
 * comparisons the box already decides taken out so the planner estimates the box right; null when none.
 */
export function readableInBox(
  em: EntityManager,
  ability: AppAbility,
  box: ReferralBox,
  agencyId: string,
): FilterQuery<Referral> | null {
  return accessibleWhere(ability, 'read', Referral, em.getMetadata(), boxFacts(box, agencyId));
}

/**
 * The statuses in which every referral of the box is readable, when the ability decides readability by the
 * box and the status alone (then per-status counters can stand for counting rows); null when some rule looks at
 * anything else, and the rows must be counted.
 */
export function statusesReadableInBox(
  ability: AppAbility,
  box: ReferralBox,
  agencyId: string,
): ReferralStatus[] | null {
  const condition = permissionCondition(ability, 'read', Referral.name);
  if (!condition) return [];
  const readable: ReferralStatus[] = [];
  for (const status of Object.values(ReferralStatus)) {
    const decided = simplifyUnder(condition, { ...boxFacts(box, agencyId), status: { equals: status } });
    if (typeof decided !== 'boolean') return null;
    if (decided) readable.push(status);
  }
  return readable;
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

// Per request (the context object), the referrals read through the permission condition, by id.
const readsOfRequest = new WeakMap<object, Map<string, Promise<Referral | null>>>();

/**
 * As findReadableReferral, but read once per request: every read-only resolver of the request that asks for
 * the same referral (`referral(id)`, `referralMessages(referralId)`, `referralForwards`, ...) shares the first
 * read and its answer, null included (docs/adr/0058). The first caller's `joined` relations come in the same
 * statement (to-one, joined by primary key); a later caller wanting others gets them through the dataloader.
 * Writers do not use it: they read the row locked, in their own transaction (findReadableReferral).
 */
export function readReferralOnce(
  context: Pick<RequestContext, 'em' | 'ability'>,
  id: string,
  joined: readonly ReferralJoin[] = [],
): Promise<Referral | null> {
  let reads = readsOfRequest.get(context);
  if (!reads) readsOfRequest.set(context, (reads = new Map()));
  let read = reads.get(id);
  if (!read) {
    read = findReadable(context.em, context.ability, id, joined);
    reads.set(id, read);
  }
  return read;
}

/** As readReferralOnce, but NOT_FOUND when there is none. */
export async function getReferralOnce(
  context: Pick<RequestContext, 'em' | 'ability'>,
  id: string,
  joined: readonly ReferralJoin[] = [],
): Promise<Referral> {
  const referral = await readReferralOnce(context, id, joined);
  if (!referral) throw notFound('Referral');
  return referral;
}

async function findReadable(
  em: EntityManager,
  ability: AppAbility,
  id: string,
  joined: readonly ReferralJoin[],
): Promise<Referral | null> {
  const where = readableReferrals(em, ability);
  if (!where || !UUID.test(id)) return null;
  return findReferralById(em, where, id, joined);
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
