import type { FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager, QBFilterQuery } from '@mikro-orm/postgresql';
import { queryPrepared } from '../../platform/orm/prepared-statements';
import { columnsOfAlias, readRecord } from '../../platform/orm/read-records';
import { Agency, Country } from '../identity';
import { Referral } from './referral.entity';

/**
 * One page of an inbox or outbox in one statement: the referrals under the caller's condition with both
 * agencies and their countries joined, as read records (platform/orm/read-records.ts) rather than entities
 * hydrated through the unit of work, which cost most of the inbox's time (ADR 9). The records are for the
 * response only; anything that changes a referral loads it through the ORM.
 */
export async function findReferralPage(
  em: EntityManager,
  where: FilterQuery<Referral>,
  orderBy: QueryOrderMap<Referral>[],
  limit: number,
): Promise<Referral[]> {
  const page = em
    .createQueryBuilder(Referral, 'r')
    .select(listedProperties(em) as never)
    .joinAndSelect('r.sendingAgency', 'sa')
    .joinAndSelect('sa.country', 'sc')
    .joinAndSelect('r.receivingAgency', 'ra')
    .joinAndSelect('ra.country', 'rc')
    .where(where as QBFilterQuery<Referral>)
    .orderBy(orderBy)
    .limit(limit)
    .getKnexQuery();
  const rows = await queryPrepared<Record<string, unknown>>(em, page);
  return toReadRecords(em, rows);
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
    const sendingAgency = agency(row, 'sa', 'sc');
    const receivingAgency = agency(row, 'ra', 'rc');
    const joined: Record<string, object> = { sendingAgency, receivingAgency };
    // The referral keeps its countries as sent; they are its agencies' countries unless an agency moved since.
    if (values.sendingCountry === row.sc__code) joined.sendingCountry = country(row, 'sc');
    if (values.receivingCountry === row.rc__code) joined.receivingCountry = country(row, 'rc');
    return readRecord(em, metadata.get(Referral), values, { joined });
  });
}

/** Every column of a referral but the lazy ones (the search vector): what a listed referral may show. */
function listedProperties(em: EntityManager): string[] {
  return em
    .getMetadata()
    .get(Referral)
    .props.filter((property) => property.fieldNames?.length && !property.lazy && property.persist !== false)
    .filter((property) => property.kind === 'scalar' || property.kind === 'm:1')
    .map((property) => property.name);
}
