import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AGE_BANDS, ServiceReferral, Survivor } from '../protection';
import { Referral } from '../referrals';
import { idsOf, inPeriod } from './protection-figures.query';

/** The cases an HTCDS release may draw on: survivors and trafficking-related referrals, both under the rules. */
export interface HtcdsScope {
  /** Survivors in scope: those these rules select, or (null) those of the referrals to services below. */
  survivors: FilterQuery<Survivor> | null;
  serviceReferrals: FilterQuery<ServiceReferral>;
  referrals: FilterQuery<Referral>;
  from: Date | null;
  to: Date | null;
}

/** One combination of the quasi-identifiers as the database holds them, and how many cases share it. */
export interface HtcdsClassRow {
  source: 'PROTECTION_CASE' | 'BORDER_REFERRAL';
  year: number | null;
  sex: string | null;
  age_band: string | null;
  nationality: string | null;
  /** The kinds of exploitation, sorted and joined by ';' (survivors only; null when none was recorded). */
  exploitation: string | null;
  n: number;
}

/** The CTDC age band of an age in years, in SQL (the same bands as survivor-statistics.ts). */
const ageBandSql = (age: string) =>
  `case when ${age} is null or ${age} < 0 then null ${[...AGE_BANDS]
    .reverse()
    .map((band) => `when ${age} >= ${Number.parseInt(band, 10)} then '${band}'`)
    .join(' ')} end`;

/**
 * The quasi-identifier combinations of the cases in scope, counted by PostgreSQL: no case-level row, no name, no
 * date finer than a year reaches Node. Two sources (ADR 0053):
 * - PROTECTION_CASE: survivors registered in the period, from their de-identified columns (ADR 0038);
 * - BORDER_REFERRAL: possible victims named in sent referrals of category SUSPECTED_TRAFFICKING, sex and
 *   nationality as recorded and the age band at sending (from the date of birth, else the estimated age).
 */
export async function htcdsClassRows(em: EntityManager, scope: HtcdsScope): Promise<HtcdsClassRow[]> {
  const survivors = scope.survivors
    ? idsOf(em, Survivor, scope.survivors)
    : idsOf(em, ServiceReferral, scope.serviceReferrals, 'survivor');
  const referrals = idsOf(em, Referral, scope.referrals);
  const period = [scope.from, scope.from, scope.to, scope.to];
  const age = `coalesce(date_part('year', age(r.sent_at::date, p.date_of_birth))::int, p.estimated_age::int)`;
  const sql = `with cases as (
    select 'PROTECTION_CASE' as source, extract(year from s.registered_at at time zone 'UTC')::int as year,
           s.stat_sex as sex, s.stat_age_band as age_band, s.stat_nationality as nationality,
           nullif(array_to_string(s.stat_exploitations, ';'), '') as exploitation
      from survivor s join (${survivors.sql}) i(id) on i.id = s.id
     where ${inPeriod('s.registered_at')}
    union all
    select 'BORDER_REFERRAL', extract(year from r.sent_at at time zone 'UTC')::int, p.sex::text,
           ${ageBandSql(age)}, p.nationality, null
      from referral_person p join referral r on r.id = p.referral_id
      join (${referrals.sql}) j(id) on j.id = r.id
     where r.category = 'SUSPECTED_TRAFFICKING' and p.role = 'POSSIBLE_VICTIM' and r.sent_at is not null
       and ${inPeriod('r.sent_at')}
  )
  select source, year, sex, age_band, nationality, exploitation, count(*)::int as n
    from cases group by source, year, sex, age_band, nationality, exploitation`;
  return em
    .getConnection()
    .execute<HtcdsClassRow[]>(sql, [...survivors.bindings, ...period, ...referrals.bindings, ...period]);
}
