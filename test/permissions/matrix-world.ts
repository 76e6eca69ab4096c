import type { MikroORM } from '@mikro-orm/postgresql';
import { createAuditTrail } from '../../server/src/modules/audit';
import { Agency, AgencyKind, Country, Mechanism, MechanismKind, User } from '../../server/src/modules/identity';
import { startSession } from '../../server/src/modules/identity/auth/session-store';
import type { Actor } from '../../server/src/platform/authz/actor';
import { ADMIN_ROLES, Role } from '../../server/src/platform/authz/roles';
import type { Relation } from './permission-matrix';

/**
 * One world for the whole matrix. The actors all work in OWN (Guatemala). The GT–MX mechanism joins OWN with
 * ADDRESSEE and FELLOW (both Mexico); SAME_COUNTRY is another Guatemalan agency outside it; FOREIGN is in
 * Costa Rica, in a CR–PA mechanism of its own.
 */
export interface MatrixWorld {
  agencyOf: Record<Relation, Agency>;
  /** A liaison officer in each agency: the "User" records of the matrix. */
  personOf: Record<Relation, User>;
  mechanismOf: Partial<Record<Relation, Mechanism>>;
  auditEventOf: Partial<Record<Relation, string>>;
  /** Session cookies of the actors, one per role, all in OWN. */
  cookieOf: Record<Role, string>;
  /** Session cookies of a liaison officer per agency, who send the matrix's referrals. */
  liaisonCookieOf: Record<Relation, string>;
  /** Where a referral of each relation goes: sender relation -> receiving agency and mechanism. */
  referralRoute: Partial<Record<Relation, { receivingAgencyId: string; mechanismId: string }>>;
  /** FORWARD_RECIPIENT: FELLOW (MX) sends to another Guatemalan agency, whose liaison forwards it to OWN (H2). */
  forwardRoute: { receiverCookie: string; receivingAgencyId: string; mechanismId: string; recipientAgencyId: string };
}

const COUNTRIES = [
  ['GT', 'America/Guatemala'],
  ['MX', 'America/Mexico_City'],
  ['CR', 'America/Costa_Rica'],
  ['PA', 'America/Panama'],
] as const;

export async function buildMatrixWorld(orm: MikroORM): Promise<MatrixWorld> {
  const em = orm.em.fork();
  const countries = Object.fromEntries(
    COUNTRIES.map(([code, timeZone]) => [
      code,
      em.create(Country, { code, names: { es: code }, defaultLocale: 'es', timeZone }),
    ]),
  );
  const agency = (code: string, name: string) =>
    em.create(Agency, { country: countries[code], kind: AgencyKind.BORDER_POLICE, name, acronym: name.slice(0, 8) });
  const fellowGuatemalan = agency('GT', 'Fellow GT');
  const own = agency('GT', 'Own GT');
  const agencyOf: Record<Relation, Agency> = {
    OWN_AGENCY: own,
    ADDRESSEE: agency('MX', 'Addressee MX'),
    FELLOW_MECHANISM_MEMBER: agency('MX', 'Fellow MX'),
    SAME_COUNTRY_OTHER_AGENCY: agency('GT', 'Same country GT'),
    FOREIGN_NON_MEMBER: agency('CR', 'Foreign CR'),
    // The agency that passes referrals on to the actors' agency.
    FORWARD_RECIPIENT: fellowGuatemalan,
    // Survivors assigned to the actors are held by their own agency.
    ASSIGNED_CASE: own,
  };
  const partner = agency('PA', 'Partner PA');
  const mechanism = (kind: MechanismKind, codes: string[], members: Agency[]) => {
    const created = em.create(Mechanism, { kind, names: { es: codes.join('–') }, secretariatAgency: members[0] });
    created.countries.set(codes.map((code) => countries[code]));
    created.memberAgencies.set(members);
    return created;
  };
  const ownMechanism = mechanism(
    MechanismKind.BINATIONAL,
    ['GT', 'MX'],
    [agencyOf.OWN_AGENCY, agencyOf.ADDRESSEE, agencyOf.FELLOW_MECHANISM_MEMBER, fellowGuatemalan],
  );
  const foreignMechanism = mechanism(MechanismKind.BINATIONAL, ['CR', 'PA'], [agencyOf.FOREIGN_NON_MEMBER, partner]);

  // Admins must have a second factor in force before their sessions count; give them one.
  const person = (of: Agency, role: Role, label: string) =>
    em.create(User, {
      agency: of,
      email: `${label}@matrix.example`,
      name: label,
      timeZone: 'UTC',
      roles: [role],
      ...(ADMIN_ROLES.includes(role)
        ? { totpSecret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', totpEnabledAt: new Date() }
        : {}),
    });
  const personOf = Object.fromEntries(
    Object.entries(agencyOf).map(([relation, of]) => [
      relation,
      person(of, Role.LIAISON_OFFICER, `person-${relation}`),
    ]),
  ) as Record<Relation, User>;
  const actors = Object.values(Role).map((role) => person(agencyOf.OWN_AGENCY, role, `actor-${role}`));
  await em.flush();

  const cookieOf = {} as Record<Role, string>;
  for (const actor of actors) {
    cookieOf[actor.roles[0]] = `enlace_session=${await startSession(em, actor)}`;
    // As if the second factor had just been given (sign-in itself is tested in test/identity).
    await em.execute('update auth_session set second_factor_verified_at = now() where user_id = ?', [actor.id]);
  }

  // Separate senders: the User checks disable personOf (ending their sessions), which must not stop referrals.
  const liaisonCookieOf = {} as Record<Relation, string>;
  for (const [relation, of] of Object.entries(agencyOf) as [Relation, Agency][]) {
    const sender = person(of, Role.LIAISON_OFFICER, `sender-${relation}`);
    await em.flush();
    liaisonCookieOf[relation] = `enlace_session=${await startSession(em, sender)}`;
  }

  const forwardRoute = {
    receiverCookie: liaisonCookieOf.FORWARD_RECIPIENT,
    receivingAgencyId: fellowGuatemalan.id,
    mechanismId: ownMechanism.id,
    recipientAgencyId: agencyOf.OWN_AGENCY.id,
  };

  const auditEventOf = {
    OWN_AGENCY: await auditEvent(orm, personOf.OWN_AGENCY, agencyOf.OWN_AGENCY),
    ADDRESSEE: await auditEvent(orm, personOf.ADDRESSEE, agencyOf.OWN_AGENCY),
    FOREIGN_NON_MEMBER: await auditEvent(orm, personOf.FOREIGN_NON_MEMBER, agencyOf.FOREIGN_NON_MEMBER),
  };
  return {
    agencyOf,
    personOf,
    mechanismOf: { FELLOW_MECHANISM_MEMBER: ownMechanism, FOREIGN_NON_MEMBER: foreignMechanism },
    auditEventOf,
    cookieOf,
    liaisonCookieOf,
    forwardRoute,
    // Each referral of the matrix: who sends it (the relation's liaison) and to whom.
    referralRoute: {
      OWN_AGENCY: { receivingAgencyId: agencyOf.ADDRESSEE.id, mechanismId: ownMechanism.id },
      ADDRESSEE: { receivingAgencyId: agencyOf.OWN_AGENCY.id, mechanismId: ownMechanism.id },
      FELLOW_MECHANISM_MEMBER: { receivingAgencyId: fellowGuatemalan.id, mechanismId: ownMechanism.id },
      FOREIGN_NON_MEMBER: { receivingAgencyId: partner.id, mechanismId: foreignMechanism.id },
    },
  };
}

/** A read of a record owned by `owner`, done by `reader`; returns the new event's id. */
async function auditEvent(orm: MikroORM, reader: User, owner: Agency): Promise<string> {
  const em = orm.em.fork();
  const readerAgency = reader.agency.unwrap();
  const actor: Actor = {
    kind: 'user',
    id: reader.id,
    agencyId: readerAgency.id,
    countryCode: readerAgency.country.unwrap().code,
    roles: reader.roles,
    mechanismIds: [],
    secretariatMechanismIds: [],
  };
  const trail = createAuditTrail({ actor, requestId: `matrix-${reader.id}`, clientAddress: '192.0.2.10' });
  await em.transactional((tx) =>
    trail.record(tx, { action: 'agency.read', entityType: 'Agency', entityId: owner.id, ownerAgencyId: owner.id }),
  );
  const [row] = await em
    .getConnection()
    .execute<{ id: string }[]>('select id from audit_event where request_id = ? order by seq desc limit 1', [
      `matrix-${reader.id}`,
    ]);
  return row.id;
}
