import type { FilterQuery } from '@mikro-orm/core';
import type { Referral } from './referral.entity';
import type { ReferralStatus } from './referral.enums';
import { RUNNING_DEADLINE } from './referral.lifecycle';

/**
 * When a referral is overdue, decided here and nowhere else: a deadline runs in its current status (the
 * lifecycle's RUNNING_DEADLINE: SENT must be acknowledged by `acknowledgeBy`, ACKNOWLEDGED answered by
 * `answerBy`; the service copies the running one into `dueAt` at each step) and that moment has passed.
 * The same rule three ways — in memory, as an ORM condition, as SQL — from the same table, and a test
 * (test/referrals/referral-overdue.int.test.ts) holds them equal for every status and deadline.
 */
export const STATUSES_WITH_A_DEADLINE = Object.keys(RUNNING_DEADLINE) as ReferralStatus[];

/** In memory: the entity (`isOverdue`), the `overdue` field, listed read records (status and dueAt always loaded). */
export function isOverdue(referral: Pick<Referral, 'status' | 'dueAt'>, now: Date = new Date()): boolean {
  return (
    STATUSES_WITH_A_DEADLINE.includes(referral.status) && !!referral.dueAt && referral.dueAt.getTime() < now.getTime()
  );
}

/** As a condition for the ORM (the inbox's `overdue: true` filter): on the boxes' (agency, due_at) index. */
export function overdueWhere(now: Date): FilterQuery<Referral> {
  return { status: { $in: STATUSES_WITH_A_DEADLINE }, dueAt: { $lt: now } };
}

/** Its negation, null deadlines included (`overdue: false`). */
export function notOverdueWhere(now: Date): FilterQuery<Referral> {
  return { $or: [{ status: { $nin: STATUSES_WITH_A_DEADLINE } }, { dueAt: null }, { dueAt: { $gte: now } }] };
}

/**
 * As SQL, for statements outside the ORM (the deadline watch): `alias` is the referral table's alias, `now` a
 * SQL expression for the moment. The statuses are the enum's own values, never user input.
 */
export function overdueSql(alias: string, now = 'now()'): string {
  const statuses = STATUSES_WITH_A_DEADLINE.map((status) => `'${status}'`).join(', ');
  return `(${alias}.status in (${statuses}) and ${alias}.due_at < ${now})`;
}
