import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../platform/logging/logger';

/** How many unread notifications every demo account should find on its first sign-in. */
const FEW = 3;

/**
 * Tops up every demo account's notification centre to a few unread notifications, after the other demo data
 * (whose events already notified liaison officers and case workers through the real services). Each one names a
 * real demo record of the account's agency: its referrals (received, or a reply on one it sent; an escalation
 * for its admin), else a meeting of one of its mechanisms, else one of the network's latest meetings. Ids and reference numbers only, as events write them.
 */
export async function seedDemoNotifications(em: EntityManager, logger: Logger): Promise<void> {
  const connection = em.getConnection();
  const inserted = await connection.execute<{ n: number }[]>(
    `with needy as (
       select u.id, u.agency_id, u.roles,
              ${FEW} - (select count(*) from notification n where n.user_id = u.id and n.read_at is null) as missing
         from app_user u
        where u.active and u.email like '%@demo.enlace.example'),
     candidates as (
       select needy.id as user_id, needy.missing,
              case when r.receiving_agency_id = needy.agency_id
                     then case when 'AGENCY_ADMIN' = any(needy.roles::text[]) then 'REFERRAL_ESCALATION' else 'REFERRAL_RECEIVED' end
                   else 'REFERRAL_MESSAGE' end as kind,
              'REFERRAL' as subject_type, r.id as subject_id, r.reference, r.created_at as at, 1 as preference
         from needy join referral r on needy.agency_id in (r.sending_agency_id, r.receiving_agency_id)
        where needy.missing > 0 and r.status <> 'DRAFT'
          and needy.roles::text[] && array['LIAISON_OFFICER', 'CASE_WORKER', 'AGENCY_ADMIN']
       union all
       select needy.id, needy.missing, 'MEETING_SCHEDULED', 'MEETING', m.id, null, m.starts_at, 2
         from needy
         join mechanism_member_agency ma on ma.agency_id = needy.agency_id
         join meeting m on m.mechanism_id = ma.mechanism_id
        where needy.missing > 0
       union all
       -- Agencies with neither (no referral yet, mechanisms without meetings): the network's latest meetings.
       select needy.id, needy.missing, 'MEETING_SCHEDULED', 'MEETING', m.id, null, m.starts_at, 3
         from needy cross join (select id, starts_at from meeting order by starts_at desc limit ${FEW}) m
        where needy.missing > 0),
     chosen as (
       select *, row_number() over (partition by user_id order by preference, at desc, subject_id) as rank
         from candidates)
     insert into notification (id, user_id, kind, subject_type, subject_id, reference, created_at)
     select gen_random_uuid(), user_id, kind::notification_kind, subject_type::notification_subject, subject_id, reference,
            now() - make_interval(mins => (rank * 47)::int)
       from chosen where rank <= missing
     returning 1 as n`,
  );
  logger.info({ notifications: inserted.length }, 'demo notifications loaded');
}
