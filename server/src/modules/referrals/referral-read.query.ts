import type { EntityMetadata, FilterQuery } from '@mikro-orm/core';
import type { EntityManager, QBFilterQuery } from '@mikro-orm/postgresql';
import { ID_PLACEHOLDER, queryPrepared } from '../../platform/orm/prepared-statements';
import { loadedProperties, mapManaged } from '../../platform/orm/managed-reads';
import { columnsOfAlias } from '../../platform/orm/read-records';
import { Referral } from './referral.entity';

/** The to-one relations a read may join to the referral's row (its agencies, their countries, ...). */
export type ReferralJoin =
  | 'sendingAgency'
  | 'sendingAgency.country'
  | 'receivingAgency'
  | 'receivingAgency.country'
  | 'sendingCountry'
  | 'receivingCountry'
  | 'mechanism'
  | 'crossingPoint';

/**
 * One referral by id under the caller's permission condition (`readable`), with the to-one relations in
 * `joined`, as managed entities (the unit of work knows them, as if `em.findOne` had loaded them). The statement
 * is built once per condition and set of joins and kept, prepared: building it through MikroORM's query builder
 * for every request cost more of the server's time than anything else in the referral screen's request
 * (docs/benchmarks.md, issue 19); the id is its only parameter that changes between readers of one agency.
 * Inside a transaction it runs as `em.findOne` would (a statement of that transaction).
 */
export async function findReferralById(
  em: EntityManager,
  readable: FilterQuery<Referral>,
  id: string,
  joined: readonly ReferralJoin[],
): Promise<Referral | null> {
  if (em.getTransactionContext()) {
    const populate = { populate: [...joined], strategy: 'joined' } as const;
    return em.findOne(Referral, { $and: [{ id }, readable] }, joined.length ? populate : {});
  }
  const aliases = aliasesOf(em.getMetadata().get(Referral), joined);
  const build = () => {
    let query = em
      .createQueryBuilder(Referral, 'r')
      .select(loadedProperties(em.getMetadata().get(Referral)) as never)
      .where({ $and: [{ id: ID_PLACEHOLDER }, readable] } as QBFilterQuery<Referral>);
    for (const { alias, parentAlias, property, meta } of aliases)
      query = query.leftJoinAndSelect(`${parentAlias}.${property}`, alias, {}, loadedProperties(meta) as never);
    return query.getKnexQuery();
  };
  const key = JSON.stringify(['referral-by-id', readable, joined]);
  const [row] = await queryPrepared<Record<string, unknown>>(em, build, {
    key,
    placeholders: new Map([[ID_PLACEHOLDER, id]]),
  });
  if (!row) return null;
  // The related rows first, deepest first: the referral's references then find them in the identity map, loaded.
  for (const { alias, meta } of [...aliases].reverse()) {
    const columns = columnsOfAlias(row, alias);
    if (meta.primaryKeys.every((key) => columns[fieldOf(meta, key)] != null)) mapManaged(em, meta.class, columns);
  }
  const own: Record<string, unknown> = {};
  for (const column in row) if (!column.includes('__')) own[column] = row[column];
  return mapManaged(em, Referral, own);
}

interface JoinedAlias {
  path: ReferralJoin;
  alias: string;
  parentAlias: string;
  property: string;
  meta: EntityMetadata;
}

/** One alias per joined path (j0, j1, ...), each with the alias of the row it hangs from. */
function aliasesOf(root: EntityMetadata, joined: readonly ReferralJoin[]): JoinedAlias[] {
  const aliases: JoinedAlias[] = [];
  const byPath = new Map<string, JoinedAlias>();
  // Parents before children, whatever order the caller listed them in.
  for (const path of [...joined].sort((a, b) => a.split('.').length - b.split('.').length)) {
    const dot = path.lastIndexOf('.');
    const parentPath = dot < 0 ? null : path.slice(0, dot);
    const parent = parentPath ? byPath.get(parentPath) : null;
    if (parentPath && !parent) throw new Error(`join ${path} needs ${parentPath}`);
    const property = dot < 0 ? path : path.slice(dot + 1);
    const target = (parent ? parent.meta : root).properties[property]?.targetMeta;
    if (!target) throw new Error(`join ${path} is not a relation`);
    const entry: JoinedAlias = {
      path,
      alias: `j${aliases.length}`,
      parentAlias: parent ? parent.alias : 'r',
      property,
      meta: target,
    };
    aliases.push(entry);
    byPath.set(path, entry);
  }
  return aliases;
}

function fieldOf(meta: EntityMetadata, property: string): string {
  return meta.properties[property as never]?.fieldNames?.[0] ?? property;
}
