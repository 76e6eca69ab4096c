import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { accessibleWhere } from '../../platform/authz/accessible-where';
import { assertCan, assertCanCreate } from '../../platform/authz/forbidden';
import type { RequestContext } from '../../platform/context';
import { badInput, conflict, notFound } from '../../platform/graphql/errors';
import { nextNumber, yearIn } from '../../platform/numbering/gap-free-counter';
import { inUnitOfWork } from '../../platform/orm/unit-of-work';
import { Agency, Mechanism, User } from '../identity';
import { ActionItem, DUE_AT_SQL, overdueSql } from './action-item.entity';
import { ActionUpdate } from './action-update.entity';
import { AgendaItem } from './agenda-item.entity';
import { Decision } from './decision.entity';
import { ActionStatus, DecisionStatus, OPEN_ACTION_STATUSES } from './follow-up.enums';
import { mayOwnActionOf } from './follow-up/action-owners';
import { announceCoordinationActivity } from './live/coordination-live-event';
import { FOLLOW_UP_LIMITS, type ActionItemInput, type FollowUpFilter } from './follow-up.inputs';
import { isUuid } from './meeting.access';
import type { Meeting } from './meeting.entity';
import { MINUTES_EDITABLE } from './meeting.lifecycle';
import { actingUserOf, meetingForChange, recordMeetingChange } from './meeting.service';

/** `GT-MX` for the Guatemala–Mexico mechanism: its countries' codes in alphabetical order. */
async function seriesCodeOf(em: EntityManager, mechanismId: string): Promise<string> {
  const rows: { country_code: string }[] = await em.execute(
    'select country_code from mechanism_country where mechanism_id = ? order by country_code',
    [mechanismId],
  );
  return rows.map((row) => row.country_code).join('-');
}

/** The reference of a decision: `GT-MX-2026-D07`. */
export const decisionReference = (code: string, year: number, number: number) =>
  `${code}-${year}-D${String(number).padStart(2, '0')}`;

/**
 * The secretariat records a decision taken at a meeting (while its minutes are not yet approved). It takes the
 * next number of the mechanism's series for the meeting's year (in the meeting's time zone), in the same
 * transaction: concurrent decisions queue on the counter row, and a failed one gives its number back.
 */
export async function recordDecision(
  context: RequestContext,
  input: { meetingId: string; text: string; agendaItemId?: string | null },
): Promise<Decision> {
  const actor = actingUserOf(context);
  const text = input.text.trim();
  if (!text) throw badInput({ text: 'error.coordination.required' });
  if (text.length > FOLLOW_UP_LIMITS.decisionText) throw badInput({ text: 'error.coordination.tooLong' });
  return inUnitOfWork(context, async (em) => {
    const meeting = await meetingForChange(context, em, input.meetingId, 'update', MINUTES_EDITABLE);
    const agendaItem = input.agendaItemId ? await itemOf(em, meeting, input.agendaItemId) : null;
    const decision = em.create(Decision, {
      mechanism: meeting.mechanism,
      meeting,
      agendaItem,
      year: yearIn(meeting.timeZone, meeting.startsAt),
      number: 0,
      reference: '',
      text,
      createdBy: em.getReference(User, actor.id, { wrapped: true }),
    });
    assertCanCreate(context.ability, decision);
    decision.number = await nextNumber(em, `decision:${meeting.mechanism.id}`, decision.year);
    decision.reference = decisionReference(
      await seriesCodeOf(em, meeting.mechanism.id),
      decision.year,
      decision.number,
    );
    await em.flush();
    await recordMeetingChange(context, em, meeting, 'decision.record', { reference: decision.reference });
    return decision;
  });
}

async function itemOf(em: EntityManager, meeting: Meeting, agendaItemId: string): Promise<AgendaItem> {
  const item = isUuid(agendaItemId) ? await em.findOne(AgendaItem, { id: agendaItemId, meeting: meeting.id }) : null;
  if (!item) throw badInput({ agendaItemId: 'error.coordination.unknownItem' });
  return item;
}

async function readable<T extends object>(
  context: RequestContext,
  em: EntityManager,
  entity: new () => T,
  id: string,
  what: string,
): Promise<T> {
  const where = accessibleWhere(context.ability, 'read', entity, em.getMetadata());
  const found = where && isUuid(id) ? await em.findOne(entity, { $and: [{ id }, where] } as never) : null;
  if (!found) throw notFound(what);
  return found as T;
}

/** The secretariat marks a decision superseded by a later one of the same mechanism, or revoked. */
export async function setDecisionStatus(
  context: RequestContext,
  input: { decisionId: string; status: DecisionStatus; supersededById?: string | null },
): Promise<Decision> {
  return inUnitOfWork(context, async (em) => {
    const decision = await readable(context, em, Decision, input.decisionId, 'Decision');
    assertCan(context.ability, 'update', decision, 'Decision');
    if (decision.status !== DecisionStatus.IN_FORCE)
      throw conflict('error.coordination.decisionNotInForce', 'Only a decision in force changes status');
    if (input.status === DecisionStatus.SUPERSEDED) {
      const later = input.supersededById ? await em.findOne(Decision, { id: input.supersededById }) : null;
      if (!later || later.mechanism.id !== decision.mechanism.id || later.id === decision.id)
        throw badInput({ supersededById: 'error.coordination.unknownDecision' });
      decision.supersededBy = em.getReference(Decision, later.id, { wrapped: true });
    } else if (input.status !== DecisionStatus.REVOKED) {
      throw badInput({ status: 'error.coordination.wrongStatus' });
    }
    decision.status = input.status;
    await em.flush();
    await context.audit.record(em, {
      action: `decision.${input.status.toLowerCase()}`,
      entityType: 'Decision',
      entityId: decision.id,
      details: { reference: decision.reference },
    });
    await announceCoordinationActivity(em, {
      type: 'coordination.meeting',
      mechanismId: decision.mechanism.id,
      meetingId: decision.meeting.id,
    });
    return decision;
  });
}

/** The secretariat assigns an action item to a member agency at a meeting (not once its minutes are approved). */
export async function addActionItem(
  context: RequestContext,
  meetingId: string,
  input: ActionItemInput,
): Promise<ActionItem> {
  actingUserOf(context);
  const title = input.title.trim();
  const problems: Record<string, string> = {};
  if (!title) problems['input.title'] = 'error.coordination.required';
  else if (title.length > FOLLOW_UP_LIMITS.actionTitle) problems['input.title'] = 'error.coordination.tooLong';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.dueDate)) problems['input.dueDate'] = 'error.coordination.required';
  if (Object.keys(problems).length > 0) throw badInput(problems);
  return inUnitOfWork(context, async (em) => {
    const meeting = await meetingForChange(context, em, meetingId, 'update', MINUTES_EDITABLE);
    const action = await assignAction(context, em, meeting.mechanism.id, meeting, { ...input, title });
    await recordMeetingChange(context, em, meeting, 'action.assign', { actionItemId: action.id });
    await em.refresh(action); // `overdue` is the database's to say (overdueSql)
    return action;
  });
}

/**
 * Creates an action item of a mechanism owed by one of its member agencies (the policy's `create` check, then
 * flushed): at a meeting (addActionItem) or from an assessment's recommendation (meeting null). The caller has
 * checked the title.
 */
export async function assignAction(
  context: RequestContext,
  em: EntityManager,
  mechanismId: string,
  meeting: Meeting | null,
  input: ActionItemInput,
): Promise<ActionItem> {
  const actor = actingUserOf(context);
  const mechanism = await em.findOneOrFail(Mechanism, { id: mechanismId }, { populate: ['memberAgencies'] });
  const members = new Set([mechanism.secretariatAgency.id, ...mechanism.memberAgencies.getItems().map((a) => a.id)]);
  if (!members.has(input.ownerAgencyId)) throw badInput({ 'input.ownerAgencyId': 'error.coordination.notMember' });
  if (input.ownerUserId && !(await mayOwnActionOf(em, input.ownerUserId, input.ownerAgencyId)))
    throw badInput({ 'input.ownerUserId': 'error.coordination.notOfOwnerAgency' });
  if (input.decisionId) {
    const decision = isUuid(input.decisionId) ? await em.findOne(Decision, { id: input.decisionId }) : null;
    if (!decision || decision.mechanism.id !== mechanism.id)
      throw badInput({ 'input.decisionId': 'error.coordination.unknownDecision' });
  }
  const action = em.create(ActionItem, {
    mechanism: em.getReference(Mechanism, mechanismId, { wrapped: true }),
    meeting,
    decision: input.decisionId ?? null,
    title: input.title,
    ownerAgency: em.getReference(Agency, input.ownerAgencyId, { wrapped: true }),
    ownerUser: input.ownerUserId ?? null,
    dueDate: input.dueDate,
    dueAt: await dueAtOf(em, input.dueDate, input.ownerAgencyId),
    priority: input.priority,
    createdBy: em.getReference(User, actor.id, { wrapped: true }),
  });
  assertCanCreate(context.ability, action);
  await em.flush();
  return action;
}

/** DUE_AT_SQL for a due date and an owner agency. */
export async function dueAtOf(em: EntityManager, dueDate: string, ownerAgencyId: string): Promise<Date> {
  const rows: { due_at: Date }[] = await em.execute(`select ${DUE_AT_SQL} as due_at`, [dueDate, ownerAgencyId]);
  return new Date(rows[0]!.due_at);
}

/** Where an owner agency's update may move its action: work starts, work ends. */
const REPORTABLE: Partial<Record<ActionStatus, readonly ActionStatus[]>> = {
  [ActionStatus.OPEN]: [ActionStatus.IN_PROGRESS, ActionStatus.DONE],
  [ActionStatus.IN_PROGRESS]: [ActionStatus.DONE],
};

/**
 * The owner agency reports progress on its action item, optionally moving it to IN_PROGRESS or DONE. Only the
 * owner agency: everyone else who reads the action gets FORBIDDEN; a finished or cancelled action is CONFLICT.
 */
export async function reportOnAction(
  context: RequestContext,
  input: { actionItemId: string; body: string; status?: ActionStatus | null },
): Promise<ActionItem> {
  const actor = actingUserOf(context);
  const body = input.body.trim();
  if (!body) throw badInput({ body: 'error.coordination.required' });
  if (body.length > FOLLOW_UP_LIMITS.update) throw badInput({ body: 'error.coordination.tooLong' });
  return inUnitOfWork(context, async (em) => {
    const action = await readable(context, em, ActionItem, input.actionItemId, 'ActionItem');
    await em.lock(action, LockMode.PESSIMISTIC_WRITE);
    assertCan(context.ability, 'report', action, 'ActionItem');
    const allowed = REPORTABLE[action.status] ?? [];
    if (allowed.length === 0) throw conflict('error.coordination.actionClosed', 'This action is done or cancelled');
    if (input.status && !allowed.includes(input.status)) throw badInput({ status: 'error.coordination.wrongStatus' });
    em.create(ActionUpdate, {
      actionItem: action,
      author: em.getReference(User, actor.id, { wrapped: true }),
      authorAgency: em.getReference(Agency, actor.agencyId, { wrapped: true }),
      body,
      statusTo: input.status ?? null,
    });
    if (input.status) action.status = input.status;
    await em.flush();
    await context.audit.record(em, {
      action: 'action.report',
      entityType: 'ActionItem',
      entityId: action.id,
      ownerAgencyId: action.ownerAgency.id,
      details: { status: action.status },
    });
    await announceAction(em, action);
    await em.refresh(action);
    return action;
  });
}

/** Tells those who have the action, its meeting or the board open that it changed (after commit). */
export function announceAction(em: EntityManager, action: ActionItem): Promise<void> {
  return announceCoordinationActivity(em, {
    type: 'coordination.action',
    mechanismId: action.mechanism.id,
    meetingId: action.meeting?.id ?? null,
    actionItemId: action.id,
  });
}

/** The secretariat cancels an action item still owed. */
export async function cancelActionItem(context: RequestContext, actionItemId: string): Promise<ActionItem> {
  return inUnitOfWork(context, async (em) => {
    const action = await readable(context, em, ActionItem, actionItemId, 'ActionItem');
    assertCan(context.ability, 'update', action, 'ActionItem');
    if (!OPEN_ACTION_STATUSES.includes(action.status))
      throw conflict('error.coordination.actionClosed', 'This action is done or cancelled');
    action.status = ActionStatus.CANCELLED;
    await em.flush();
    await context.audit.record(em, {
      action: 'action.cancel',
      entityType: 'ActionItem',
      entityId: action.id,
      ownerAgencyId: action.ownerAgency.id,
    });
    await announceAction(em, action);
    await em.refresh(action);
    return action;
  });
}

/** The action items the caller may read that match the board's filter, soonest due first. */
export async function followUpActions(
  context: RequestContext,
  where: Record<string, unknown>,
  filter: FollowUpFilter | null,
): Promise<ActionItem[]> {
  const { em, ability } = context;
  const permitted = accessibleWhere(ability, 'read', ActionItem, em.getMetadata());
  if (!permitted) return [];
  const conditions: Record<string, unknown>[] = [permitted as Record<string, unknown>, where];
  if (filter?.ownerAgencyId) conditions.push({ ownerAgency: filter.ownerAgencyId });
  if (filter?.meetingId) conditions.push({ meeting: filter.meetingId });
  if (filter?.decisionId) conditions.push({ decision: filter.decisionId });
  if (filter?.statuses?.length) conditions.push({ status: { $in: filter.statuses } });
  if (filter?.overdueOnly) conditions.push({ status: { $in: OPEN_ACTION_STATUSES }, dueAt: { $lte: new Date() } });
  for (const condition of conditions.slice(2)) {
    for (const value of Object.values(condition)) {
      if (typeof value === 'string' && !isUuid(value)) return [];
    }
  }
  return em.find(ActionItem, { $and: conditions } as never, { orderBy: { dueAt: 'asc', id: 'asc' }, limit: 500 });
}

export interface AgencyCount {
  agencyId: string;
  open: number;
  overdue: number;
}

/** Open and overdue actions per owner agency of a mechanism, counted in SQL with the one overdue expression. */
export async function countsByAgency(context: RequestContext, mechanismId: string): Promise<AgencyCount[]> {
  const { em, ability } = context;
  if (
    !isUuid(mechanismId) ||
    !ability.can('read', { __subjectType: 'ActionItem', mechanism: { id: mechanismId } } as never)
  )
    return [];
  const rows: { agency_id: string; open: number; overdue: number }[] = await em.execute(
    `select ai.owner_agency_id as agency_id,
            count(*) filter (where ai.status in ('OPEN', 'IN_PROGRESS'))::int as open,
            count(*) filter (where ${overdueSql('ai')})::int as overdue
       from action_item ai where ai.mechanism_id = ? group by ai.owner_agency_id order by ai.owner_agency_id`,
    [mechanismId],
  );
  return rows.map((row) => ({ agencyId: row.agency_id, open: row.open, overdue: row.overdue }));
}
