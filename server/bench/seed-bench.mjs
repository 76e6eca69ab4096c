// pnpm seed:bench — fills a separate database (see bench-database.mjs) with a realistic referral load:
// 16 countries, 320 agencies, 45 mechanisms (every land border of the region's neighbours plus trinational
// and regional ones), 1,000,000 referrals with persons, transitions and messages. Busy borders get most of the
// traffic (a power law over agency pairs); most agencies see a few hundred referrals.
// Everything is INSERT ... SELECT generate_series inside PostgreSQL, with secondary indexes dropped during
// the load and rebuilt after: a few minutes, not hours. BENCH_REFERRALS changes the count.
import { adminUrlOf, benchDatabaseUrl, serverModule, withClient } from './bench-database.mjs';

const REFERRALS = Number(process.env.BENCH_REFERRALS) || 1_000_000;
const AGENCIES_PER_COUNTRY = 20;
const COUNTRIES = ['MX', 'GT', 'BZ', 'HN', 'SV', 'NI', 'CR', 'PA', 'CO', 'VE', 'EC', 'PE', 'BO', 'BR', 'PY', 'AR'];
// Land borders (and a few maritime/corridor pairs) as binational mechanisms; busiest first.
const BORDERS = [
  ['GT', 'MX'],
  ['CO', 'VE'],
  ['CR', 'NI'],
  ['CO', 'EC'],
  ['PE', 'BO'],
  ['CR', 'PA'],
  ['PA', 'CO'],
  ['GT', 'HN'],
  ['HN', 'SV'],
  ['GT', 'SV'],
  ['HN', 'NI'],
  ['BR', 'PY'],
  ['AR', 'PY'],
  ['AR', 'BR'],
  ['AR', 'BO'],
  ['BR', 'BO'],
  ['PE', 'EC'],
  ['PE', 'CO'],
  ['BR', 'VE'],
  ['BR', 'CO'],
  ['BR', 'PE'],
  ['BZ', 'MX'],
  ['BZ', 'GT'],
  ['PY', 'BO'],
  ['VE', 'PE'],
  ['MX', 'HN'],
  ['MX', 'SV'],
  ['NI', 'SV'],
  ['PA', 'EC'],
  ['CO', 'CR'],
  ['AR', 'PE'],
  ['MX', 'NI'],
  ['GT', 'NI'],
  ['EC', 'BO'],
  ['VE', 'EC'],
  ['BZ', 'HN'],
  ['CR', 'HN'],
  ['PA', 'NI'],
  ['BR', 'EC'],
  ['AR', 'CO'],
];
const TRINATIONAL = [
  ['AR', 'BR', 'PY'],
  ['PE', 'BO', 'BR'],
  ['CO', 'EC', 'PE'],
  ['GT', 'HN', 'SV'],
];
const REGIONAL = [COUNTRIES];

// Scripts print their figures: stdout is their interface.
const out = (line) => process.stdout.write(`${line}\n`);
const log = (message) => out(`[seed:bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

async function main() {
  const url = benchDatabaseUrl();
  const name = new URL(url).pathname.slice(1);
  log(`database ${name} on ${new URL(url).host}`);
  await withClient(adminUrlOf(url), async (admin) => {
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.query(`create database "${name}"`);
  });
  const { initOrm } = await serverModule('app.js');
  const { migrateDatabase } = await serverModule('platform/orm/migrate.js');
  const { createLogger } = await serverModule('platform/logging/logger.js');
  const orm = await initOrm(url);
  await migrateDatabase(orm, createLogger('warn'));
  await orm.close();
  log('migrated');
  await withClient(url, async (db) => {
    await db.query('set synchronous_commit = off');
    // The rows are built consistent; skipping foreign-key triggers during the load halves its time.
    await db.query('set session_replication_role = replica');
    await directory(db);
    log('directory: 16 countries, 320 agencies, 45 mechanisms, users');
    const dropped = await dropSecondaryIndexes(db, [
      'referral',
      'referral_person',
      'referral_transition',
      'referral_message',
    ]);
    await referrals(db);
    log(`${REFERRALS} referrals`);
    await children(db);
    log('persons, transitions, messages');
    await db.query('set session_replication_role = origin');
    for (const definition of dropped) await db.query(definition);
    log(`rebuilt ${dropped.length} indexes`);
    // The load bypassed the trigger that keeps the inbox/outbox counters: count once now.
    await db.query('select referral_box_count_rebuild()');
    // And the statistics' aggregates (ADR 0056).
    await db.query('select referral_figure_rebuild()');
    await db.query('vacuum analyze');
    const { rows } = await db.query(`select
      (select count(*) from referral) referrals, (select count(*) from referral_person) persons,
      (select count(*) from referral_transition) transitions, (select count(*) from referral_message) messages,
      (select count(*) from agency) agencies, (select count(*) from mechanism) mechanisms,
      (select count(distinct country_code) from agency) countries`);
    log(JSON.stringify(rows[0]));
  });
}

async function directory(db) {
  await db.query(
    `insert into country (code, names, default_locale, time_zone)
     select code, jsonb_build_object('es', code), case when code = 'BR' then 'pt' else 'es' end, 'America/Bogota'
       from unnest($1::text[]) code`,
    [COUNTRIES],
  );
  // Agency n of a country: n = 0 is the busiest (the main border police), higher n are quieter.
  await db.query(
    `insert into agency (id, country_code, kind, name, acronym, active, created_at)
     select gen_random_uuid(), c.code,
            (enum_range(null::agency_kind))[1 + n % 7], 'Agencia ' || c.code || ' ' || n, c.code || n, true, now()
       from unnest($1::text[]) c(code), generate_series(0, $2 - 1) n`,
    [COUNTRIES, AGENCIES_PER_COUNTRY],
  );
  await db.query(`alter table agency add column bench_rank int`);
  await db.query(`update agency set bench_rank = substring(acronym from 3)::int`);
  await db.query(
    `insert into app_user (id, agency_id, email, name, locale, time_zone, roles, active, created_at)
     select gen_random_uuid(), id, 'liaison.' || lower(acronym) || '@bench.invalid', 'Liaison ' || acronym, 'es',
            'UTC', '{LIAISON_OFFICER}', true, now() from agency`,
  );
  const mechanisms = [...BORDERS, ...TRINATIONAL, ...REGIONAL];
  await db.query(`create table bench_mechanism (rank int primary key, id uuid not null, countries text[] not null)`);
  for (const [rank, countries] of mechanisms.entries()) {
    const kind = countries.length === 2 ? 'BINATIONAL' : countries.length === 3 ? 'TRINATIONAL' : 'REGIONAL';
    await db.query(
      `with m as (
         insert into mechanism (id, kind, names, secretariat_agency_id, active, created_at)
         select gen_random_uuid(), $1, jsonb_build_object('es', $2::text),
                (select id from agency where country_code = $3 and bench_rank = 1), true, now()
         returning id)
       insert into bench_mechanism select $4, id, $5 from m`,
      [kind, countries.join('-'), countries[0], rank, countries],
    );
  }
  await db.query(`insert into mechanism_country select m.id, c from bench_mechanism m, unnest(m.countries) c`);
  await db.query(
    `insert into mechanism_member_agency select m.id, a.id from bench_mechanism m join agency a on a.country_code = any(m.countries)`,
  );
  // Every directed pair of agencies in different countries of a mechanism, ranked busiest first: busy
  // mechanisms, then the main agencies of each country.
  await db.query(`create table bench_pair as
    select row_number() over (order by m.rank * 400 + s.bench_rank * r.bench_rank, m.rank, s.id, r.id) - 1 as rank,
           m.id mechanism_id, s.id s_agency, r.id r_agency, s.country_code s_country, r.country_code r_country,
           (select id from app_user u where u.agency_id = s.id) s_user, (select id from app_user u where u.agency_id = r.id) r_user
      from bench_mechanism m
      join agency s on s.country_code = any(m.countries)
      join agency r on r.country_code = any(m.countries) and r.country_code <> s.country_code`);
  await db.query(`create unique index on bench_pair (rank)`);
}

async function dropSecondaryIndexes(db, tables) {
  const { rows } = await db.query(
    `select i.indexname, i.indexdef from pg_indexes i
      where i.tablename = any($1) and i.indexname not in (select conname from pg_constraint)`,
    [tables],
  );
  for (const row of rows) await db.query(`drop index "${row.indexname}"`);
  return rows.map((row) => row.indexdef);
}

async function referrals(db) {
  const { rows } = await db.query('select count(*)::int n from bench_pair');
  const pairs = rows[0].n;
  const BATCH = 100_000;
  for (let start = 0; start < REFERRALS; start += BATCH) {
    // power(random(), 6) puts about half the referrals on the busiest ~3% of agency pairs.
    await db.query(
      `insert into referral (id, reference, sending_agency_id, receiving_agency_id, sending_country_code,
         receiving_country_code, mechanism_id, status, category, urgency, title, narrative, incident_date,
         handling_code, source_reliability, information_accuracy, sent_at, acknowledge_by, answer_by, due_at,
         status_reason, outcome, created_by_id, created_at, updated_at, acknowledged_at, answered_at, person_count)
       select gen_random_uuid(),
              case when x.status = 'DRAFT' then null
                   else p.s_country || '-' || p.r_country || '-' || (2024 + i % 3) || '-' || lpad(i::text, 7, '0') end,
              p.s_agency, p.r_agency, p.s_country, p.r_country, p.mechanism_id, x.status,
              (enum_range(null::referral_category))[1 + i % 7], (enum_range(null::referral_urgency))[1 + (i / 7) % 3],
              'Caso ' || i || ' en el paso fronterizo', 'Relato del caso ' || i || ': traslado de migrantes en vehículo, documentos alterados.',
              date '2024-01-01' + (i % 1000), (enum_range(null::handling_code))[1 + i % 3], 'B', 1 + i % 4,
              case when x.status <> 'DRAFT' then x.created + interval '5 minutes' end,
              case when x.status <> 'DRAFT' then x.created + interval '1 day' end,
              case when x.status <> 'DRAFT' then x.created + interval '3 days' end,
              case when x.status = 'SENT' then x.created + interval '1 day'
                   when x.status = 'ACKNOWLEDGED' then x.created + interval '3 days' end,
              case when x.status in ('DECLINED', 'WITHDRAWN') then 'Fuera de competencia' end,
              case when x.status = 'CLOSED' then 'INFORMATION_PROVIDED'::referral_outcome end,
              p.s_user, x.created, x.created,
              -- Acknowledged within 1 to 31 hours, answered up to 3 days later: spread times for the percentiles.
              case when x.status not in ('DRAFT', 'SENT', 'WITHDRAWN')
                   then x.created + interval '5 minutes' + (1 + x.ack_hours) * interval '1 hour' end,
              case when x.status not in ('DRAFT', 'SENT', 'WITHDRAWN', 'ACKNOWLEDGED')
                   then x.created + interval '5 minutes' + (1 + x.ack_hours + x.answer_hours) * interval '1 hour' end,
              x.persons
         -- Volatile expressions in the select list of a subquery are evaluated per row (an uncorrelated
         -- LATERAL subquery would be evaluated once and give every row the same pair and status).
         from (select i, floor($3 * power(random(), 6))::int as pair_rank,
                      now() - random() * interval '900 days' as created,
                      (array['DRAFT','SENT','ACKNOWLEDGED','ACCEPTED','ACCEPTED','DECLINED','IN_PROGRESS',
                             'IN_PROGRESS','IN_PROGRESS','IN_PROGRESS','CLOSED','CLOSED','CLOSED','CLOSED',
                             'CLOSED','CLOSED','WITHDRAWN','SENT','ACKNOWLEDGED','CLOSED']::referral_status[])
                        [1 + floor(random() * 20)::int] as status,
                      random() * 30 as ack_hours, random() * 72 as answer_hours,
                      2 + floor(random() * 2)::int as persons
                 from generate_series($1::int, $2::int) i) x
         join bench_pair p on p.rank = x.pair_rank`,
      [start + 1, Math.min(start + BATCH, REFERRALS), pairs],
    );
    log(`  referrals ${Math.min(start + BATCH, REFERRALS)}`);
  }
}

async function children(db) {
  await db.query(
    `insert into referral_person (id, referral_id, sending_agency_id, receiving_agency_id, role, given_names, family_names,
       aliases, sex, estimated_age, nationality, identity_documents, phones, vehicles)
     select gen_random_uuid(), r.id, r.sending_agency_id, r.receiving_agency_id,
            (enum_range(null::referral_person_role))[1 + n], 'Nombre' || n, 'Apellido', '[]', 'UNKNOWN', 20 + n * 7,
            r.sending_country_code, '[]', '[]', '[]'
       from referral r, generate_series(0, r.person_count - 1) n`,
  );
  await db.query(
    `insert into referral_transition (id, referral_id, action, from_status, to_status, by_user_id, by_agency_id, at)
     select gen_random_uuid(), r.id, 'send', 'DRAFT', 'SENT', r.created_by_id, r.sending_agency_id, r.sent_at
       from referral r where r.status <> 'DRAFT'`,
  );
  await db.query(
    `insert into referral_transition (id, referral_id, action, from_status, to_status, by_user_id, by_agency_id, at)
     select gen_random_uuid(), r.id, 'acknowledge', 'SENT', 'ACKNOWLEDGED', u.id, r.receiving_agency_id, r.acknowledged_at
       from referral r join app_user u on u.agency_id = r.receiving_agency_id
      where r.acknowledged_at is not null`,
  );
  // The answer (the history the stored answered_at copies): a decline for DECLINED, an acceptance otherwise.
  await db.query(
    `insert into referral_transition (id, referral_id, action, from_status, to_status, by_user_id, by_agency_id, at)
     select gen_random_uuid(), r.id, a.action, 'ACKNOWLEDGED', a.to_status::referral_status, u.id, r.receiving_agency_id,
            r.answered_at
       from referral r join app_user u on u.agency_id = r.receiving_agency_id,
            lateral (select case when r.status = 'DECLINED' then 'decline' else 'accept' end as action,
                            case when r.status = 'DECLINED' then 'DECLINED' else 'ACCEPTED' end as to_status) a
      where r.answered_at is not null`,
  );
  await db.query(
    `insert into referral_message (id, referral_id, author_id, author_agency_id, body, created_at)
     select gen_random_uuid(), r.id, r.created_by_id, r.sending_agency_id, 'Seguimiento del caso', r.created_at + interval '2 hours'
       from referral r where r.status <> 'DRAFT' and abs(hashtext(r.id::text)) % 2 = 0`,
  );
}

main().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
