import type { MikroORM } from '@mikro-orm/postgresql';
import { type Agency, AgencyKind, type Mechanism, MechanismKind, type User } from '../../server/src/modules/identity';
import { ADMIN_ROLES, Role } from '../../server/src/platform/authz/roles';
import { anAgency, aMechanism, anAuditEvent, aUser, cookieFor, type TestUser } from '../support/factories';
import type { Relation } from './permission-matrix';

/**
 * One world for the whole matrix, built from the shared factories. The actors all work in OWN (Guatemala). The GT–MX mechanism joins OWN with
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

export async function buildMatrixWorld(orm: MikroORM): Promise<MatrixWorld> {
  const agency = (countryCode: string, name: string) =>
    anAgency(orm, { countryCode, kind: AgencyKind.BORDER_POLICE, name, acronym: name.slice(0, 8) });
  const fellowGuatemalan = await agency('GT', 'Fellow GT');
  const own = await agency('GT', 'Own GT');
  const agencyOf: Record<Relation, Agency> = {
    OWN_AGENCY: own,
    ADDRESSEE: await agency('MX', 'Addressee MX'),
    FELLOW_MECHANISM_MEMBER: await agency('MX', 'Fellow MX'),
    SAME_COUNTRY_OTHER_AGENCY: await agency('GT', 'Same country GT'),
    FOREIGN_NON_MEMBER: await agency('CR', 'Foreign CR'),
    // The agency that passes referrals on to the actors' agency.
    FORWARD_RECIPIENT: fellowGuatemalan,
    // Survivors assigned to the actors are held by their own agency.
    ASSIGNED_CASE: own,
    // A user's own records (notifications) are in their own agency.
    SELF: own,
  };
  const partner = await agency('PA', 'Partner PA');
  const mechanism = (countries: string[], members: Agency[]) =>
    aMechanism(orm, { kind: MechanismKind.BINATIONAL, name: countries.join('–'), countries, members });
  const ownMechanism = await mechanism(
    ['GT', 'MX'],
    [agencyOf.OWN_AGENCY, agencyOf.ADDRESSEE, agencyOf.FELLOW_MECHANISM_MEMBER, fellowGuatemalan],
  );
  const foreignMechanism = await mechanism(['CR', 'PA'], [agencyOf.FOREIGN_NON_MEMBER, partner]);

  // Admins must have a second factor in force before their sessions count; give them one.
  const person = (of: Agency, role: Role, label: string) =>
    aUser(orm, of, {
      email: `${label}@matrix.example`,
      name: label,
      roles: [role],
      totp: ADMIN_ROLES.includes(role),
    });
  const personOf = {} as Record<Relation, TestUser>;
  for (const [relation, of] of Object.entries(agencyOf) as [Relation, Agency][]) {
    personOf[relation] = await person(of, Role.LIAISON_OFFICER, `person-${relation}`);
  }

  // As if the second factor had just been given (sign-in itself is tested in test/identity).
  const cookieOf = {} as Record<Role, string>;
  for (const role of Object.values(Role)) {
    const actor = await person(agencyOf.OWN_AGENCY, role, `actor-${role}`);
    cookieOf[role] = await cookieFor(orm, actor, { secondFactorGiven: true });
  }

  // Separate senders: the User checks disable personOf (ending their sessions), which must not stop referrals.
  const liaisonCookieOf = {} as Record<Relation, string>;
  for (const [relation, of] of Object.entries(agencyOf) as [Relation, Agency][]) {
    liaisonCookieOf[relation] = await cookieFor(orm, await person(of, Role.LIAISON_OFFICER, `sender-${relation}`));
  }

  const forwardRoute = {
    receiverCookie: liaisonCookieOf.FORWARD_RECIPIENT,
    receivingAgencyId: fellowGuatemalan.id,
    mechanismId: ownMechanism.id,
    recipientAgencyId: agencyOf.OWN_AGENCY.id,
  };

  /** A read of a record owned by `owner`, done by `reader`: the new event's id. */
  const agencyRead = (reader: TestUser, owner: Agency) =>
    anAuditEvent(
      orm,
      reader.actor,
      { action: 'agency.read', entityType: 'Agency', entityId: owner.id, ownerAgencyId: owner.id },
      { requestId: `matrix-${reader.id}`, clientAddress: '192.0.2.10' },
    );
  const auditEventOf = {
    OWN_AGENCY: await agencyRead(personOf.OWN_AGENCY, agencyOf.OWN_AGENCY),
    ADDRESSEE: await agencyRead(personOf.ADDRESSEE, agencyOf.OWN_AGENCY),
    FOREIGN_NON_MEMBER: await agencyRead(personOf.FOREIGN_NON_MEMBER, agencyOf.FOREIGN_NON_MEMBER),
  };
  return {
    agencyOf,
    personOf: Object.fromEntries(Object.entries(personOf).map(([relation, who]) => [relation, who.user])) as Record<
      Relation,
      User
    >,
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
