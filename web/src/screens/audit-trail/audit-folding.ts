import type { AuditEventRowFragment } from '../../gql/graphql';

/** Reads of the same record by the same person closer together than this are one sitting ("session"). */
export const SITTING_GAP_MS = 30 * 60 * 1000;

export interface AuditLine {
  /** The newest event of the line (the list is newest first). */
  event: AuditEventRowFragment;
  /** How many events the line stands for: 1, or the repeated reads folded into it. */
  count: number;
  /** The oldest event folded in (the same as `event` when count is 1). */
  oldest: AuditEventRowFragment;
  /** Every field read across the folded events. */
  fields: string[];
}

const sameRead = (a: AuditEventRowFragment, b: AuditEventRowFragment) =>
  a.action === 'personal-data.read' &&
  b.action === a.action &&
  a.actorId !== null &&
  a.actorId !== undefined &&
  b.actorId === a.actorId &&
  b.actorAgencyId === a.actorAgencyId &&
  b.entityType === a.entityType &&
  b.entityId === a.entityId;

/**
 * One line per thing a person did: repeated reads of the same record by the same person, each less than
 * SITTING_GAP_MS after the previous one, fold into one line with a count (one page view reads a person's fields
 * through several queries, and a reload reads them again). Nothing else folds; the events stay in the trail.
 */
export function foldRepeatedReads(events: readonly AuditEventRowFragment[]): AuditLine[] {
  const lines: AuditLine[] = [];
  for (const event of events) {
    const last = lines.at(-1);
    const gap = last ? Date.parse(last.oldest.occurredAt) - Date.parse(event.occurredAt) : Infinity;
    if (last && sameRead(last.event, event) && gap <= SITTING_GAP_MS) {
      last.count += 1;
      last.oldest = event;
      last.fields = [...new Set([...last.fields, ...event.fields])].sort();
    } else {
      lines.push({ event, count: 1, oldest: event, fields: [...event.fields] });
    }
  }
  return lines;
}
