// The world of the coordination tests: a Guatemala–Mexico mechanism whose secretariat IGM (GT) runs, with INM and
// FGR (MX) as members, and a Costa Rica–Panama mechanism none of them belongs to. People sign in by sessions
// started directly (as after a sign-in); `as(cookie)` calls the real GraphQL API over HTTP.
import type { MikroORM } from '@mikro-orm/postgresql';
import {
  Agency,
  AgencyKind,
  Country,
  CrossingPoint,
  Mechanism,
  MechanismKind,
  User,
} from '../../../server/src/modules/identity';
import { startSession } from '../../../server/src/modules/identity/auth/session-store';
import { ADMIN_ROLES, Role } from '../../../server/src/platform/authz/roles';
import type { TestServer } from '../test-server';

const COUNTRIES = [
  ['GT', 'America/Guatemala'],
  ['MX', 'America/Mexico_City'],
  ['CR', 'America/Costa_Rica'],
  ['PA', 'America/Panama'],
] as const;

export type Who =
  | 'secretariat'
  | 'secretariatOfficer'
  | 'memberOfficer'
  | 'memberAuditor'
  | 'memberAdmin'
  | 'otherMemberOfficer'
  | 'foreignOfficer'
  | 'foreignSecretariat'
  | 'platformAdmin';

export interface CoordinationWorld {
  mechanism: Mechanism;
  foreignMechanism: Mechanism;
  crossingPoint: CrossingPoint;
  agencies: { igm: Agency; inm: Agency; fgr: Agency; cr: Agency; pa: Agency };
  cookieOf: Record<Who, string>;
  userOf: Record<Who, User>;
}

export async function createCoordinationWorld(orm: MikroORM): Promise<CoordinationWorld> {
  const em = orm.em.fork();
  const countries = {} as Record<(typeof COUNTRIES)[number][0], Country>; // every code is set just below
  for (const [code, timeZone] of COUNTRIES) {
    countries[code] =
      (await em.findOne(Country, { code })) ??
      em.create(Country, { code, names: { es: code }, defaultLocale: 'es', timeZone });
  }
  const agency = (code: keyof typeof countries, acronym: string) =>
    em.create(Agency, {
      country: countries[code],
      kind: AgencyKind.MIGRATION_AUTHORITY,
      name: `Agencia ${acronym}`,
      acronym,
    });
  const agencies = {
    igm: agency('GT', 'IGM'),
    inm: agency('MX', 'INM'),
    fgr: agency('MX', 'FGR'),
    cr: agency('CR', 'DGME'),
    pa: agency('PA', 'SNM'),
  };
  const mechanism = em.create(Mechanism, {
    kind: MechanismKind.BINATIONAL,
    names: { es: 'Guatemala–México' },
    secretariatAgency: agencies.igm,
  });
  mechanism.countries.set([countries.GT, countries.MX]);
  mechanism.memberAgencies.set([agencies.igm, agencies.inm, agencies.fgr]);
  const crossingPoint = em.create(CrossingPoint, { mechanism, name: 'Tecún Umán – Ciudad Hidalgo' });
  const foreignMechanism = em.create(Mechanism, {
    kind: MechanismKind.BINATIONAL,
    names: { es: 'Costa Rica–Panamá' },
    secretariatAgency: agencies.cr,
  });
  foreignMechanism.countries.set([countries.CR, countries.PA]);
  foreignMechanism.memberAgencies.set([agencies.cr, agencies.pa]);

  const person = (of: Agency, role: Role, label: string) =>
    em.create(User, {
      agency: of,
      email: `${label}.${Math.random().toString(36).slice(2, 8)}@coordination.example`,
      name: label,
      timeZone: 'America/Guatemala',
      roles: [role],
      ...(ADMIN_ROLES.includes(role)
        ? { totpSecret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', totpEnabledAt: new Date() }
        : {}),
    });
  const userOf: Record<Who, User> = {
    secretariat: person(agencies.igm, Role.SECRETARIAT, 'secretariat'),
    secretariatOfficer: person(agencies.igm, Role.LIAISON_OFFICER, 'igm-officer'),
    memberOfficer: person(agencies.inm, Role.LIAISON_OFFICER, 'inm-officer'),
    memberAuditor: person(agencies.inm, Role.AUDITOR, 'inm-auditor'),
    memberAdmin: person(agencies.inm, Role.AGENCY_ADMIN, 'inm-admin'),
    otherMemberOfficer: person(agencies.fgr, Role.LIAISON_OFFICER, 'fgr-officer'),
    foreignOfficer: person(agencies.cr, Role.LIAISON_OFFICER, 'cr-officer'),
    foreignSecretariat: person(agencies.cr, Role.SECRETARIAT, 'cr-secretariat'),
    platformAdmin: person(agencies.igm, Role.PLATFORM_ADMIN, 'platform-admin'),
  };
  await em.flush();
  const cookieOf = {} as Record<Who, string>;
  for (const [who, user] of Object.entries(userOf) as [Who, User][]) {
    cookieOf[who] = `enlace_session=${await startSession(em, user)}`;
    await em.execute('update auth_session set second_factor_verified_at = now() where user_id = ?', [user.id]);
  }
  return { mechanism, foreignMechanism, crossingPoint, agencies, cookieOf, userOf };
}

export type Caller = <Data = Record<string, unknown>>(
  query: string,
  variables?: Record<string, unknown>,
) => Promise<{ data?: Data | null; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;

export function callerOf(server: TestServer, cookie: string): Caller {
  return (query, variables = {}) => server.graphql(query, variables, { cookie });
}

/** The error code of a GraphQL answer, or "OK". */
export function codeOf(result: { errors?: { extensions?: Record<string, unknown> }[] }): unknown {
  return result.errors?.[0]?.extensions?.code ?? 'OK';
}

/** The data of an answer that must have succeeded. */
export function dataOf<Data>(result: { data?: unknown; errors?: unknown[] }): Data {
  if (result.errors) throw new Error(`Unexpected errors: ${JSON.stringify(result.errors)}`);
  return result.data as Data;
}

const HOUR = 3_600_000;

/** A meeting input: a past meeting by default (`inHours` < 0), held at the mechanism's crossing point. */
export function meetingInput(world: CoordinationWorld, inHours = -48, overrides: Record<string, unknown> = {}) {
  const startsAt = new Date(Date.now() + inHours * HOUR);
  return {
    title: 'Reunión ordinaria',
    kind: 'ORDINARY',
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 3 * HOUR).toISOString(),
    timeZone: 'America/Guatemala',
    crossingPointId: world.crossingPoint.id,
    languages: ['es'],
    invitedAgencyIds: [world.agencies.inm.id, world.agencies.fgr.id],
    ...overrides,
  };
}

export const CREATE_MEETING = `mutation ($mechanismId: ID!, $input: MeetingInput!) {
  createMeeting(mechanismId: $mechanismId, input: $input) { id minutesStatus } }`;
export const SET_AGENDA = `mutation ($id: ID!, $items: [AgendaItemInput!]!) {
  setMeetingAgenda(meetingId: $id, items: $items) { id agenda { id position title } } }`;
export const WRITE_MINUTES = `mutation ($itemId: ID!, $minutes: String!) { writeMinutes(agendaItemId: $itemId, minutes: $minutes) { id } }`;
export const CIRCULATE = `mutation ($id: ID!, $deadline: DateTimeISO!) { circulateMinutes(meetingId: $id, commentDeadline: $deadline) { minutesStatus } }`;
export const APPROVE = `mutation ($id: ID!) { approveMinutes(meetingId: $id) { minutesStatus minutesRevision } }`;
export const COMMENT = `mutation ($itemId: ID!, $body: String!, $replyToId: ID) {
  commentOnMinutes(agendaItemId: $itemId, body: $body, replyToId: $replyToId) { id replyToId byMe authorAgency { acronym } } }`;
export const MEETING = `query ($id: ID!) { meeting(id: $id) { id title minutesStatus minutesRevision availableActions canReadMinutes
  agenda { id title minutes } comments { id body agendaItemId replyToId byMe authorAgency { acronym } }
  revisions { number reason items { agendaItemId minutes } } } }`;

/** A meeting of the world's mechanism with two agenda items and their draft minutes; returns ids. */
export async function meetingWithAgenda(secretariat: Caller, world: CoordinationWorld, inHours = -48) {
  const created = dataOf<{ createMeeting: { id: string } }>(
    await secretariat(CREATE_MEETING, { mechanismId: world.mechanism.id, input: meetingInput(world, inHours) }),
  );
  const id = created.createMeeting.id;
  const agenda = dataOf<{ setMeetingAgenda: { agenda: { id: string }[] } }>(
    await secretariat(SET_AGENDA, {
      id,
      items: [
        {
          title: 'Flujos migratorios en Tecún Umán',
          presenterAgencyId: world.agencies.igm.id,
          slotStart: '09:00',
          durationMinutes: 45,
        },
        {
          title: 'Operativo conjunto de diciembre',
          presenterAgencyId: world.agencies.inm.id,
          slotStart: '10:00',
          durationMinutes: 30,
        },
      ],
    }),
  );
  const [first, second] = agenda.setMeetingAgenda.agenda.map((item) => item.id);
  dataOf(
    await secretariat(WRITE_MINUTES, {
      itemId: first,
      minutes: '## Flujos\n\n- Aumento del **20 %**\n- Sin incidentes',
    }),
  );
  dataOf(await secretariat(WRITE_MINUTES, { itemId: second, minutes: 'Se acordó un operativo el 12 de diciembre.' }));
  return { id, first, second };
}

export const inHours = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();
