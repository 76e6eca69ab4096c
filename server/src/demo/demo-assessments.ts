import type { EntityManager } from '@mikro-orm/postgresql';
import {
  ActionPriority,
  ActionStatus,
  completeAssessment,
  createAssessmentTemplate,
  LibraryDocument,
  LibraryDocumentKind,
  LibraryHandlingCode,
  makeRecommendationAction,
  recordTraining,
  reportOnAction,
  saveAssessment,
  startAssessment,
} from '../modules/coordination';
import { Mechanism } from '../modules/identity';
import { Role } from '../platform/authz/roles';
import type { Logger } from '../platform/logging/logger';
import { contextOf, type DemoServices } from './demo-referrals';
import { demoEmail } from './demo-seed';

interface DemoAssessmentWork {
  country: string;
  secretariat: string;
  template: { title: string; sections: { title: string; questions: string[] }[] };
  place: string;
  assessors: string[];
  scores: number[];
  findings: string;
  /** Recommendations; `owner` makes it an action of that agency, `done` has the owner report it done. */
  recommendations: { text: string; owner?: string; dueInDays?: number; done?: boolean }[];
  training: { topic: string; place: string; trainers: string[]; participants: [string, number, number, number][] };
}

/** Fictional assessments and trainings of the Guatemala–Mexico and the triple-border mechanisms. */
const DEMO_WORK: DemoAssessmentWork[] = [
  {
    country: 'GT',
    secretariat: 'gt-igm',
    template: {
      title: 'Evaluación de control fronterizo y gestión migratoria',
      sections: [
        {
          title: 'Infraestructura',
          questions: [
            'El paso cuenta con señalización sobre el derecho a solicitar protección',
            'Existe un espacio privado para entrevistas',
          ],
        },
        {
          title: 'Personal y procedimientos',
          questions: [
            'El personal conoce el protocolo binacional de derivación',
            'Se registran las alertas enviadas y recibidas',
          ],
        },
      ],
    },
    place: 'Paso Tecún Umán – Ciudad Hidalgo',
    assessors: ['Equipo técnico IGM', 'Equipo técnico INM'],
    scores: [3, 1, 2, 4],
    findings:
      'La señalización es parcial y no existe un espacio privado para entrevistas. El registro de alertas funciona bien.',
    recommendations: [
      {
        text: 'Habilitar una sala de entrevistas privada en Ciudad Hidalgo',
        owner: 'mx-inm',
        dueInDays: -10,
        done: true,
      },
      { text: 'Capacitar al personal de turno en el protocolo binacional', owner: 'gt-pnc', dueInDays: 60 },
      { text: 'Colocar señalización bilingüe sobre el derecho a solicitar protección' },
    ],
    training: {
      topic: 'Identificación de necesidades de protección en los pasos fronterizos',
      place: 'Tapachula, Chiapas',
      trainers: ['Unidad de protección IGM', 'Delegación INM Chiapas'],
      participants: [
        ['gt-igm', 5, 4, 0],
        ['mx-inm', 7, 6, 1],
        ['gt-pnc', 3, 8, 0],
      ],
    },
  },
  {
    country: 'PY',
    secretariat: 'br-pf',
    template: {
      title: 'Avaliação da gestão migratória na fronteira',
      sections: [
        {
          title: 'Infraestrutura',
          questions: ['Há sinalização sobre proteção internacional', 'Há sala reservada para entrevistas'],
        },
        { title: 'Coordenação', questions: ['Os canais de alerta entre as agências funcionam 24 horas'] },
      ],
    },
    place: 'Ponte da Amizade (Foz do Iguaçu – Ciudad del Este)',
    assessors: ['Equipe PF', 'Equipo Migraciones PY'],
    scores: [2, 2, 3],
    findings: 'A sinalização é insuficiente e a sala de entrevistas é compartilhada. Os canais de alerta funcionam.',
    recommendations: [
      { text: 'Instalar sinalização trilíngue na cabeceira da ponte', owner: 'py-mig', dueInDays: -5, done: true },
      { text: 'Reservar uma sala exclusiva para entrevistas', owner: 'br-mpf', dueInDays: 90 },
    ],
    training: {
      topic: 'Identificação de vítimas de tráfico de pessoas',
      place: 'Foz do Iguaçu',
      trainers: ['Polícia Federal – Delegacia de Foz do Iguaçu'],
      participants: [
        ['br-pf', 6, 9, 0],
        ['py-mig', 8, 5, 2],
        ['br-mpf', 3, 2, 0],
      ],
    },
  },
];

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

export async function seedDemoAssessments(em: EntityManager, services: DemoServices, logger: Logger): Promise<void> {
  for (const work of DEMO_WORK) {
    const mechanism = await em.findOneOrFail(Mechanism, { countries: work.country });
    const secretariat = () => contextOf(em, demoEmail(Role.SECRETARIAT, work.secretariat), services, logger);
    const template = await createAssessmentTemplate(await secretariat(), mechanism.id, work.template);
    const header = { place: work.place, assessedOn: isoDay(-40), assessors: work.assessors };
    const assessment = await startAssessment(await secretariat(), template.id, header);
    const keys = assessment.sections.flatMap((section) => section.questions.map((question) => question.key));
    const saved = await saveAssessment(await secretariat(), assessment.id, {
      ...header,
      answers: keys.map((questionKey, i) => ({ questionKey, score: work.scores[i] ?? 2, comment: '' })),
      findings: work.findings,
      recommendations: work.recommendations.map((r) => ({ text: r.text })),
    });
    const recommendations = await em
      .fork()
      .getConnection()
      .execute<{ id: string; position: number }[]>(
        'select id, position from assessment_recommendation where assessment_id = ? order by position',
        [saved.id],
      );
    for (const [position, planned] of work.recommendations.entries()) {
      if (!planned.owner) continue;
      const made = await makeRecommendationAction(await secretariat(), recommendations[position]!.id, {
        ownerAgencyId: await agencyIdOf(em, planned.owner),
        ownerUserId: await focalPointOf(em, planned.owner),
        dueDate: isoDay(planned.dueInDays ?? 30),
        priority: ActionPriority.HIGH,
      });
      if (planned.done) {
        const owner = await contextOf(em, demoEmail(Role.LIAISON_OFFICER, planned.owner), services, logger);
        await reportOnAction(owner, {
          actionItemId: made.actionItem!.id,
          body: planned.text,
          status: ActionStatus.DONE,
        });
      }
    }
    await completeAssessment(await secretariat(), assessment.id);

    // A training material of the library if there is one, else a document every member agency reads (H2).
    const material =
      (await em
        .fork()
        .findOne(LibraryDocument, { mechanism: mechanism.id, kind: LibraryDocumentKind.TRAINING_MATERIAL })) ??
      (await em.fork().findOne(LibraryDocument, { mechanism: mechanism.id, handlingCode: LibraryHandlingCode.H2 }));
    const participants = [];
    for (const [key, female, male, otherOrNotStated] of work.training.participants)
      participants.push({ agencyId: await agencyIdOf(em, key), female, male, otherOrNotStated });
    await recordTraining(await secretariat(), mechanism.id, {
      topic: work.training.topic,
      heldOn: isoDay(-25),
      place: work.training.place,
      trainers: work.training.trainers,
      summary: '',
      participants,
      materialIds: material ? [material.id] : [],
    });
  }
  logger.info({ mechanisms: DEMO_WORK.length }, 'demo assessments and trainings loaded');
}

async function focalPointOf(em: EntityManager, key: string): Promise<string> {
  const rows: { id: string }[] = await em.execute('select id from app_user where email = ?', [
    demoEmail(Role.LIAISON_OFFICER, key),
  ]);
  return rows[0]!.id;
}

async function agencyIdOf(em: EntityManager, key: string): Promise<string> {
  const rows: { agency_id: string }[] = await em.execute('select agency_id from app_user where email = ?', [
    demoEmail(Role.LIAISON_OFFICER, key),
  ]);
  return rows[0]!.agency_id;
}
