// A small border world for the referral tests: Guatemala and Mexico share a binational mechanism; Belize is
// outside it. Names are unique per call, so several test files can share one database.
import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { entities, policies } from '../../server/src/app';
import { migrations } from '../../migrations';
import { Agency, Country, CrossingPoint, Mechanism, User } from '../../server/src/modules/identity';
import { AgencyKind } from '../../server/src/modules/identity/agency.entity';
import { MechanismKind } from '../../server/src/modules/identity/mechanism.entity';
import type { AuditEntry } from '../../server/src/platform/audit/audit-trail';
import { buildAbility } from '../../server/src/platform/authz/ability';
import type { Actor } from '../../server/src/platform/authz/actor';
import { Role } from '../../server/src/platform/authz/roles';
import type { RequestContext } from '../../server/src/platform/context';
import { createLogger } from '../../server/src/platform/logging/logger';
import { serverPartsOfContext } from '../support/test-config';
import { migrateDatabase } from '../../server/src/platform/orm/migrate';
import { ormOptions } from '../../server/src/platform/orm/orm-config';

/** The ORM on the test database; `statements` collects every SQL statement when counting is switched on. */
export async function startReferralOrm() {
  const statements: string[] = [];
  let counting = false;
  const orm = await MikroORM.init({
    ...ormOptions({
      url: process.env.DATABASE_URL!,
      entities,
      migrations,
      log: (message) => {
        if (counting && message.startsWith('[query]')) statements.push(message);
      },
    }),
    debug: ['query'],
  });
  await migrateDatabase(orm, createLogger('silent'));
  return {
    orm,
    /** Runs `work` and returns the SQL statements it sent. */
    async countStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
      statements.length = 0;
      counting = true;
      try {
        const result = await work();
        return { result, statements: [...statements] };
      } finally {
        counting = false;
      }
    },
  };
}

export interface WorldUser {
  user: User;
  actor: Actor;
}

async function ensureCountry(orm: MikroORM, code: string, name: string, timeZone: string) {
  await orm.em
    .fork()
    .getConnection()
    .execute(
      `insert into country (code, names, default_locale, time_zone) values (?, ?, 'es', ?) on conflict do nothing`,
      [code, JSON.stringify({ es: name }), timeZone],
    );
}

/**
 * sender (GT border police) and receiver (MX migration) are members of the GT-MX mechanism, as is a third
 * agency (MX prosecutor, which runs the mechanism's secretariat); sameCountry is a GT agency outside it;
 * foreign is a Belize agency outside it.
 */
export async function createReferralWorld(orm: MikroORM) {
  await ensureCountry(orm, 'GT', 'Guatemala', 'America/Guatemala');
  await ensureCountry(orm, 'MX', 'México', 'America/Mexico_City');
  await ensureCountry(orm, 'BZ', 'Belice', 'America/Belize');
  const em = orm.em.fork();
  const tag = randomUUID().slice(0, 8);
  const agency = (code: string, kind: AgencyKind, acronym: string) =>
    em.create(Agency, { country: code, kind, name: `${acronym} ${tag}`, acronym, active: true });
  const agencies = {
    sender: agency('GT', AgencyKind.BORDER_POLICE, 'PNC'),
    receiver: agency('MX', AgencyKind.MIGRATION_AUTHORITY, 'INM'),
    fellowMember: agency('MX', AgencyKind.PUBLIC_PROSECUTOR, 'FGR'),
    sameCountry: agency('GT', AgencyKind.LABOUR_INSPECTION, 'MINTRAB'),
    foreign: agency('BZ', AgencyKind.BORDER_POLICE, 'BPD'),
  };
  const mechanism = em.create(Mechanism, {
    kind: MechanismKind.BINATIONAL,
    names: { es: `Guatemala-México ${tag}` },
    secretariatAgency: agencies.fellowMember,
    active: true,
  });
  mechanism.countries.set([em.getReference(Country, 'GT'), em.getReference(Country, 'MX')]);
  mechanism.memberAgencies.set([agencies.sender, agencies.receiver, agencies.fellowMember]);
  const crossingPoint = em.create(CrossingPoint, { mechanism, name: 'Tecún Umán - Ciudad Hidalgo' });
  await em.flush();

  const countryOf = (which: Agency) => which.country.unwrap().code;
  const person = async (which: Agency, roles: Role[]): Promise<WorldUser> => {
    const user = em.create(User, {
      agency: which,
      email: `${randomUUID()}@example.org`,
      name: `${roles.join('+')} ${which.acronym}`,
      timeZone: 'UTC',
      roles,
    });
    await em.flush();
    const isMember = mechanism.memberAgencies.contains(which);
    const actor: Actor = {
      kind: 'user',
      id: user.id,
      agencyId: which.id,
      countryCode: countryOf(which),
      roles,
      mechanismIds: isMember ? [mechanism.id] : [],
      secretariatMechanismIds: which === agencies.fellowMember ? [mechanism.id] : [],
    };
    return { user, actor };
  };
  const users = {
    senderOfficer: await person(agencies.sender, [Role.LIAISON_OFFICER]),
    senderCaseWorker: await person(agencies.sender, [Role.CASE_WORKER]),
    senderAdmin: await person(agencies.sender, [Role.AGENCY_ADMIN]),
    receiverOfficer: await person(agencies.receiver, [Role.LIAISON_OFFICER]),
    receiverCaseWorker: await person(agencies.receiver, [Role.CASE_WORKER]),
    fellowMemberOfficer: await person(agencies.fellowMember, [Role.LIAISON_OFFICER]),
    secretariat: await person(agencies.fellowMember, [Role.SECRETARIAT]),
    sameCountryOfficer: await person(agencies.sameCountry, [Role.LIAISON_OFFICER]),
    foreignOfficer: await person(agencies.foreign, [Role.LIAISON_OFFICER]),
    platformAdmin: await person(agencies.sender, [Role.PLATFORM_ADMIN, Role.LIAISON_OFFICER]),
  };
  return { tag, agencies, mechanism, crossingPoint, users };
}

export type ReferralWorld = Awaited<ReturnType<typeof createReferralWorld>>;

const serverParts = serverPartsOfContext();

/** A request context as the app builds one, with an audit trail that remembers what it was given. */
export function contextFor(orm: MikroORM, who: WorldUser): RequestContext & { audited: AuditEntry[] } {
  const audited: AuditEntry[] = [];
  return {
    requestId: randomUUID(),
    em: orm.em.fork(),
    logger: createLogger('silent'),
    clientAddress: '127.0.0.1',
    actor: who.actor,
    ability: buildAbility(who.actor, policies),
    audit: {
      record: async (_em, entry) => void audited.push(entry),
      noteRead: (entry) => void audited.push(entry),
      flushReads: async () => undefined,
    },
    ...serverParts,
    audited,
  };
}
