import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditTrail } from '../../platform/audit/audit-trail';
import type { FileStore } from '../../platform/files/file-store';

/** A referral's term: its sending agency's own (agency_retention_term), else the platform's (`?`). */
export const REFERRAL_TERM_DAYS = `coalesce((select art.days from agency_retention_term art
  where art.agency_id = r.sending_agency_id and art.kind = 'closedReferrals'), ?)`;

/**
 * Closed referrals past their term (status CLOSED, DECLINED or WITHDRAWN since its last transition), `?` the
 * platform's term in days, then how many days ahead to look (0: due now): what is personal or free text goes;
 * what statistics count stays (dates, category, urgency, countries, agencies, mechanism, crossing point,
 * outcome, the persons' role, sex, nationality and age). The sending agency's term applies (it owns the case).
 */
export const CLOSED_REFERRALS_PAST_TERM = `
from referral r
where r.status in ('CLOSED', 'DECLINED', 'WITHDRAWN')
  and coalesce((select max(t.at) from referral_transition t where t.referral_id = r.id), r.updated_at)
      < now() - make_interval(days => ${REFERRAL_TERM_DAYS}) + make_interval(days => ?)
  and not exists (select 1 from anonymised_record a where a.kind = 'referral' and a.record_id = r.id)`;

/** The personal fields a referral's anonymisation erases (names only), as the audit event lists them. */
export const REFERRAL_FIELDS_ERASED = [
  'title',
  'narrative',
  'placeDescription',
  'latitude',
  'longitude',
  'statusReason',
  'persons.givenNames',
  'persons.familyNames',
  'persons.aliases',
  'persons.dateOfBirth',
  'persons.identityDocuments',
  'persons.phones',
  'persons.vehicles',
  'messages.body',
  'attachments',
  'transitions.comment',
  'transitions.reason',
  'forwards.comment',
  'forwards.refusalReason',
];

const ERASE_SQL = [
  // The age survives as a number when only the date of birth was known: at the incident, or at creation.
  `update referral_person p set estimated_age = coalesce(p.estimated_age,
     least(150, date_part('year', age(coalesce(r.incident_date, r.created_at::date), p.date_of_birth)))::smallint)
   from referral r where r.id = p.referral_id and p.referral_id = ? and p.date_of_birth is not null`,
  `update referral_person set given_names = null, family_names = null, aliases = '[]', date_of_birth = null,
     identity_documents = '[]', phones = '[]', vehicles = '[]' where referral_id = ?`,
  `update referral_message set body = '' where referral_id = ?`,
  `delete from referral_attachment where referral_id = ?`,
  `update referral_transition set comment = null, reason = null where referral_id = ?`,
  `update referral_forward set comment = null, refusal_reason = null where referral_id = ?`,
  `update referral set title = '', narrative = '', place_description = null, latitude = null, longitude = null,
     status_reason = null where id = ?`,
  `insert into anonymised_record (kind, record_id) values ('referral', ?)`,
];

/**
 * Anonymises up to `limit` closed referrals past their term, one transaction each, and returns how many.
 * Attachment bytes are erased first, outside the transaction (a store may be a network away): if the
 * transaction then fails, the referral is simply taken again by the next sweep.
 */
export async function anonymiseClosedReferrals(
  em: EntityManager,
  days: number,
  files: FileStore,
  audit: AuditTrail,
  limit: number,
): Promise<number> {
  const due: { id: string; sending_agency_id: string; term_days: number }[] = await em.execute(
    `select r.id, r.sending_agency_id, ${REFERRAL_TERM_DAYS} as term_days ${CLOSED_REFERRALS_PAST_TERM}
     order by r.id limit ?`,
    [days, days, 0, limit],
  );
  for (const referral of due) {
    const stored: { storage_key: string }[] = await em.execute(
      'select storage_key from referral_attachment where referral_id = ?',
      [referral.id],
    );
    for (const { storage_key } of stored) await files.remove(storage_key);
    await em.transactional(async (tx) => {
      const [counts]: { persons: number; messages: number; attachments: number }[] = await tx.execute(
        `select (select count(*)::int from referral_person where referral_id = ?) as persons,
                (select count(*)::int from referral_message where referral_id = ?) as messages,
                (select count(*)::int from referral_attachment where referral_id = ?) as attachments`,
        [referral.id, referral.id, referral.id],
      );
      for (const sql of ERASE_SQL) await tx.execute(sql, [referral.id]);
      await audit.record(tx, {
        action: 'retention.anonymise',
        entityType: 'Referral',
        entityId: referral.id,
        ownerAgencyId: referral.sending_agency_id,
        fields: REFERRAL_FIELDS_ERASED,
        details: { kind: 'closedReferrals', termDays: referral.term_days, ...counts },
      });
    });
  }
  return due.length;
}
