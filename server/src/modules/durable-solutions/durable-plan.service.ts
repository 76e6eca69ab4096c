import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { permittedFilter } from '../../platform/authz/accessible-query';
import type { AppAbility } from '../../platform/authz/ability';
import { assertCan, assertCanCreate } from '../../platform/authz/forbidden';
import type { RequestContext } from '../../platform/context';
import { badInput, conflict, forbidden, notFound, unauthenticated } from '../../platform/graphql/errors';
import { inUnitOfWork } from '../../platform/orm/unit-of-work';
import { User } from '../identity';
import { Survivor } from '../protection';
import { CriterionAssessment, DurablePlan, PlanCriterion } from './durable-plan.entity';
import {
  PLAN_LIMITS,
  type CriterionAssessmentInput,
  type DurablePlanChangeInput,
  type DurablePlanClosureInput,
  type DurablePlanInput,
} from './durable-plan.inputs';
import { ALL_CRITERIA, CriterionStatus, DurablePlanStatus } from './durable-solutions.enums';
import { sealWishes } from './durable-wishes';
import { UUID } from '../../platform/ids';

// "Not in the future" must hold for a case worker anywhere: the latest time zone is UTC+14.
const latestToday = () => new Date(Date.now() + 14 * 3_600_000).toISOString().slice(0, 10);

function signedIn(context: RequestContext) {
  if (!context.actor) throw unauthenticated();
  return context.actor;
}

/** A plan the caller may read, or NOT_FOUND: a foreign or unknown id answers exactly like a missing one. */
export async function getReadablePlan(
  em: EntityManager,
  ability: AppAbility,
  id: string,
  options: { lockForUpdate?: boolean } = {},
): Promise<DurablePlan> {
  const filter = UUID.test(id) ? permittedFilter(em, ability, 'read', DurablePlan, { id }) : null;
  const plan = filter
    ? await em.findOne(DurablePlan, filter, options.lockForUpdate ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {})
    : null;
  if (!plan) throw notFound('DurablePlan');
  return plan;
}

/** The plan of a survivor, if the caller may read both; null when there is none yet. */
export async function planOfSurvivor(context: RequestContext, survivorId: string): Promise<DurablePlan | null> {
  const filter = UUID.test(survivorId)
    ? permittedFilter(context.em, context.ability, 'read', DurablePlan, { survivor: survivorId })
    : null;
  return filter ? context.em.findOne(DurablePlan, filter) : null;
}

/** Open plans the caller owns or co-owns, oldest first (what "my plans" lists). */
export async function myPlans(context: RequestContext): Promise<DurablePlan[]> {
  const actor = signedIn(context);
  const filter = permittedFilter(context.em, context.ability, 'read', DurablePlan, {
    status: DurablePlanStatus.OPEN,
    $or: [{ caseWorker: actor.id }, { partnerCaseWorker: actor.id }],
  });
  return filter ? context.em.find(DurablePlan, filter, { orderBy: { createdAt: 'asc' }, limit: 100 }) : [];
}

function checkedWishes(wishes: string, problems: Record<string, string>): string {
  const text = wishes.trim();
  if (!text) problems['input.wishes'] = 'error.durableSolutions.wishesRequired';
  if (text.length > PLAN_LIMITS.wishes) problems['input.wishes'] = 'error.durableSolutions.tooLongText';
  return text;
}

/**
 * The survivor's assigned case worker opens the plan: one per survivor, owned by the caller, the eight criteria
 * not started and entrusted to the holding agency. The wishes are sealed; the audit entry names no content.
 */
export async function openDurablePlan(context: RequestContext, input: DurablePlanInput): Promise<DurablePlan> {
  const actor = signedIn(context);
  return inUnitOfWork(context, async (em) => {
    const filter = UUID.test(input.survivorId)
      ? permittedFilter(em, context.ability, 'read', Survivor, { id: input.survivorId })
      : null;
    const survivor = filter ? await em.findOne(Survivor, filter, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
    if (!survivor) throw notFound('Survivor');
    // The plan is the case's: only the case worker assigned to it may open one.
    assertCan(context.ability, 'update', survivor, 'Survivor');
    const problems: Record<string, string> = {};
    const wishes = checkedWishes(input.wishes, problems);
    if (Object.keys(problems).length > 0) throw badInput(problems);
    if (await em.count(DurablePlan, { survivor: survivor.id }))
      throw conflict('error.durableSolutions.planExists', 'The survivor already has a plan');
    const plan = em.create(DurablePlan, {
      survivor,
      holdingAgency: survivor.holdingAgency,
      caseWorker: em.getReference(User, actor.id),
      leadAgency: survivor.holdingAgency,
      solution: input.solution,
      sealedWishes: Buffer.alloc(0),
    });
    assertCanCreate(context.ability, plan);
    plan.sealedWishes = sealWishes(context.config.encryption, survivor, plan, wishes);
    for (const criterion of ALL_CRITERIA)
      em.create(PlanCriterion, { plan, criterion, entryAgency: survivor.holdingAgency });
    await em.flush();
    await audit(context, em, plan, survivor, 'durable-plan.open', { solution: plan.solution });
    return plan;
  });
}

/** The owner changes the solution sought or the wishes (sealed again). */
export async function changeDurablePlan(context: RequestContext, input: DurablePlanChangeInput): Promise<DurablePlan> {
  signedIn(context);
  return inUnitOfWork(context, async (em) => {
    const plan = await getReadablePlan(em, context.ability, input.planId, { lockForUpdate: true });
    assertCan(context.ability, 'update', plan, 'DurablePlan');
    assertOpen(plan);
    const problems: Record<string, string> = {};
    const wishes = checkedWishes(input.wishes, problems);
    if (Object.keys(problems).length > 0) throw badInput(problems);
    const survivor = await em.findOneOrFail(Survivor, { id: plan.survivor.id });
    plan.solution = input.solution;
    plan.sealedWishes = sealWishes(context.config.encryption, survivor, plan, wishes);
    await em.flush();
    await audit(context, em, plan, survivor, 'durable-plan.change', { solution: plan.solution });
    return plan;
  });
}

/**
 * An assessment of one criterion: the current entry changes and the assessment is kept in the history. Each
 * co-owner assesses only the criteria entrusted to its agency.
 */
export async function assessCriterion(context: RequestContext, input: CriterionAssessmentInput): Promise<DurablePlan> {
  signedIn(context);
  return inUnitOfWork(context, async (em) => {
    const plan = await getReadablePlan(em, context.ability, input.planId, { lockForUpdate: true });
    await applyAssessment(em, context, plan, input, 'input');
    await em.flush();
    return plan;
  });
}

export type AssessmentChange = Omit<CriterionAssessmentInput, 'planId'>;

/**
 * Checks and applies one assessment to a plan locked by the caller: only those who may assess, on an open plan,
 * and only the criteria entrusted to the caller's agency. Errors name the field under `path`.
 */
export async function applyAssessment(
  em: EntityManager,
  context: RequestContext,
  plan: DurablePlan,
  input: AssessmentChange,
  path: string,
): Promise<void> {
  const actor = signedIn(context);
  assertCan(context.ability, 'assess', plan, 'DurablePlan');
  assertOpen(plan);
  const entry = await em.findOneOrFail(PlanCriterion, { plan: plan.id, criterion: input.criterion });
  if (entry.entryAgency.id !== actor.agencyId)
    throw forbidden('error.durableSolutions.notYourCriterion', 'This criterion is entrusted to the other agency');
  const problems: Record<string, string> = {};
  const evidence = input.evidence?.trim() || null;
  const organisation = input.responsibleOrganisation?.trim() || null;
  if (evidence && evidence.length > PLAN_LIMITS.evidence)
    problems[`${path}.evidence`] = 'error.durableSolutions.tooLongText';
  if (input.status === CriterionStatus.MET && !evidence)
    problems[`${path}.evidence`] = 'error.durableSolutions.evidenceRequired';
  if (organisation && organisation.length > PLAN_LIMITS.organisation)
    problems[`${path}.responsibleOrganisation`] = 'error.durableSolutions.tooLongText';
  if (input.assessedOn > latestToday()) problems[`${path}.assessedOn`] = 'error.durableSolutions.inTheFuture';
  else if (input.assessedOn < '2000-01-01') problems[`${path}.assessedOn`] = 'error.durableSolutions.dateInvalid';
  if (Object.keys(problems).length > 0) throw badInput(problems);
  const by = em.getReference(User, actor.id);
  Object.assign(entry, {
    status: input.status,
    evidence,
    responsibleOrganisation: organisation,
    assessedOn: input.assessedOn,
    assessedBy: by,
  });
  em.create(CriterionAssessment, {
    plan,
    criterion: input.criterion,
    status: input.status,
    evidence,
    responsibleOrganisation: organisation,
    assessedOn: input.assessedOn,
    assessedBy: by,
    agency: entry.entryAgency,
  });
  plan.updatedAt = new Date();
  await audit(context, em, plan, null, 'durable-plan.assess', { criterion: input.criterion, status: input.status });
}

/** Closing needs an outcome and a reason; a closed plan is read-only. */
export async function closeDurablePlan(context: RequestContext, input: DurablePlanClosureInput): Promise<DurablePlan> {
  signedIn(context);
  return inUnitOfWork(context, async (em) => {
    const plan = await getReadablePlan(em, context.ability, input.planId, { lockForUpdate: true });
    assertCan(context.ability, 'close', plan, 'DurablePlan');
    assertOpen(plan);
    const reason = input.reason.trim();
    if (reason.length < 10) throw badInput({ 'input.reason': 'error.durableSolutions.reasonRequired' });
    if (reason.length > PLAN_LIMITS.closureReason)
      throw badInput({ 'input.reason': 'error.durableSolutions.tooLongText' });
    Object.assign(plan, {
      status: DurablePlanStatus.CLOSED,
      outcome: input.outcome,
      closureReason: reason,
      closedAt: new Date(),
    });
    await em.flush();
    await audit(context, em, plan, null, 'durable-plan.close', { outcome: input.outcome });
    return plan;
  });
}

/** A closed plan is read-only: every write on it (assessment, follow-up report, referral step) is refused. */
export function assertOpen(plan: Pick<DurablePlan, 'status'>): void {
  if (plan.status !== DurablePlanStatus.OPEN) throw conflict('error.durableSolutions.planClosed', 'The plan is closed');
}

/** Criteria entries of a plan, in the framework's order. */
export async function criteriaOf(em: EntityManager, plan: DurablePlan): Promise<PlanCriterion[]> {
  const entries = await em.find(PlanCriterion, { plan: plan.id });
  return entries.sort((a, b) => ALL_CRITERIA.indexOf(a.criterion) - ALL_CRITERIA.indexOf(b.criterion));
}

export async function historyOf(em: EntityManager, plan: DurablePlan): Promise<CriterionAssessment[]> {
  return em.find(CriterionAssessment, { plan: plan.id }, { orderBy: { recordedAt: 'desc', id: 'desc' }, limit: 500 });
}

async function audit(
  context: RequestContext,
  em: EntityManager,
  plan: DurablePlan,
  survivor: Survivor | null,
  action: string,
  details: Record<string, unknown>,
) {
  await context.audit.record(em, {
    action,
    entityType: 'DurablePlan',
    entityId: plan.id,
    ownerAgencyId: plan.holdingAgency.id,
    details: { survivorId: survivor?.id ?? plan.survivor.id, ...details },
  });
}
