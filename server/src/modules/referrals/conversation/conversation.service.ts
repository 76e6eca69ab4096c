import { assertCan } from '../../../platform/authz/forbidden';
import { Role } from '../../../platform/authz/roles';
import { NotificationKind, NotificationSubject, notifyAgency } from '../../notifications';
import { findReadableReferral, getReadableReferral, getReferralOnce } from '../referral.access';
import type { RequestContext } from '../../../platform/context';
import { badInput } from '../../../platform/graphql/errors';
import { onceForKey } from '../../../platform/idempotency/once-for-key';
import type { EntityManager } from '@mikro-orm/postgresql';
import { inUnitOfWork } from '../../../platform/orm/unit-of-work';
import { loadCollection } from '../../../platform/orm/collection-reads';
import { findManaged, loadedProperties } from '../../../platform/orm/managed-reads';
import { ID_PLACEHOLDER } from '../../../platform/orm/prepared-statements';
import { announceReferralActivity } from '../live/referral-live-event';
import { authorshipOf } from '../referral-author';
import type { Referral } from '../referral.entity';
import { ReferralAttachment } from './referral-attachment.entity';
import { ReferralMessage } from './referral-message.entity';

export const MAX_MESSAGE_LENGTH = 10_000;
export const MAX_ATTACHMENTS_PER_MESSAGE = 10;

export interface PostMessage {
  referralId: string;
  body: string;
  attachmentIds?: string[] | null;
  /** Client-chosen: a retry with the same key gets the message posted the first time, never a second one. */
  idempotencyKey?: string | null;
}

/**
 * The conversation, oldest first, with its attachments unless the caller does not want them; NOT_FOUND for
 * anyone not working on the referral. The referral is the request's (read once with `referral(id)` when the
 * same document asks for both).
 */
export async function conversationOf(
  context: RequestContext,
  referralId: string,
  { withAttachments = true } = {},
): Promise<ReferralMessage[]> {
  const referral = await getReferralOnce(context, referralId);
  const { em } = context;
  const orderBy = { createdAt: 'asc', id: 'asc' } as const;
  if (em.getTransactionContext())
    return em.find(
      ReferralMessage,
      { referral: referral.id },
      { populate: withAttachments ? ['attachments'] : [], orderBy },
    );
  // Kept and prepared (the referral's id its only parameter): the referral screen asks for it on every visit.
  const meta = em.getMetadata().get(ReferralMessage);
  const messages = await findManaged(
    em,
    meta,
    () =>
      em
        .createQueryBuilder(ReferralMessage, 'm')
        .select(loadedProperties(meta) as never)
        .where({ referral: ID_PLACEHOLDER })
        .orderBy(orderBy)
        .getKnexQuery(),
    { key: 'referral-conversation', placeholders: new Map([[ID_PLACEHOLDER, referral.id]]) },
  );
  if (withAttachments) await Promise.all(messages.map((message) => loadCollection(em, message, 'attachments')));
  return messages;
}

/**
 * Posts a message as the actor's agency. Attachments must have been uploaded to this referral by the same
 * agency and not be on another message yet. Audited and announced to live subscribers, in one transaction.
 */
export async function postReferralMessage(context: RequestContext, input: PostMessage): Promise<ReferralMessage> {
  const { actor, userId, apiTokenId } = authorshipOf(context);
  const body = input.body.trim();
  if (!body) throw badInput({ body: 'error.referral.message.empty' });
  if (body.length > MAX_MESSAGE_LENGTH) throw badInput({ body: 'error.referral.message.tooLong' });
  const attachmentIds = [...new Set(input.attachmentIds ?? [])];
  if (attachmentIds.length > MAX_ATTACHMENTS_PER_MESSAGE) {
    throw badInput({ attachmentIds: 'error.referral.message.tooManyAttachments' });
  }
  return onceForKey<ReferralMessage>(context, {
    callerId: actor.id,
    key: input.idempotencyKey,
    operation: `message:${input.referralId}`,
    replay: (messageId) => postedMessage(context, input.referralId, messageId),
    work: async (em) => {
      const referral = await getReadableReferral(em, context.ability, input.referralId);
      assertCan(context.ability, 'converse', referral, 'Referral');
      const attachments = attachmentIds.length
        ? await em.find(ReferralAttachment, {
            id: { $in: attachmentIds },
            referral: referral.id,
            uploadedByAgency: actor.agencyId,
            message: null,
          })
        : [];
      if (attachments.length !== attachmentIds.length) {
        throw badInput({ attachmentIds: 'error.referral.message.attachmentUnavailable' });
      }
      const message = em.create(ReferralMessage, {
        referral,
        author: userId,
        authorApiToken: apiTokenId,
        authorAgency: actor.agencyId,
        body,
        createdAt: new Date(),
      });
      for (const attachment of attachments)
        attachment.message = em.getReference(ReferralMessage, message.id, { wrapped: true });
      await em.flush();
      await context.audit.record(em, {
        action: 'referral.message.post',
        entityType: 'ReferralMessage',
        entityId: message.id,
        ownerAgencyId: referral.sendingAgency.id,
        details: { referralId: referral.id, attachments: attachments.length },
      });
      await announce(em, referral, 'referral.message');
      await notifyOtherSide(em, referral, actor.agencyId, userId);
      return message;
    },
  });
}

/** A message already posted, for the retries of its request; NOT_FOUND once the referral is out of reach. */
async function postedMessage(context: RequestContext, referralId: string, messageId: string): Promise<ReferralMessage> {
  const referral = await getReadableReferral(context.em, context.ability, referralId);
  return context.em.findOneOrFail(
    ReferralMessage,
    { id: messageId, referral: referral.id },
    { populate: ['attachments'] },
  );
}

export interface AttachmentUpload {
  referralId: string;
  fileName: string;
  mediaType: string;
  content: Buffer;
  sha256: string;
  storageKey: string;
  attachmentId: string;
  /** Client-chosen: a retried upload with the same key and bytes gets the first upload's attachment. */
  idempotencyKey?: string | null;
}

/**
 * Stores an uploaded file's bytes (`store`, outside any transaction, before the row: a row never points at
 * missing bytes), then records it. With an idempotency key, a retry gets the attachment of the first request
 * with that key; the key is bound to the referral and the bytes' SHA-256, so the same key with another file is
 * a CONFLICT.
 */
export async function recordAttachment(
  context: RequestContext,
  upload: AttachmentUpload,
  store: (storageKey: string, content: Buffer) => Promise<void>,
): Promise<ReferralAttachment> {
  const { actor } = authorshipOf(context);
  return onceForKey<ReferralAttachment>(context, {
    callerId: actor.id,
    key: upload.idempotencyKey,
    operation: `attachment:${upload.referralId}:${upload.sha256}`,
    replay: (attachmentId) => uploadedAttachment(context, upload.referralId, attachmentId),
    beforeWork: () => store(upload.storageKey, upload.content),
    work: (em) => insertAttachment(context, em, upload),
  });
}

async function insertAttachment(context: RequestContext, em: EntityManager, upload: AttachmentUpload) {
  const { actor, userId, apiTokenId } = authorshipOf(context);
  const referral = await getReadableReferral(em, context.ability, upload.referralId);
  assertCan(context.ability, 'converse', referral, 'Referral');
  const attachment = em.create(ReferralAttachment, {
    id: upload.attachmentId,
    referral,
    uploadedBy: userId,
    uploadedByApiToken: apiTokenId,
    uploadedByAgency: actor.agencyId,
    fileName: upload.fileName,
    mediaType: upload.mediaType,
    sizeBytes: upload.content.length,
    sha256: upload.sha256,
    storageKey: upload.storageKey,
    createdAt: new Date(),
  });
  await em.flush();
  await context.audit.record(em, {
    action: 'referral.attachment.upload',
    entityType: 'ReferralAttachment',
    entityId: attachment.id,
    ownerAgencyId: referral.sendingAgency.id,
    details: { referralId: referral.id, mediaType: upload.mediaType, sizeBytes: upload.content.length },
  });
  return attachment;
}

/** An attachment already uploaded, for the retries of its request; NOT_FOUND once the referral is out of reach. */
async function uploadedAttachment(context: RequestContext, referralId: string, attachmentId: string) {
  const referral = await getReadableReferral(context.em, context.ability, referralId);
  return context.em.findOneOrFail(ReferralAttachment, { id: attachmentId, referral: referral.id });
}

/**
 * The attachment when the actor works on its referral, else null (same as missing). The download is
 * audited in its own transaction before any byte is sent.
 */
export async function attachmentForDownload(context: RequestContext, attachmentId: string) {
  if (!context.actor) return null;
  return inUnitOfWork(context, async (em) => {
    const attachment = await em.findOne(ReferralAttachment, { id: attachmentId });
    if (!attachment) return null;
    const referral = await findReadableReferral(em, context.ability, attachment.referral.id);
    if (!referral) return null;
    await context.audit.record(em, {
      action: 'referral.attachment.download',
      entityType: 'ReferralAttachment',
      entityId: attachment.id,
      ownerAgencyId: referral.sendingAgency.id,
      details: { referralId: referral.id },
    });
    return attachment;
  });
}

/** The other party's case workers and liaison officers learn of a reply (both parties, for a forward recipient). */
async function notifyOtherSide(em: EntityManager, referral: Referral, authorAgencyId: string, authorId: string | null) {
  const parties = [referral.sendingAgency.id, referral.receivingAgency.id].filter((id) => id !== authorAgencyId);
  for (const agencyId of parties) {
    await notifyAgency(
      em,
      {
        kind: NotificationKind.REFERRAL_MESSAGE,
        subjectType: NotificationSubject.REFERRAL,
        subjectId: referral.id,
        reference: referral.reference ?? null,
      },
      { agencyId, roles: [Role.LIAISON_OFFICER, Role.CASE_WORKER], exceptUserId: authorId },
    );
  }
}

function announce(em: Parameters<typeof announceReferralActivity>[0], referral: Referral, type: string) {
  return announceReferralActivity(em, {
    type,
    referralId: referral.id,
    sendingAgencyId: referral.sendingAgency.id,
    receivingAgencyId: referral.receivingAgency.id,
  });
}
