import type { MikroORM } from '@mikro-orm/postgresql';
import { type Agency, AgencyKind, type Mechanism, MechanismKind, type User } from '../../server/src/modules/identity';
import { anAgency, aMechanism, aUser, type TestUser } from '../support/factories';
import type { Actor } from '../../server/src/platform/authz/actor';
import { Role } from '../../server/src/platform/authz/roles';
import { at } from '../support/indexing';

/** A small deterministic pseudo-random generator, so a failing parity case can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export interface GeneratedDirectory {
  agencies: Agency[];
  mechanisms: Mechanism[];
  users: User[];
  actorsWithRole(role: Role): Actor[];
}

/**
 * Countries, agencies (some inactive), mechanisms with random members (some inactive) and one user per role
 * per agency: enough variety that every rule meets rows it allows and rows it refuses.
 */
export async function generateDirectory(
  orm: MikroORM,
  options: { seed: number; countries: number; agenciesPerCountry: number },
): Promise<GeneratedDirectory> {
  const next = random(options.seed);
  const codes = Array.from({ length: options.countries }, (_, index) => `Q${String.fromCharCode(65 + index)}`);
  const kinds = Object.values(AgencyKind);
  const agencies: Agency[] = [];
  for (const code of codes) {
    for (let index = 0; index < options.agenciesPerCountry; index += 1) {
      agencies.push(
        await anAgency(orm, {
          countryCode: code,
          kind: kinds[index % kinds.length],
          name: `Agencia ${code}-${index}`,
          acronym: `${code}${index}`,
          active: next() > 0.2,
        }),
      );
    }
  }
  const mechanisms: Mechanism[] = [];
  for (let index = 0; index < options.countries; index += 1) {
    const pair = [at(codes, index), at(codes, (index + 1) % codes.length)];
    const members = agencies.filter((agency) => pair.includes(agency.country.unwrap().code) && next() > 0.3);
    mechanisms.push(
      await aMechanism(orm, {
        kind: MechanismKind.BINATIONAL,
        name: `Mecanismo ${pair.join('-')}`,
        countries: pair,
        members,
        secretariat: members[0] ?? agencies[0],
        active: next() > 0.2,
      }),
    );
  }
  const users: TestUser[] = [];
  for (const agency of agencies) {
    for (const role of Object.values(Role)) {
      users.push(
        await aUser(orm, agency, {
          email: `${role.toLowerCase()}.${agency.acronym.toLowerCase()}@parity.example`,
          name: `${role} ${agency.acronym}`,
          roles: [role],
          active: next() > 0.1,
        }),
      );
    }
  }
  return {
    agencies,
    mechanisms,
    users: users.map((user) => user.user),
    // The actors as the authenticator loads them (active mechanisms the agency is a member of or runs).
    actorsWithRole: (role) =>
      users
        .filter((user) => user.actor.roles.includes(role))
        .slice(0, 6)
        .map((user) => user.actor),
  };
}
