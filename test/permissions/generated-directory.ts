import type { EntityManager } from '@mikro-orm/postgresql';
import { Agency, AgencyKind, Country, Mechanism, MechanismKind, User } from '../../server/src/modules/identity';
import type { Actor } from '../../server/src/platform/authz/actor';
import { Role } from '../../server/src/platform/authz/roles';

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
  em: EntityManager,
  options: { seed: number; countries: number; agenciesPerCountry: number },
): Promise<GeneratedDirectory> {
  const next = random(options.seed);
  const codes = Array.from({ length: options.countries }, (_, index) => `Q${String.fromCharCode(65 + index)}`);
  const countries = codes.map((code) =>
    em.create(Country, { code, names: { es: `País ${code}` }, defaultLocale: 'es', timeZone: 'UTC' }),
  );
  const kinds = Object.values(AgencyKind);
  const agencies = countries.flatMap((country) =>
    Array.from({ length: options.agenciesPerCountry }, (_, index) =>
      em.create(Agency, {
        country,
        kind: kinds[index % kinds.length],
        name: `Agencia ${country.code}-${index}`,
        acronym: `${country.code}${index}`,
        active: next() > 0.2,
      }),
    ),
  );
  const mechanisms = Array.from({ length: options.countries }, (_, index) => {
    const pair = [countries[index], countries[(index + 1) % countries.length]];
    const members = agencies.filter((agency) => pair.includes(agency.country.unwrap()) && next() > 0.3);
    const mechanism = em.create(Mechanism, {
      kind: MechanismKind.BINATIONAL,
      names: { es: `Mecanismo ${pair.map((country) => country.code).join('-')}` },
      secretariatAgency: members[0] ?? agencies[0],
      active: next() > 0.2,
    });
    mechanism.countries.set(pair);
    mechanism.memberAgencies.set(members);
    return mechanism;
  });
  const users = agencies.flatMap((agency) =>
    Object.values(Role).map((role) =>
      em.create(User, {
        agency,
        email: `${role.toLowerCase()}.${agency.acronym.toLowerCase()}@parity.example`,
        name: `${role} ${agency.acronym}`,
        timeZone: 'UTC',
        roles: [role],
        active: next() > 0.1,
      }),
    ),
  );
  await em.flush();

  const actorFor = (user: User): Actor => {
    const agency = user.agency.unwrap();
    const active = mechanisms.filter((mechanism) => mechanism.active);
    return {
      kind: 'user',
      id: user.id,
      agencyId: agency.id,
      countryCode: agency.country.unwrap().code,
      roles: user.roles,
      mechanismIds: active.filter((m) => m.memberAgencies.contains(agency)).map((m) => m.id),
      secretariatMechanismIds: active.filter((m) => m.secretariatAgency.id === agency.id).map((m) => m.id),
    };
  };
  return {
    agencies,
    mechanisms,
    users,
    actorsWithRole: (role) =>
      users
        .filter((user) => user.roles.includes(role))
        .slice(0, 6)
        .map(actorFor),
  };
}
