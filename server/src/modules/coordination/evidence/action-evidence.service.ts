import type { EntityManager } from '@mikro-orm/postgresql';
import { accessibleWhere } from '../../../platform/authz/accessible-where';
import { assertCan } from '../../../platform/authz/forbidden';
import type { RequestContext } from '../../../platform/context';
import { conflict, notFound } from '../../../platform/graphql/errors';
import { onceForKey } from '../../../platform/idempotency/once-for-key';
import { inUnitOfWork } from '../../../platform/orm/unit-of-work';
import { Agency, User } from '../../identity';
import { ActionItem } from '../action-item.entity';
import { ActionUpdate } from '../action-update.entity';
import { isUuid } from '../meeting.access';
import { actingUserOf } from '../meeting.service';
import { ActionEvidence } from './action-evidence.entity';
import { announceAction } from '../follow-up.service';

/** At most this many files on one progress update. */
export const EVIDENCE_PER_UPDATE = 10;

export interface EvidenceUpload {
  updateId: string;
  evidenceId: string;
  fileName: string;
  mediaType: string;
  content: Buffer;
  sha256: string;
  storageKey: string;
  idempotencyKey?: string | null;
}

/** A progress update whose action item the caller may read, with that action item; null otherwise. */
export async function findReadableUpdate(
  em: EntityManager,
  context: RequestContext,
  updateId: string,
): Promise<{ update: ActionUpdate; action: ActionItem } | null> {
  const where = accessibleWhere(context.ability, 'read', ActionItem, em.getMetadata());
  if (!where || !isUuid(updateId)) return null;
  const update = await em.findOne(ActionUpdate, { id: updateId });
  if (!update) return null;
  const action = await em.findOne(ActionItem, { $and: [{ id: update.actionItem.id }, where] });
  return action ? { update, action } : null;
}

/**
 * Records an uploaded file as evidence on a progress update: only the agency owing the action (its `report`
 * rule) and only on an update its own agency posted. The bytes are stored first (outside the transaction); a
 * retry with the same Idempotency-Key answers the first upload and stores nothing.
 */
export async function recordEvidence(
  context: RequestContext,
  upload: EvidenceUpload,
  store: (storageKey: string, content: Buffer) => Promise<void>,
): Promise<ActionEvidence> {
  const actor = actingUserOf(context);
  return onceForKey<ActionEvidence>(context, {
    callerId: actor.id,
    key: upload.idempotencyKey,
    operation: `action-evidence:${upload.updateId}:${upload.sha256}`,
    replay: (evidenceId) => context.em.findOneOrFail(ActionEvidence, { id: evidenceId, update: upload.updateId }),
    beforeWork: () => store(upload.storageKey, upload.content),
    work: async (em) => {
      const found = await findReadableUpdate(em, context, upload.updateId);
      if (!found) throw notFound('ActionUpdate');
      const { update, action } = found;
      assertCan(context.ability, 'report', action, 'ActionItem');
      if (update.authorAgency.id !== actor.agencyId) throw notFound('ActionUpdate');
      if ((await em.count(ActionEvidence, { update: update.id })) >= EVIDENCE_PER_UPDATE)
        throw conflict('error.coordination.tooManyEvidence', 'This update already has its files');
      const evidence = em.create(ActionEvidence, {
        id: upload.evidenceId,
        actionItem: action,
        update,
        fileName: upload.fileName,
        mediaType: upload.mediaType,
        sizeBytes: upload.content.length,
        sha256: upload.sha256,
        storageKey: upload.storageKey,
        uploadedBy: em.getReference(User, actor.id, { wrapped: true }),
        uploadedByAgency: em.getReference(Agency, actor.agencyId, { wrapped: true }),
      });
      await em.flush();
      await context.audit.record(em, {
        action: 'action.evidence.upload',
        entityType: 'ActionItem',
        entityId: action.id,
        ownerAgencyId: action.ownerAgency.id,
        details: { evidenceId: evidence.id, mediaType: evidence.mediaType, sizeBytes: evidence.sizeBytes },
      });
      await announceAction(em, action);
      return evidence;
    },
  });
}

/** Evidence for download if its action item is readable; the download is audited. */
export async function evidenceForDownload(context: RequestContext, evidenceId: string) {
  if (!context.actor || !isUuid(evidenceId)) return null;
  return inUnitOfWork(context, async (em) => {
    const evidence = await em.findOne(ActionEvidence, { id: evidenceId });
    if (!evidence) return null;
    const where = accessibleWhere(context.ability, 'read', ActionItem, em.getMetadata());
    const action = where ? await em.findOne(ActionItem, { $and: [{ id: evidence.actionItem.id }, where] }) : null;
    if (!action) return null;
    await context.audit.record(em, {
      action: 'action.evidence.download',
      entityType: 'ActionItem',
      entityId: action.id,
      ownerAgencyId: action.ownerAgency.id,
      details: { evidenceId: evidence.id },
    });
    return evidence;
  });
}

/** The files of some updates, oldest first, for the updates' `evidence` field. */
export function evidenceOf(em: EntityManager, updateId: string): Promise<ActionEvidence[]> {
  return em.find(ActionEvidence, { update: updateId }, { orderBy: { uploadedAt: 'asc', id: 'asc' } });
}
