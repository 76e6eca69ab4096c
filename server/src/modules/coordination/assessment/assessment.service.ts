import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { findOnePermitted } from '../../../platform/authz/accessible-query';
import { accessibleWhere } from '../../../platform/authz/accessible-where';
import { assertCan, assertCanCreate } from '../../../platform/authz/forbidden';
import type { RequestContext } from '../../../platform/context';
import { badInput, conflict, notFound } from '../../../platform/graphql/errors';
import { inUnitOfWork } from '../../../platform/orm/unit-of-work';
import { Mechanism, User } from '../../identity';
import { ActionItem } from '../action-item.entity';
import { FOLLOW_UP_LIMITS } from '../follow-up.inputs';
import { announceAction, assignAction } from '../follow-up.service';
import { isUuid } from '../meeting.access';
import { actingUserOf } from '../meeting.service';
import { AssessmentRecommendation } from './assessment-recommendation.entity';
import { AssessmentTemplate } from './assessment-template.entity';
import { Assessment } from './assessment.entity';
import { AssessmentStatus } from './assessment.enums';
import type {
  AssessmentContentInput,
  AssessmentInput,
  AssessmentTemplateInput,
  RecommendationActionInput,
} from './assessment.inputs';
import { text, throwIfAny, unscoredKeys, validContent, validHeader, validTemplate } from './assessment.validation';

/** One row through the read rules in SQL, or null: foreign, missing and malformed ids look the same. */
export async function findReadable<T extends Assessment | AssessmentTemplate>(
  context: RequestContext,
  em: EntityManager,
  entity: new () => T,
  id: string,
  lock = false,
): Promise<T | null> {
  const where = accessibleWhere(context.ability, 'read', entity, em.getMetadata());
  if (!where || !isUuid(id)) return null;
  return (await em.findOne(
    entity,
    { $and: [{ id }, where] } as never,
    lock ? { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } : {},
  )) as T | null;
}

async function readableMechanism(context: RequestContext, em: EntityManager, mechanismId: string) {
  const mechanism = isUuid(mechanismId)
    ? await findOnePermitted(em, context.ability, 'read', Mechanism, { id: mechanismId })
    : null;
  if (!mechanism) throw notFound('Mechanism');
  return mechanism;
}

async function audit(
  context: RequestContext,
  em: EntityManager,
  type: string,
  id: string,
  action: string,
  details = {},
) {
  await context.audit.record(em, { action, entityType: type, entityId: id, details });
}

/** The secretariat adds a checklist template to a mechanism it runs. */
export async function createAssessmentTemplate(
  context: RequestContext,
  mechanismId: string,
  input: AssessmentTemplateInput,
): Promise<AssessmentTemplate> {
  const actor = actingUserOf(context);
  return inUnitOfWork(context, async (em) => {
    const mechanism = await readableMechanism(context, em, mechanismId);
    const template = new AssessmentTemplate();
    template.mechanism = em.getReference(Mechanism, mechanism.id, { wrapped: true });
    template.createdBy = em.getReference(User, actor.id, { wrapped: true });
    assertCanCreate(context.ability, template);
    Object.assign(template, validTemplate(input));
    em.persist(template);
    await em.flush();
    await audit(context, em, 'AssessmentTemplate', template.id, 'assessment.template.create');
    return template;
  });
}

/** Changes a template; assessments already begun keep the questions they were begun on (ADR 0047). */
export async function updateAssessmentTemplate(
  context: RequestContext,
  templateId: string,
  input: AssessmentTemplateInput,
): Promise<AssessmentTemplate> {
  actingUserOf(context);
  return inUnitOfWork(context, async (em) => {
    const template = await findReadable(context, em, AssessmentTemplate, templateId, true);
    if (!template) throw notFound('AssessmentTemplate');
    assertCan(context.ability, 'update', template, 'AssessmentTemplate');
    Object.assign(template, validTemplate(input));
    await em.flush();
    await audit(context, em, 'AssessmentTemplate', template.id, 'assessment.template.update');
    return template;
  });
}

/** The secretariat begins an assessment on a template: a DRAFT with a copy of the template's questions. */
export async function startAssessment(
  context: RequestContext,
  templateId: string,
  input: AssessmentInput,
): Promise<Assessment> {
  const actor = actingUserOf(context);
  const problems: Record<string, string> = {};
  const header = validHeader(input, problems);
  throwIfAny(problems);
  return inUnitOfWork(context, async (em) => {
    const template = await findReadable(context, em, AssessmentTemplate, templateId);
    if (!template) throw notFound('AssessmentTemplate');
    const assessment = em.create(Assessment, {
      mechanism: template.mechanism,
      template,
      templateTitle: template.title,
      sections: structuredClone(template.sections),
      ...header,
      createdBy: em.getReference(User, actor.id, { wrapped: true }),
    });
    assertCanCreate(context.ability, assessment);
    await em.flush();
    await audit(context, em, 'Assessment', assessment.id, 'assessment.start');
    return assessment;
  });
}

/** A draft for change: NOT_FOUND when not readable, FORBIDDEN when not the secretariat's, CONFLICT when locked. */
async function draftForChange(context: RequestContext, em: EntityManager, id: string): Promise<Assessment> {
  const assessment = await findReadable(context, em, Assessment, id, true);
  if (!assessment) throw notFound('Assessment');
  assertCan(context.ability, 'update', assessment, 'Assessment');
  if (assessment.status !== AssessmentStatus.DRAFT)
    throw conflict('error.coordination.assessmentLocked', 'A completed assessment is locked');
  return assessment;
}

/**
 * Saves the whole draft at once: what, when, by whom, the answers, findings and recommendations. A
 * recommendation sent with its id is kept (with its action); one left out is removed unless it became an action.
 */
export async function saveAssessment(
  context: RequestContext,
  assessmentId: string,
  input: AssessmentContentInput,
): Promise<Assessment> {
  actingUserOf(context);
  return inUnitOfWork(context, async (em) => {
    const assessment = await draftForChange(context, em, assessmentId);
    const content = validContent(input, assessment.sections);
    const existing = await em.find(AssessmentRecommendation, { assessment: assessment.id });
    const byId = new Map(existing.map((r) => [r.id, r]));
    const kept = new Set<string>();
    const problems: Record<string, string> = {};
    content.recommendations.forEach((r, i) => {
      if (r.id && (!byId.has(r.id) || kept.has(r.id)))
        problems[`input.recommendations.${i}.id`] = 'error.coordination.unknownRecommendation';
      if (r.id) kept.add(r.id);
    });
    const dropped = existing.filter((r) => !kept.has(r.id));
    if (dropped.some((r) => r.actionItem))
      problems['input.recommendations'] = 'error.coordination.recommendationHasAction';
    throwIfAny(problems);
    assessment.place = content.place;
    assessment.assessedOn = content.assessedOn;
    assessment.assessors = content.assessors;
    assessment.answers = content.answers;
    assessment.findings = content.findings;
    dropped.forEach((r) => em.remove(r));
    content.recommendations.forEach((r, position) => {
      const row = r.id
        ? byId.get(r.id)!
        : em.create(AssessmentRecommendation, {
            assessment,
            mechanism: assessment.mechanism,
            position,
            text: r.text,
          });
      row.position = position;
      row.text = r.text;
    });
    await em.flush();
    await audit(context, em, 'Assessment', assessment.id, 'assessment.save');
    return assessment;
  });
}

/** DRAFT -> COMPLETED: every question scored; from then on it is locked and member agencies read it. */
export async function completeAssessment(context: RequestContext, assessmentId: string): Promise<Assessment> {
  actingUserOf(context);
  return inUnitOfWork(context, async (em) => {
    const assessment = await draftForChange(context, em, assessmentId);
    if (unscoredKeys(assessment.sections, assessment.answers).length > 0)
      throw badInput({ answers: 'error.coordination.unscored' });
    assessment.status = AssessmentStatus.COMPLETED;
    assessment.completedAt = new Date();
    await em.flush();
    await audit(context, em, 'Assessment', assessment.id, 'assessment.complete');
    return assessment;
  });
}

/**
 * Makes a recommendation an action item of the mechanism in one step (owner agency, due date, priority), linked
 * back to it. Allowed on a draft and on a completed assessment (following up is not changing what was found).
 */
export async function makeRecommendationAction(
  context: RequestContext,
  recommendationId: string,
  input: RecommendationActionInput,
): Promise<AssessmentRecommendation> {
  actingUserOf(context);
  const problems: Record<string, string> = {};
  const title = input.title != null ? text(problems, 'input.title', input.title, FOLLOW_UP_LIMITS.actionTitle) : null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.dueDate)) problems['input.dueDate'] = 'error.coordination.required';
  throwIfAny(problems);
  return inUnitOfWork(context, async (em) => {
    const recommendation = isUuid(recommendationId)
      ? await em.findOne(AssessmentRecommendation, { id: recommendationId })
      : null;
    const assessment = recommendation
      ? await findReadable(context, em, Assessment, recommendation.assessment.id, true)
      : null;
    if (!recommendation || !assessment) throw notFound('AssessmentRecommendation');
    assertCan(context.ability, 'update', assessment, 'Assessment');
    await em.refresh(recommendation);
    if (recommendation.actionItem)
      throw conflict('error.coordination.alreadyAction', 'This recommendation is already an action item');
    const action = await assignAction(context, em, assessment.mechanism.id, null, {
      title: title ?? recommendation.text.slice(0, FOLLOW_UP_LIMITS.actionTitle),
      ownerAgencyId: input.ownerAgencyId,
      ownerUserId: input.ownerUserId ?? null,
      dueDate: input.dueDate,
      priority: input.priority,
    });
    recommendation.actionItem = em.getReference(ActionItem, action.id, { wrapped: true });
    await em.flush();
    await audit(context, em, 'Assessment', assessment.id, 'assessment.recommendation.action', {
      actionItemId: action.id,
    });
    await announceAction(em, action);
    return recommendation;
  });
}

/** A mechanism's assessments the caller may read, latest first. */
export async function listAssessments(context: RequestContext, mechanismId: string): Promise<Assessment[]> {
  const { em } = context;
  const where = accessibleWhere(context.ability, 'read', Assessment, em.getMetadata());
  if (!where || !isUuid(mechanismId)) return [];
  return em.find(Assessment, { $and: [where, { mechanism: mechanismId }] } as never, {
    orderBy: { assessedOn: 'desc', id: 'asc' },
    limit: 200,
  });
}

export async function listTemplates(context: RequestContext, mechanismId: string): Promise<AssessmentTemplate[]> {
  const { em } = context;
  const where = accessibleWhere(context.ability, 'read', AssessmentTemplate, em.getMetadata());
  if (!where || !isUuid(mechanismId)) return [];
  return em.find(AssessmentTemplate, { $and: [where, { mechanism: mechanismId }] } as never, {
    orderBy: { title: 'asc', id: 'asc' },
  });
}

export interface RecommendationProgress {
  total: number;
  actions: number;
  done: number;
}

/** "n of m recommendations done", counted in SQL from the linked action items' status. */
export async function recommendationProgress(em: EntityManager, assessmentId: string): Promise<RecommendationProgress> {
  const rows: RecommendationProgress[] = await em.execute(
    `select count(*)::int as total, count(ai.id)::int as actions,
            count(ai.id) filter (where ai.status = 'DONE')::int as done
       from assessment_recommendation r left join action_item ai on ai.id = r.action_item_id
      where r.assessment_id = ?`,
    [assessmentId],
  );
  return rows[0] ?? { total: 0, actions: 0, done: 0 };
}
