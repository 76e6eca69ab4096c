import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditEvent } from './audit-event.entity';

/**
 * What makes an audit event readable to a person: who acted, by name when they work in the auditor's own agency
 * (another agency's people stay anonymous: the owner's view names agencies only), and which record, by the
 * reference people use for it (a referral's GT-MX-2026-000042, a survivor's pseudonymous code), with where it is
 * opened in the app. Two statements per page, whatever its size.
 *
 * The trail outlives what it talks about and holds plain ids (no foreign keys); these look-ups read the other
 * modules' tables by id, and a record since deleted keeps its id.
 */
export async function labelEvents(em: EntityManager, events: AuditEvent[], viewerAgencyId: string): Promise<void> {
  if (events.length === 0) return;
  const connection = em.getConnection();
  const actorIds = [...new Set(events.map((event) => event.actorId).filter((id): id is string => !!id))];
  const userRecordIds = events.filter((event) => event.entityType === 'User').map((event) => event.entityId);
  const people = await connection.execute<{ id: string; name: string }[]>(
    `select id, name from app_user where id = any(?::uuid[]) and agency_id = ?`,
    [`{${[...new Set([...actorIds, ...userRecordIds.filter(isUuid)])].join(',')}}`, viewerAgencyId],
  );
  const nameOf = new Map(people.map((row) => [row.id, row.name]));

  const recordIds = [...new Set(events.map((event) => event.entityId).filter(isUuid))];
  const records = await connection.execute<{ id: string; label: string | null; path: string }[]>(RECORD_LABELS, [
    `{${recordIds.join(',')}}`,
  ]);
  const recordOf = new Map(records.map((row) => [row.id, row]));

  for (const event of events) {
    event.actorName = event.actorId ? (nameOf.get(event.actorId) ?? null) : null;
    const record = recordOf.get(event.entityId);
    event.recordLabel = event.entityType === 'User' ? (nameOf.get(event.entityId) ?? null) : (record?.label ?? null);
    event.recordPath = record?.path ?? null;
  }
}

const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

// A person on a referral is shown as their referral: the person's name is personal data, the reference is not.
const RECORD_LABELS = `
with wanted as (select unnest(?::uuid[]) as id)
select r.id::text as id, r.reference as label, '/referrals/' || r.id as path
  from referral r join wanted w on w.id = r.id
union all
select p.id::text, r.reference, '/referrals/' || r.id
  from referral_person p join wanted w on w.id = p.id join referral r on r.id = p.referral_id
union all
select s.id::text, s.code, '/protection/survivors/' || s.id from survivor s join wanted w on w.id = s.id`;
