import type { EntityManager } from '@mikro-orm/postgresql';
import { type CrossingPoint, Mechanism } from '../modules/identity';
import {
  commentOnMinutes,
  createMeeting,
  type ActionStatus,
  addActionItem,
  AttendanceStatus,
  MinutesAction,
  recordDecision,
  reportOnAction,
  setAttendance,
  setAgenda,
  stepMinutes,
  writeMinutes,
} from '../modules/coordination';
import { Role } from '../platform/authz/roles';
import type { Logger } from '../platform/logging/logger';
import { contextOf, type DemoServices } from './demo-referrals';
import { demoEmail } from './demo-seed';

const DAY = 86_400_000;

interface DemoMechanismWork {
  /** The mechanism, by one of its countries and the agency running its secretariat. */
  country: string;
  secretariat: string;
  commenter: string;
  timeZone: string;
  languages: string[];
  meetings: {
    title: string;
    kind: string;
    daysFromNow: number;
    hours: number;
    agenda: { title: string; presenter: string; slotStart: string; durationMinutes: number; minutes: string }[];
    approved: boolean;
    comment?: string;
    decisions?: {
      text: string;
      actions: {
        title: string;
        owner: string;
        dueInDays: number;
        priority: string;
        progress?: 'IN_PROGRESS' | 'DONE';
      }[];
    }[];
  }[];
}

/** Fictional meetings of two mechanisms: two held (minutes approved) and one coming, each. */
const DEMO_WORK: DemoMechanismWork[] = [
  {
    country: 'GT',
    secretariat: 'gt-igm',
    commenter: 'mx-inm',
    timeZone: 'America/Guatemala',
    languages: ['es'],
    meetings: [
      {
        title: 'Reunión ordinaria del tercer trimestre',
        kind: 'ORDINARY',
        daysFromNow: -70,
        hours: 4,
        approved: true,
        decisions: [
          {
            text: 'Compartir mensualmente las estadísticas de cruces irregulares por paso fronterizo.',
            actions: [
              {
                title: 'Enviar las estadísticas de septiembre',
                owner: 'gt-igm',
                dueInDays: -45,
                priority: 'MEDIUM',
                progress: 'DONE',
              },
              { title: 'Designar un enlace estadístico', owner: 'mx-inm', dueInDays: -20, priority: 'HIGH' },
            ],
          },
          {
            text: 'Aplicar el protocolo binacional de derivación de víctimas de trata en todos los puestos.',
            actions: [
              {
                title: 'Capacitar al personal de Tecún Umán en el protocolo',
                owner: 'gt-svet',
                dueInDays: 30,
                priority: 'HIGH',
                progress: 'IN_PROGRESS',
              },
            ],
          },
        ],
        agenda: [
          {
            title: 'Flujos migratorios en Tecún Umán–Ciudad Hidalgo',
            presenter: 'gt-igm',
            slotStart: '09:00',
            durationMinutes: 45,
            minutes:
              '## Flujos del trimestre\n\n- Aumento del **18 %** de cruces irregulares respecto del trimestre anterior.\n' +
              '- Mayor presencia de familias con niñas y niños.\n\nEl IGM compartirá el informe completo con los miembros.',
          },
          {
            title: 'Atención a víctimas de trata identificadas en frontera',
            presenter: 'gt-svet',
            slotStart: '10:00',
            durationMinutes: 40,
            minutes:
              'La SVET presentó el protocolo binacional de derivación.\n\n1. Identificación en el puesto.\n' +
              '2. Comunicación inmediata a la contraparte.\n3. Acompañamiento hasta el albergue.',
          },
        ],
      },
      {
        title: 'Balance del operativo conjunto de noviembre',
        kind: 'JOINT_OPERATION_DEBRIEF',
        daysFromNow: -12,
        hours: 3,
        approved: true,
        decisions: [
          {
            text: 'Compartir en tiempo real las listas de vehículos sospechosos entre la PNC y el INM.',
            actions: [
              {
                title: 'Habilitar el canal de intercambio de listas',
                owner: 'gt-pnc',
                dueInDays: -3,
                priority: 'HIGH',
              },
              { title: 'Informar sobre la investigación abierta', owner: 'mx-fgr', dueInDays: 45, priority: 'MEDIUM' },
            ],
          },
        ],
        comment: 'El INM solicita precisar el número de personas rescatadas.',
        agenda: [
          {
            title: 'Resultados del operativo en El Carmen–Talismán',
            presenter: 'mx-inm',
            slotStart: '10:00',
            durationMinutes: 60,
            minutes:
              '## Resultados\n\n- 3 vehículos inspeccionados con apoyo de la PNC.\n- **27 personas** rescatadas y ' +
              'atendidas.\n- Una investigación abierta por la FGR.',
          },
          {
            title: 'Lecciones aprendidas',
            presenter: 'gt-pnc',
            slotStart: '11:00',
            durationMinutes: 30,
            minutes: 'Se acordó compartir en tiempo real las listas de vehículos sospechosos.',
          },
        ],
      },
      {
        title: 'Reunión ordinaria del primer trimestre',
        kind: 'ORDINARY',
        daysFromNow: 21,
        hours: 4,
        approved: false,
        agenda: [
          {
            title: 'Seguimiento de acuerdos',
            presenter: 'gt-igm',
            slotStart: '09:00',
            durationMinutes: 30,
            minutes: '',
          },
          {
            title: 'Plan de capacitación 2027',
            presenter: 'mx-dif',
            slotStart: '09:30',
            durationMinutes: 45,
            minutes: '',
          },
        ],
      },
    ],
  },
  {
    country: 'PY',
    secretariat: 'br-pf',
    commenter: 'py-mig',
    timeZone: 'America/Sao_Paulo',
    languages: ['es', 'pt'],
    meetings: [
      {
        title: 'Reunião ordinária trinacional',
        kind: 'ORDINARY',
        daysFromNow: -60,
        hours: 4,
        approved: true,
        decisions: [
          {
            text: 'Criar um canal direto entre a PROTEX e o MPF para pedidos urgentes de informação.',
            actions: [
              {
                title: 'Designar pontos de contato no MPF',
                owner: 'br-mpf',
                dueInDays: -30,
                priority: 'HIGH',
                progress: 'DONE',
              },
              {
                title: 'Compartir los registros de salida del puente',
                owner: 'py-mig',
                dueInDays: -5,
                priority: 'MEDIUM',
              },
            ],
          },
        ],
        agenda: [
          {
            title: 'Tráfico de migrantes na Ponte da Amizade',
            presenter: 'br-pf',
            slotStart: '09:00',
            durationMinutes: 60,
            minutes:
              '## Situação\n\n- A PF apresentou os dados do semestre.\n- **Rotas novas** pelo rio Paraná.\n\n' +
              'A DGM do Paraguai compartilhará os registros de saída.',
          },
          {
            title: 'Cooperación judicial',
            presenter: 'ar-protex',
            slotStart: '10:15',
            durationMinutes: 45,
            minutes: 'La PROTEX propuso un canal directo con el MPF para pedidos urgentes de información.',
          },
        ],
      },
      {
        title: 'Grupo técnico de trabajo: intercambio de información',
        kind: 'TECHNICAL_WORKING_GROUP',
        daysFromNow: -20,
        hours: 3,
        approved: true,
        comment: 'La Policía Nacional propone incluir también los pasos fluviales.',
        agenda: [
          {
            title: 'Formulário comum de alerta',
            presenter: 'br-pf',
            slotStart: '14:00',
            durationMinutes: 90,
            minutes: 'O grupo aprovou o formulário comum de alerta em espanhol e português.',
          },
        ],
      },
      {
        title: 'Reunión extraordinaria: temporada alta',
        kind: 'EXTRAORDINARY',
        daysFromNow: 14,
        hours: 2,
        approved: false,
        agenda: [
          { title: 'Refuerzo de controles', presenter: 'py-pol', slotStart: '09:00', durationMinutes: 60, minutes: '' },
        ],
      },
    ],
  },
];

/**
 * Demo meetings through the coordination services themselves (rules, lifecycle, audit): held meetings with
 * minutes circulated, commented on by a member's focal point and approved, and one coming meeting each.
 */
export async function seedDemoCoordination(em: EntityManager, services: DemoServices, logger: Logger): Promise<void> {
  let meetings = 0;
  for (const work of DEMO_WORK) {
    const mechanism = await em.findOneOrFail(
      Mechanism,
      { countries: work.country },
      { populate: ['crossingPoints', 'memberAgencies'] },
    );
    // Every member is invited, as a secretariat does for an ordinary meeting.
    const invitedAgencyIds = mechanism.memberAgencies.getItems().map((agency) => agency.id);
    const crossingPoint: CrossingPoint | undefined = mechanism.crossingPoints.getItems()[0];
    const secretariat = () => contextOf(em, demoEmail(Role.SECRETARIAT, work.secretariat), services, logger);
    for (const plan of work.meetings) {
      const startsAt = atHour(new Date(Date.now() + plan.daysFromNow * DAY), 15);
      const meeting = await createMeeting(await secretariat(), mechanism.id, {
        title: plan.title,
        kind: plan.kind,
        startsAt,
        endsAt: new Date(startsAt.getTime() + plan.hours * 3_600_000),
        timeZone: work.timeZone,
        crossingPointId: crossingPoint?.id ?? null,
        languages: work.languages,
        invitedAgencyIds,
        // The GraphQL input classes are internal to the coordination module; these literals have their shape.
      } as Parameters<typeof createMeeting>[2]);
      const agenda = [];
      for (const item of plan.agenda) agenda.push({ ...item, presenterAgencyId: await agencyIdOf(em, item.presenter) });
      const withAgenda = await setAgenda(await secretariat(), meeting.id, agenda);
      const items = await withAgenda.agenda.loadItems();
      for (const [index, item] of plan.agenda.entries()) {
        if (item.minutes) await writeMinutes(await secretariat(), nth(items, index, 'agenda item').id, item.minutes);
      }
      meetings += 1;
      if (!plan.approved) continue;
      await setAttendance(await secretariat(), meeting.id, [
        {
          name: 'Ana Morales',
          jobTitle: 'Secretaría técnica',
          agencyId: await agencyIdOf(em, work.secretariat),
          status: AttendanceStatus.PRESENT,
        },
        {
          name: 'Jorge Herrera',
          jobTitle: 'Enlace fronterizo',
          agencyId: await agencyIdOf(em, work.commenter),
          status: AttendanceStatus.BY_VIDEO,
        },
        {
          name: 'Lucía Castillo',
          jobTitle: 'Punto focal',
          agencyId: await agencyIdOf(em, nth(plan.agenda, 0, 'planned agenda item').presenter),
          status: AttendanceStatus.PRESENT,
        },
      ] as Parameters<typeof setAttendance>[2]);
      const inAWeek = new Date(Date.now() + 7 * DAY);
      await stepMinutes(await secretariat(), {
        meetingId: meeting.id,
        action: MinutesAction.CIRCULATE,
        commentDeadline: inAWeek,
      });
      if (plan.comment) {
        const commenter = await contextOf(em, demoEmail(Role.LIAISON_OFFICER, work.commenter), services, logger);
        await commentOnMinutes(commenter, { agendaItemId: nth(items, 0, 'agenda item').id, body: plan.comment });
      }
      for (const planned of plan.decisions ?? []) {
        const decision = await recordDecision(await secretariat(), {
          meetingId: meeting.id,
          text: planned.text,
          agendaItemId: nth(items, 0, 'agenda item').id,
        });
        for (const action of planned.actions) {
          const assigned = await addActionItem(await secretariat(), meeting.id, {
            title: action.title,
            ownerAgencyId: await agencyIdOf(em, action.owner),
            // Named: the owner agency's liaison officer, its focal point (shown on the action page).
            ownerUserId: await liaisonIdOf(em, action.owner),
            dueDate: new Date(Date.now() + action.dueInDays * DAY).toISOString().slice(0, 10),
            priority: action.priority,
            decisionId: decision.id,
          } as Parameters<typeof addActionItem>[2]);
          if (!action.progress) continue;
          const owner = await contextOf(em, demoEmail(Role.LIAISON_OFFICER, action.owner), services, logger);
          await reportOnAction(owner, {
            actionItemId: assigned.id,
            body: action.progress === 'DONE' ? 'Cumplido; detalles en el informe compartido.' : 'En curso.',
            status: action.progress as ActionStatus,
          });
        }
      }
      await stepMinutes(await secretariat(), { meetingId: meeting.id, action: MinutesAction.APPROVE });
    }
  }
  logger.info({ meetings }, 'demo meetings loaded');
}

/** The n-th element of a list the demo plan guarantees (every meeting has an agenda): loud if the plan lies. */
function nth<T>(list: readonly T[], index: number, what: string): T {
  const value = list[index];
  if (value === undefined) throw new Error(`demo coordination: no ${what} at position ${index}`);
  return value;
}

/** The demo agency of a key, e.g. `gt-igm`, found through its secretariat or liaison account. */
async function agencyIdOf(em: EntityManager, key: string): Promise<string> {
  const rows: { agency_id: string }[] = await em.execute('select agency_id from app_user where email = ?', [
    demoEmail(Role.LIAISON_OFFICER, key),
  ]);
  return rows[0]!.agency_id;
}

/** The demo liaison officer (focal point) of an agency key. */
async function liaisonIdOf(em: EntityManager, key: string): Promise<string> {
  const rows: { id: string }[] = await em.execute('select id from app_user where email = ?', [
    demoEmail(Role.LIAISON_OFFICER, key),
  ]);
  return rows[0]!.id;
}

/** The same day at a round UTC hour (about mid-morning in the Americas). */
function atHour(day: Date, utcHour: number): Date {
  const at = new Date(day);
  at.setUTCHours(utcHour, 0, 0, 0);
  return at;
}
