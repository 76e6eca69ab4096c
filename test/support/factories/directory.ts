import { randomBytes } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import {
  Agency,
  AgencyKind,
  Country,
  CrossingPoint,
  Mechanism,
  MechanismKind,
} from '../../../server/src/modules/identity';
import { at } from '../indexing';

/** A short random tag: names and e-mails made with it are unique per call, so test data never collides. */
export const unique = () => randomBytes(4).toString('hex');

/** Countries the tests use, with their names and time zones; any other code gets a placeholder name and UTC. */
const KNOWN_COUNTRIES: Record<string, { name: string; timeZone: string; en?: string }> = {
  BZ: { name: 'Belice', timeZone: 'America/Belize' },
  CO: { name: 'Colombia', timeZone: 'America/Bogota' },
  CR: { name: 'Costa Rica', timeZone: 'America/Costa_Rica' },
  EC: { name: 'Ecuador', timeZone: 'America/Guayaquil' },
  GT: { name: 'Guatemala', timeZone: 'America/Guatemala', en: 'Guatemala' },
  MX: { name: 'México', timeZone: 'America/Mexico_City', en: 'Mexico' },
  PA: { name: 'Panamá', timeZone: 'America/Panama' },
};

/** A country, by its ISO code (kept if it already exists: countries are shared reference data). */
export async function aCountry(orm: MikroORM, code: string): Promise<string> {
  const { name, timeZone, en } = KNOWN_COUNTRIES[code] ?? { name: `País ${code}`, timeZone: 'UTC' };
  await orm.em
    .fork()
    .execute(
      `insert into country (code, names, default_locale, time_zone) values (?, ?, 'es', ?) on conflict (code) do nothing`,
      [code, JSON.stringify(en ? { es: name, en } : { es: name }), timeZone],
    );
  return code;
}

export interface AgencyOptions {
  /** Country code; created when missing. Ecuador unless told. */
  countryCode?: string;
  kind?: AgencyKind;
  name?: string;
  acronym?: string;
  active?: boolean;
}

/** An agency in a country (created as needed); its name is unique unless given. */
export async function anAgency(orm: MikroORM, options: AgencyOptions = {}): Promise<Agency> {
  const country = await aCountry(orm, options.countryCode ?? 'EC');
  const em = orm.em.fork();
  const acronym = options.acronym ?? `AG${unique().slice(0, 4)}`;
  const agency = em.create(Agency, {
    country,
    kind: options.kind ?? AgencyKind.MIGRATION_AUTHORITY,
    name: options.name ?? `Agencia ${acronym} ${unique()}`,
    acronym,
    active: options.active ?? true,
    createdAt: new Date(),
  });
  await em.flush();
  return agency;
}

export interface MechanismOptions {
  kind?: MechanismKind;
  name?: string;
  /** Country codes the mechanism spans (created as needed); those of its members unless given. */
  countries?: string[];
  members: Agency[];
  /** The agency running its secretariat: the first member unless given. */
  secretariat?: Agency;
  active?: boolean;
  crossingPoints?: string[];
}

/** A coordination mechanism with its member agencies (and crossing points, if named). */
export async function aMechanism(orm: MikroORM, options: MechanismOptions): Promise<Mechanism> {
  const codes = options.countries ?? [...new Set(options.members.map((member) => member.country.unwrap().code))];
  for (const code of codes) await aCountry(orm, code);
  const em = orm.em.fork();
  const mechanism = em.create(Mechanism, {
    kind: options.kind ?? MechanismKind.BINATIONAL,
    names: { es: options.name ?? `${codes.join('–')} ${unique()}` },
    secretariatAgency: em.getReference(Agency, (options.secretariat ?? at(options.members, 0, 'member agency')).id),
    active: options.active ?? true,
  });
  mechanism.countries.set(codes.map((code) => em.getReference(Country, code)));
  mechanism.memberAgencies.set(options.members.map((member) => em.getReference(Agency, member.id)));
  for (const name of options.crossingPoints ?? []) em.create(CrossingPoint, { mechanism, name });
  await em.flush();
  return mechanism;
}

/** The crossing points of a mechanism, by name. */
export async function crossingPointsOf(orm: MikroORM, mechanism: Mechanism): Promise<CrossingPoint[]> {
  return orm.em.fork().find(CrossingPoint, { mechanism: mechanism.id }, { orderBy: { name: 'asc' } });
}
