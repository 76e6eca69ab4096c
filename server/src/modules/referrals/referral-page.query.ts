import type { FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager, QBFilterQuery } from '@mikro-orm/postgresql';
import { loadedProperties } from '../../platform/orm/managed-reads';
import { queryPrepared } from '../../platform/orm/prepared-statements';
import { columnsOfAlias, readRecord } from '../../platform/orm/read-records';
import { Agency, Country } from '../identity';
import { Referral } from './referral.entity';
import type { ReferralStatus } from './referral.enums';

export interface ReferralPageQuery {
  where: FilterQuery<Referral>;
  orderBy: QueryOrderMap<Referral>[];
  limit: number;
  /** The fields the client selected on each referral (GraphQL names); null for all of them. */
  fields: ReadonlySet<string> | null;
  /** Properties the caller's permission conditions look at: loaded whatever was selected (the field guard). */
  conditionFields: ReadonlySet<string>;
}

// The keyset cursor's keys and what `overdue` is computed from: loaded whatever was selected.
const ALWAYS_LOADED = ['id', 'createdAt', 'urgency', 'dueAt', 'status', 'assignedTo'];

/**
 * One page of an inbox or outbox in one statement: the referrals under the caller's condition, with the
 * columns the client selected and the agencies (and their countries) it asked for joined, as read records
 * (platform/orm/read-records.ts) rather than entities hydrated through the unit of work, which cost most of the
 * inbox's time (ADR 9). The records are for the response only; anything that changes a referral loads it
 * through the ORM. The statement is prepared, and built once per distinct query (queryPrepared's key).
 */
export async function findReferralPage(em: EntityManager, query: ReferralPageQuery): Promise<Referral[]> {
  const { properties, joins } = pageShape(em, query);
  const build = () => pageBuilder(em, query, properties, joins).getKnexQuery();
  // Everything the statement is made of, values included; a raw fragment (the search) is unique, so never kept.
  const key = JSON.stringify([query.where, query.orderBy, query.limit, properties, joins]);
  const rows = await queryPrepared<Record<string, unknown>>(em, build, key.includes('"[raw]: ') ? {} : { key });
  return toReadRecords(em, rows);
}

export interface SearchedPageQuery extends ReferralPageQuery {
  /**
   * The rows to page and count: the box's own side, the caller's permission condition and every filter but
   * the statuses and the cursor (`where`, applied to the page only, as the badges ignore them).
   */
  matching: FilterQuery<Referral>;
}

/**
 * A searched page and its per-status counts in one statement that evaluates the search once. The rows of the
 * box the caller may read that match are kept (a materialized CTE with the columns the page shows); the page
 * is the first rows of that set in the keyset order, the counts are its rows per status. Run as two statements
 * (the page, then the counts) each one tested every row's text vector again, and the planner, misjudging how
 * many rows a search matches, chose a poor plan for each (docs/benchmarks.md, issue 19).
 *
 * Unnamed (not prepared): a generic plan cannot see the agency or the words, and a search's rows are what cost,
 * not planning it.
 */
export async function findSearchedReferralPage(
  em: EntityManager,
  query: SearchedPageQuery,
): Promise<{ rows: Referral[]; counts: Map<ReferralStatus, number> }> {
  const { properties, joins } = pageShape(em, query);
  const knex = em.getConnection().getKnex();
  const matching = em
    .createQueryBuilder(Referral, 'r')
    .select(properties as never)
    .where(query.matching as QBFilterQuery<Referral>)
    .getKnexQuery();
  // The same page as findReferralPage's, its columns and conditions read from the matching rows as "r".
  const page = pageBuilder(em, query, properties, joins).getKnexQuery().from({ r: 'matching' });
  const statement = knex
    .withMaterialized('matching', matching)
    .select('counted.status_counts', 'page.*')
    .from(
      knex.raw(
        `(select coalesce(json_object_agg(status, count), '{}') as status_counts
            from (select status, count(*)::int as count from matching group by status) as by_status) as counted`,
      ),
    )
    // One row even when the page is empty (the counts, the page's columns null). Joined `on true` to the one row of
    // counts, the page comes out of a nested loop in its own subquery's order.
    .leftJoin(page.as('page'), knex.raw('true'));
  const rows: Record<string, unknown>[] = await em.execute(statement);
  const counts = new Map(
    Object.entries((rows[0]?.status_counts ?? {}) as Record<string, number>).map(
      ([status, count]) => [status as ReferralStatus, Number(count)] as const,
    ),
  );
  const pageRows = rows.filter((row) => row.id != null);
  for (const row of pageRows) delete row.status_counts;
  return { rows: toReadRecords(em, pageRows), counts };
}

/** The referral columns a page reads and the agencies it joins, from what the client selected. */
function pageShape(em: EntityManager, query: ReferralPageQuery): { properties: string[]; joins: PageJoin[] } {
  const { fields, conditionFields } = query;
  const loaded = (name: string) =>
    !fields || fields.has(name) || conditionFields.has(name) || ALWAYS_LOADED.includes(name);
  // An agency the client did not ask for is not joined: its id is enough for the rules, and it loads if asked.
  const joins = (['sending', 'receiving'] as const).filter(
    (side) => !fields || fields.has(`${side}Agency`) || fields.has(`${side}Country`),
  );
  return { properties: loadedProperties(em.getMetadata().get(Referral)).filter(loaded), joins };
}

type PageJoin = 'sending' | 'receiving';

function pageBuilder(em: EntityManager, query: ReferralPageQuery, properties: string[], joins: PageJoin[]) {
  let page = em
    .createQueryBuilder(Referral, 'r')
    .select(properties as never)
    .where(query.where as QBFilterQuery<Referral>);
  for (const side of joins) {
    const [agency, country] = side === 'sending' ? ['sa', 'sc'] : ['ra', 'rc'];
    page = page.joinAndSelect(`r.${side}Agency`, agency).joinAndSelect(`${agency}.country`, country);
  }
  return page.orderBy(query.orderBy).limit(query.limit);
}

function toReadRecords(em: EntityManager, rows: Record<string, unknown>[]): Referral[] {
  const metadata = em.getMetadata();
  const comparator = em.getComparator();
  // A page names few agencies and countries many times: one record each, shared by the rows.
  const countries = new Map<string, Country>();
  const agencies = new Map<string, Agency>();
  const country = (row: Record<string, unknown>, alias: string): Country => {
    const code = row[`${alias}__code`] as string;
    let record = countries.get(code);
    if (!record) {
      const values = comparator.mapResult(Country.name, columnsOfAlias(row, alias));
      countries.set(code, (record = readRecord(em, metadata.get(Country), values)));
    }
    return record;
  };
  const agency = (row: Record<string, unknown>, alias: string, countryAlias: string): Agency => {
    const id = row[`${alias}__id`] as string;
    let record = agencies.get(id);
    if (!record) {
      const values = comparator.mapResult(Agency.name, columnsOfAlias(row, alias));
      const joined = { country: country(row, countryAlias) };
      agencies.set(id, (record = readRecord(em, metadata.get(Agency), values, { joined })));
    }
    return record;
  };
  return rows.map((row) => {
    const values = comparator.mapResult(Referral.name, row) as Record<string, unknown>;
    const joined: Record<string, object> = {};
    if (row.sa__id) joined.sendingAgency = agency(row, 'sa', 'sc');
    if (row.ra__id) joined.receivingAgency = agency(row, 'ra', 'rc');
    // The referral keeps its countries as sent; they are its agencies' countries unless an agency moved since.
    if (row.sc__code && values.sendingCountry === row.sc__code) joined.sendingCountry = country(row, 'sc');
    if (row.rc__code && values.receivingCountry === row.rc__code) joined.receivingCountry = country(row, 'rc');
    return readRecord(em, metadata.get(Referral), values, { joined });
  });
}
