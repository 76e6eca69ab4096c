import type { EntityManager } from '@mikro-orm/postgresql';
import { permittedFilter } from '../../platform/authz/accessible-query';
import type { Role } from '../../platform/authz/roles';
import type { RequestContext } from '../../platform/context';
import { LIVE_EVENTS_CHANNEL } from '../../platform/events/live-channel';
import { badInput, notFound, unauthenticated } from '../../platform/graphql/errors';
import { inUnitOfWork } from '../../platform/orm/unit-of-work';
import { Notification, type NotificationKind, type NotificationSubject } from './notification.entity';

/** The most a page of notifications holds: the panel shows the latest; older ones are already read. */
export const NOTIFICATION_PAGE_MAX = 50;

/** Every notification live event's type starts with this; the shared bus also carries referral events. */
export const NOTIFICATION_EVENT_PREFIX = 'notification.';

/** What one event tells: its kind and the record it is about, by id and reference number only. */
export interface NotificationDraft {
  kind: NotificationKind;
  subjectType: NotificationSubject;
  subjectId: string;
  reference: string | null;
}

/** Who is told: the active users of an agency holding any of `roles`, but never the person who acted. */
export interface AgencyAudience {
  agencyId: string;
  roles: readonly Role[];
  exceptUserId?: string | null;
}

const NIL = '00000000-0000-0000-0000-000000000000';

/**
 * Writes one notification per recipient in the caller's transaction (the event's own), and queues a NOTIFY that
 * PostgreSQL delivers at commit: the bell of each recipient's open pages counts up, and nothing happens when the
 * change rolls back. No network call: the rows are the outbox.
 */
export async function notifyAgency(em: EntityManager, draft: NotificationDraft, audience: AgencyAudience) {
  if (audience.roles.length === 0) return [];
  const connection = em.getConnection();
  const transaction = em.getTransactionContext();
  const recipients = await connection.execute<{ id: string }[]>(
    `select u.id from app_user u
      where u.agency_id = ? and u.active and u.id <> ? and u.roles && string_to_array(?, ',')::user_role[]`,
    [audience.agencyId, audience.exceptUserId ?? NIL, audience.roles.join(',')],
    'all',
    transaction,
  );
  const userIds = recipients.map((row) => row.id);
  if (userIds.length === 0) return [];
  // No RETURNING: under row-level security it would need the actor to read the recipients' rows.
  await connection.execute(
    `insert into notification (id, user_id, kind, subject_type, subject_id, reference, created_at)
     select gen_random_uuid(), recipient, ?, ?, ?, ?, now() from unnest(string_to_array(?, ',')::uuid[]) recipient`,
    [draft.kind, draft.subjectType, draft.subjectId, draft.reference?.slice(0, 64) ?? null, userIds.join(',')],
    'all',
    transaction,
  );
  await announce(em, 'notification.new', userIds);
  return userIds;
}

/** Queues the NOTIFY telling these users' open pages to refresh their bell (ids only, delivered at commit). */
async function announce(em: EntityManager, type: string, userIds: string[]) {
  if (userIds.length === 0) return;
  const payload = JSON.stringify({ type, userIds, at: new Date(), agencyIds: [] });
  await em
    .getConnection()
    .execute('select pg_notify(?, ?)', [LIVE_EVENTS_CHANNEL, payload], 'all', em.getTransactionContext());
}

function userOf(context: RequestContext) {
  if (!context.actor) throw unauthenticated();
  return context.actor;
}

/** The caller's latest notifications, newest first; `unreadOnly` leaves out those read. */
export async function myNotifications(context: RequestContext, first: number, unreadOnly: boolean) {
  userOf(context);
  if (!Number.isInteger(first) || first < 1 || first > NOTIFICATION_PAGE_MAX)
    throw badInput({ first: 'error.page.size' });
  return inUnitOfWork(context, async (em) => {
    const filter = permittedFilter(em, context.ability, 'read', Notification, unreadOnly ? { readAt: null } : {});
    if (filter === null) return [];
    return em.find(Notification, filter, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first });
  });
}

/** How many of the caller's notifications are unread (the bell's count). */
export async function unreadNotificationCount(context: RequestContext) {
  userOf(context);
  return inUnitOfWork(context, async (em) => {
    const filter = permittedFilter(em, context.ability, 'read', Notification, { readAt: null });
    if (filter === null) return 0;
    return em.count(Notification, filter);
  });
}

/** Marks one of the caller's notifications read (again: a no-op); NOT_FOUND when it is not theirs. */
export async function markNotificationRead(context: RequestContext, id: string) {
  const actor = userOf(context);
  return inUnitOfWork(context, async (em) => {
    const filter = permittedFilter(em, context.ability, 'markRead', Notification, { id });
    const notification = filter === null ? null : await em.findOne(Notification, filter);
    if (!notification) throw notFound('Notification');
    if (!notification.readAt) {
      notification.readAt = new Date();
      await em.flush();
      await announce(em, 'notification.read', [actor.id]);
    }
    return notification;
  });
}

/** Marks every unread notification of the caller read; returns how many were. */
export async function markAllNotificationsRead(context: RequestContext) {
  const actor = userOf(context);
  return inUnitOfWork(context, async (em) => {
    const filter = permittedFilter(em, context.ability, 'markRead', Notification, { readAt: null });
    if (filter === null) return 0;
    const marked = await em.nativeUpdate(Notification, filter, { readAt: new Date() });
    if (marked > 0) await announce(em, 'notification.read', [actor.id]);
    return marked;
  });
}
