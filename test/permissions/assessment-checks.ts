import { Agency, Mechanism, MechanismKind, User } from '../../server/src/modules/identity';
import {
  Assessment,
  AssessmentRecommendation,
  AssessmentStatus,
  AssessmentTemplate,
  Training,
} from '../../server/src/modules/coordination';
import type { TestServer } from '../support/test-server';
import { DeniedError, type Caller } from './matrix-checks';
import type { MatrixWorld } from './matrix-world';
import type { Relation } from './permission-matrix';

type Check = (api: Caller, world: MatrixWorld, relation: Relation) => Promise<boolean>;

/**
 * Assessment and training checks, with the library's relations (library-checks.ts): OWN_AGENCY the GT–MX
 * mechanism whose secretariat the actors' agency runs; FELLOW_MECHANISM_MEMBER a mechanism (made here) the
 * actors' agency belongs to and the addressee runs; FOREIGN_NON_MEMBER the CR–PA mechanism. Rows are written
 * through the ORM.
 */
export function assessmentChecks(server: TestServer): Record<string, Check> {
  const orm = server.server.orm;
  let fellowMechanism: Promise<string> | undefined;
  const mechanismOf = async (world: MatrixWorld, relation: Relation): Promise<string> => {
    if (relation === 'OWN_AGENCY') return world.mechanismOf.FELLOW_MECHANISM_MEMBER!.id;
    if (relation === 'FOREIGN_NON_MEMBER') return world.mechanismOf.FOREIGN_NON_MEMBER!.id;
    fellowMechanism ??= (async () => {
      const em = orm.em.fork();
      const mechanism = em.create(Mechanism, {
        kind: MechanismKind.BINATIONAL,
        names: { es: 'MX–GT (evaluaciones, secretaría mexicana)' },
        secretariatAgency: world.agencyOf.ADDRESSEE.id,
      });
      mechanism.memberAgencies.set([
        em.getReference(Agency, world.agencyOf.ADDRESSEE.id),
        em.getReference(Agency, world.agencyOf.OWN_AGENCY.id),
      ]);
      await em.flush();
      return mechanism.id;
    })();
    return fellowMechanism;
  };

  const sections = [{ title: 'Infraestructura', questions: [{ key: 's1.q1', text: '¿Hay señalización?' }] }];
  const templateOf = async (world: MatrixWorld, relation: Relation) => {
    const em = orm.em.fork();
    const template = em.create(AssessmentTemplate, {
      mechanism: await mechanismOf(world, relation),
      title: 'Lista de la matriz',
      sections,
      createdBy: em.getReference(User, world.personOf.OWN_AGENCY.id),
    });
    await em.flush();
    return template;
  };
  const assessmentOf = async (world: MatrixWorld, relation: Relation, status: AssessmentStatus) => {
    const template = await templateOf(world, relation);
    const em = orm.em.fork();
    const assessment = em.create(Assessment, {
      mechanism: template.mechanism.id,
      template: template.id,
      templateTitle: template.title,
      place: 'Paso de la matriz',
      assessedOn: '2026-11-01',
      assessors: ['Equipo'],
      sections,
      answers: [{ questionKey: 's1.q1', score: 3, comment: '' }],
      status,
      createdBy: em.getReference(User, world.personOf.OWN_AGENCY.id),
    });
    const recommendation = em.create(AssessmentRecommendation, {
      assessment,
      mechanism: template.mechanism.id,
      position: 0,
      text: 'Señalizar el paso',
    });
    await em.flush();
    return { assessment, recommendation, template };
  };
  const trainingOf = async (world: MatrixWorld, relation: Relation) => {
    const em = orm.em.fork();
    const training = em.create(Training, {
      mechanism: await mechanismOf(world, relation),
      topic: 'Taller de la matriz',
      heldOn: '2026-10-01',
      place: 'Tapachula',
      trainers: ['Equipo'],
      createdBy: em.getReference(User, world.personOf.OWN_AGENCY.id),
    });
    await em.flush();
    return training.id;
  };
  const allowed = async (call: () => Promise<unknown>) => {
    try {
      await call();
      return true;
    } catch (error) {
      if (error instanceof DeniedError) return false;
      throw error;
    }
  };
  const readAssessment = (api: Caller, id: string) =>
    allowed(() => api('query ($id: ID!) { assessment(id: $id) { id place } }', { id }));

  return {
    'Assessment:readCompleted': async (api, world, relation) =>
      readAssessment(api, (await assessmentOf(world, relation, AssessmentStatus.COMPLETED)).assessment.id),
    'Assessment:readDraft': async (api, world, relation) =>
      readAssessment(api, (await assessmentOf(world, relation, AssessmentStatus.DRAFT)).assessment.id),
    'Assessment:create': async (api, world, relation) => {
      const template = await templateOf(world, relation);
      return allowed(() =>
        api('mutation ($t: ID!, $input: AssessmentInput!) { startAssessment(templateId: $t, input: $input) { id } }', {
          t: template.id,
          input: { place: 'Paso', assessedOn: '2026-11-02', assessors: ['Equipo'] },
        }),
      );
    },
    'Assessment:makeAction': async (api, world, relation) => {
      const { recommendation } = await assessmentOf(world, relation, AssessmentStatus.COMPLETED);
      const mechanism = await orm.em.fork().findOneOrFail(Mechanism, { id: await mechanismOf(world, relation) });
      return allowed(() =>
        api(
          `mutation ($r: ID!, $input: RecommendationActionInput!) {
            makeRecommendationAction(recommendationId: $r, input: $input) { id } }`,
          {
            r: recommendation.id,
            input: { ownerAgencyId: mechanism.secretariatAgency.id, dueDate: '2027-01-31', priority: 'MEDIUM' },
          },
        ),
      );
    },
    'Training:read': async (api, world, relation) => {
      const id = await trainingOf(world, relation);
      return allowed(() => api('query ($id: ID!) { training(id: $id) { id topic } }', { id }));
    },
    'Training:create': async (api, world, relation) => {
      const mechanismId = await mechanismOf(world, relation);
      return allowed(() =>
        api('mutation ($m: ID!, $input: TrainingInput!) { recordTraining(mechanismId: $m, input: $input) { id } }', {
          m: mechanismId,
          input: {
            topic: 'Taller',
            heldOn: '2026-10-02',
            place: 'Tapachula',
            trainers: ['Equipo'],
            summary: '',
            participants: [],
            materialIds: [],
          },
        }),
      );
    },
  };
}
