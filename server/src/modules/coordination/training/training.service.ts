import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { findOnePermitted } from '../../../platform/authz/accessible-query';
import { accessibleWhere } from '../../../platform/authz/accessible-where';
import { assertCan, assertCanCreate } from '../../../platform/authz/forbidden';
import type { RequestContext } from '../../../platform/context';
import { notFound } from '../../../platform/graphql/errors';
import { inUnitOfWork } from '../../../platform/orm/unit-of-work';
import { Agency, Mechanism, User } from '../../identity';
import { TRAINING_LIMITS as L } from '../assessment/assessment.enums';
import { text, throwIfAny } from '../assessment/assessment.validation';
import { LibraryDocument } from '../library/library-document.entity';
import { isUuid } from '../meeting.access';
import { actingUserOf } from '../meeting.service';
import { Training, TrainingParticipation } from './training.entity';
import type { TrainingInput } from './training.inputs';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The input checked against the mechanism's members and library; BAD_USER_INPUT naming every bad field. */
async function validTraining(em: EntityManager, mechanismId: string, input: TrainingInput) {
  const problems: Record<string, string> = {};
  const topic = text(problems, 'input.topic', input.topic, L.topic);
  const place = text(problems, 'input.place', input.place, L.place);
  const summary = text(problems, 'input.summary', input.summary ?? '', L.summary, false);
  if (!DATE.test(input.heldOn)) problems['input.heldOn'] = 'error.coordination.required';
  if (input.trainers.length > L.trainers) problems['input.trainers'] = 'error.coordination.tooMany';
  const trainers = input.trainers
    .slice(0, L.trainers)
    .map((name, i) => text(problems, `input.trainers.${i}`, name, L.trainer))
    .filter(Boolean);
  if (trainers.length === 0 && !problems['input.trainers']) problems['input.trainers'] = 'error.coordination.required';

  const mechanism = await em.findOneOrFail(Mechanism, { id: mechanismId }, { populate: ['memberAgencies'] });
  const members = new Set([mechanism.secretariatAgency.id, ...mechanism.memberAgencies.getItems().map((a) => a.id)]);
  if (input.participants.length > L.agencies) problems['input.participants'] = 'error.coordination.tooMany';
  const seen = new Set<string>();
  input.participants.slice(0, L.agencies).forEach((p, i) => {
    const field = `input.participants.${i}`;
    if (!members.has(p.agencyId) || seen.has(p.agencyId))
      problems[`${field}.agencyId`] = 'error.coordination.notMember';
    seen.add(p.agencyId);
    for (const key of ['female', 'male', 'otherOrNotStated'] as const) {
      const count = p[key];
      if (!Number.isInteger(count) || count < 0 || count > L.participantsPerCount)
        problems[`${field}.${key}`] = 'error.coordination.count';
    }
  });

  const materialIds = [...new Set(input.materialIds)];
  if (materialIds.length > L.materials) problems['input.materialIds'] = 'error.coordination.tooMany';
  else if (materialIds.some((id) => !isUuid(id))) problems['input.materialIds'] = 'error.coordination.unknownDocument';
  else if (materialIds.length > 0) {
    const found = await em.count(LibraryDocument, { id: { $in: materialIds }, mechanism: mechanismId });
    if (found !== materialIds.length) problems['input.materialIds'] = 'error.coordination.unknownDocument';
  }
  throwIfAny(problems);
  return { topic, place, summary, heldOn: input.heldOn, trainers, materialIds };
}

async function writeParticipants(em: EntityManager, training: Training, input: TrainingInput) {
  await em.nativeDelete(TrainingParticipation, { training: training.id });
  for (const p of input.participants) {
    em.create(TrainingParticipation, {
      training,
      mechanism: training.mechanism,
      agency: em.getReference(Agency, p.agencyId, { wrapped: true }),
      female: p.female,
      male: p.male,
      otherOrNotStated: p.otherOrNotStated,
    });
  }
}

/** The secretariat records a training its mechanism delivered. */
export async function recordTraining(context: RequestContext, mechanismId: string, input: TrainingInput) {
  const actor = actingUserOf(context);
  return inUnitOfWork(context, async (em) => {
    const mechanism = isUuid(mechanismId)
      ? await findOnePermitted(em, context.ability, 'read', Mechanism, { id: mechanismId })
      : null;
    if (!mechanism) throw notFound('Mechanism');
    const training = new Training();
    training.mechanism = em.getReference(Mechanism, mechanism.id, { wrapped: true });
    training.createdBy = em.getReference(User, actor.id, { wrapped: true });
    assertCanCreate(context.ability, training);
    Object.assign(training, await validTraining(em, mechanism.id, input));
    em.persist(training);
    await writeParticipants(em, training, input);
    await em.flush();
    await context.audit.record(em, { action: 'training.record', entityType: 'Training', entityId: training.id });
    return training;
  });
}

export async function findReadableTraining(context: RequestContext, em: EntityManager, id: string, lock = false) {
  const where = accessibleWhere(context.ability, 'read', Training, em.getMetadata());
  if (!where || !isUuid(id)) return null;
  return em.findOne(
    Training,
    { $and: [{ id }, where] } as never,
    lock ? { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } : {},
  );
}

/** The secretariat corrects a training's record. */
export async function updateTraining(context: RequestContext, trainingId: string, input: TrainingInput) {
  actingUserOf(context);
  return inUnitOfWork(context, async (em) => {
    const training = await findReadableTraining(context, em, trainingId, true);
    if (!training) throw notFound('Training');
    assertCan(context.ability, 'update', training, 'Training');
    Object.assign(training, await validTraining(em, training.mechanism.id, input));
    await writeParticipants(em, training, input);
    await em.flush();
    await context.audit.record(em, { action: 'training.update', entityType: 'Training', entityId: training.id });
    return training;
  });
}

/** A mechanism's trainings the caller may read, latest first. */
export async function listTrainings(context: RequestContext, mechanismId: string): Promise<Training[]> {
  const { em } = context;
  const where = accessibleWhere(context.ability, 'read', Training, em.getMetadata());
  if (!where || !isUuid(mechanismId)) return [];
  return em.find(Training, { $and: [where, { mechanism: mechanismId }] } as never, {
    orderBy: { heldOn: 'desc', id: 'asc' },
    limit: 200,
  });
}

/** The materials of a training the caller may read (each library document within its handling code). */
export async function materialsOf(context: RequestContext, training: Training): Promise<LibraryDocument[]> {
  const { em } = context;
  const where = accessibleWhere(context.ability, 'read', LibraryDocument, em.getMetadata());
  if (!where || training.materialIds.length === 0) return [];
  return em.find(LibraryDocument, { $and: [where, { id: { $in: training.materialIds } }] } as never, {
    orderBy: { title: 'asc' },
  });
}
