import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../platform/context';
import { accessibleWhere } from '../../platform/authz/accessible-where';
import { csvOf } from '../../platform/documents/csv-cells';
import { inUnitOfWork } from '../../platform/orm/unit-of-work';
import { AuditEvent } from './audit-event.entity';
import { labelEvents } from './audit-labels.service';
import { trailConditions, type AuditReader } from './audit-query.service';
import type { AuditTrailFilter } from './audit.inputs';

/** The most rows one export holds: a year of a busy agency's trail; narrower periods for more. */
export const AUDIT_EXPORT_MAX_ROWS = 10_000;

const HEADER = [
  'seq',
  'occurred_at',
  'actor_kind',
  'actor_name',
  'actor_id',
  'action',
  'record_type',
  'record_reference',
  'record_id',
  'personal_data_fields',
  'request_id',
];

/**
 * The own agency's trail, filtered as on screen, as CSV (newest first, at most AUDIT_EXPORT_MAX_ROWS rows).
 * The export is itself audited ("audit.export", with the filter's shape and the row count): who took a copy of
 * the trail, and of which part, is the kind of thing a trail is for.
 */
export async function exportAuditTrail(
  context: RequestContext,
  reader: AuditReader,
  filter: AuditTrailFilter = {},
): Promise<string> {
  const { em, ability, actor } = reader;
  const allowed = accessibleWhere(ability, 'read', AuditEvent, em.getMetadata());
  const events = allowed
    ? await em.find(
        AuditEvent,
        { $and: [allowed, ...(await trailConditions(reader, filter))] },
        { orderBy: { seq: 'desc' }, limit: AUDIT_EXPORT_MAX_ROWS },
      )
    : [];
  await labelEvents(em, events, actor.agencyId);
  await recordExport(context, filter, events.length);
  return csvOf(
    HEADER,
    events.map((event) => [
      event.seq,
      event.occurredAt.toISOString(),
      event.actorKind ?? '',
      event.actorName ?? '',
      event.actorId ?? '',
      event.action,
      event.entityType,
      event.recordLabel ?? '',
      event.entityId,
      event.fields.join(' '),
      event.requestId ?? '',
    ]),
  );
}

async function recordExport(context: RequestContext, filter: AuditTrailFilter, rows: number) {
  const given = Object.entries(filter).filter(([, value]) => value !== undefined && value !== null && value !== '');
  await inUnitOfWork(context, (em) =>
    context.audit.record(em, {
      action: 'audit.export',
      entityType: 'AuditTrail',
      entityId: context.actor!.agencyId,
      ownerAgencyId: context.actor!.agencyId,
      // The filter's values are ids, dates and references, never personal data.
      details: { rows, filter: Object.fromEntries(given.map(([key, value]) => [key, String(value)])) },
    }),
  );
}

/** The people of the auditor's agency, to filter the trail by person (id and name, nothing else). */
export async function peopleOfAgency(em: EntityManager, agencyId: string): Promise<{ id: string; name: string }[]> {
  return em
    .getConnection()
    .execute<{ id: string; name: string }[]>(`select id, name from app_user where agency_id = ? order by name`, [
      agencyId,
    ]);
}
