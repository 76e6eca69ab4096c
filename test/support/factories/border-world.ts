import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { AgencyKind, MechanismKind, type Agency } from '../../../server/src/modules/identity';
import { Role } from '../../../server/src/platform/authz/roles';
import { anAgency, aMechanism, crossingPointsOf } from './directory';
import { aUser, type TestUser, type UserOptions } from './people';
import { at } from '../indexing';

/**
 * A small border world for the referral tests: Guatemala and Mexico share a binational mechanism; Belize is
 * outside it. sender (GT border police) and receiver (MX migration) are members, as is fellowMember (MX
 * prosecutor, which runs the mechanism's secretariat); sameCountry is a GT agency outside it; foreign is a
 * Belize agency outside it. Names are unique per call, so several worlds can share one database.
 */
export async function aBorderWorld(orm: MikroORM) {
  const tag = randomUUID().slice(0, 8);
  const agency = (country: string, kind: AgencyKind, acronym: string) =>
    anAgency(orm, { countryCode: country, kind, acronym, name: `${acronym} ${tag}` });
  const agencies = {
    sender: await agency('GT', AgencyKind.BORDER_POLICE, 'PNC'),
    receiver: await agency('MX', AgencyKind.MIGRATION_AUTHORITY, 'INM'),
    fellowMember: await agency('MX', AgencyKind.PUBLIC_PROSECUTOR, 'FGR'),
    sameCountry: await agency('GT', AgencyKind.LABOUR_INSPECTION, 'MINTRAB'),
    foreign: await agency('BZ', AgencyKind.BORDER_POLICE, 'BPD'),
  };
  const mechanism = await aMechanism(orm, {
    kind: MechanismKind.BINATIONAL,
    name: `Guatemala-México ${tag}`,
    countries: ['GT', 'MX'],
    members: [agencies.sender, agencies.receiver, agencies.fellowMember],
    secretariat: agencies.fellowMember,
    crossingPoints: ['Tecún Umán - Ciudad Hidalgo'],
  });
  const crossingPoint = at(await crossingPointsOf(orm, mechanism), 0, 'crossing point');
  const person = (of: Agency, roles: Role[], options: UserOptions = {}) =>
    aUser(orm, of, {
      roles,
      email: `${randomUUID()}@example.org`,
      name: `${roles.join('+')} ${of.acronym}`,
      ...options,
    });
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
  return {
    tag,
    agencies,
    mechanism,
    crossingPoint,
    users,
    /** Another user of one of the world's agencies, e.g. an admin of the receiving agency. */
    colleagueIn: (which: keyof typeof agencies, roles: Role[], options: UserOptions = {}) =>
      person(agencies[which], roles, options),
  };
}

export type BorderWorld = Awaited<ReturnType<typeof aBorderWorld>>;
export type { TestUser as WorldUser };
