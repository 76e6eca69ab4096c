import type { EntityManager } from '@mikro-orm/postgresql';
import { assertCan } from '../../platform/authz/forbidden';
import type { RequestContext } from '../../platform/context';
import { badInput, conflict, notFound, unauthenticated } from '../../platform/graphql/errors';
import { onceForKey } from '../../platform/idempotency/once-for-key';
import { inUnitOfWork } from '../../platform/orm/unit-of-work';
import type { StoredFile } from '../../platform/files/upload-routes';
import { User } from '../identity';
import { announceServiceReferralActivity } from './service-referral-live';
import { ServiceReferralAttachmentRecord, ServiceReferralMessageRecord } from './service-referral-conversation.entity';
import { ServiceReferralAttachment, ServiceReferralMessage } from './service-referral-conversation.view';
import type { ServiceReferral } from './service-referral.entity';
import { ServiceReferralStatus } from './service-referral.enums';
import { findReadableServiceReferral } from './service-referral.service';
import { openFileForSurvivor, openForSurvivor, sealFileForSurvivor, sealForSurvivor } from './survivor-sealing';
import { Survivor } from './survivor.entity';

export const MAX_SERVICE_MESSAGE_LENGTH = 4000;
export const MAX_SERVICE_MESSAGE_ATTACHMENTS = 5;
/** Messages a conversation holds at most: a referral is not a chat room, and a page must stay a page. */
export const MAX_SERVICE_MESSAGES = 500;
const BODY_PURPOSE = 'service-referral.message';
const FILE_NAME_PURPOSE = 'service-referral.file-name';
export const FILE_PURPOSE = 'service-referral.file';
const OPEN = [ServiceReferralStatus.SENT, ServiceReferralStatus.ACCEPTED, ServiceReferralStatus.DELIVERED];

const signedIn = (context: RequestContext) => {
  if (!context.actor || context.actor.kind !== 'user') throw unauthenticated();
  return context.actor;
};

async function readable(em: EntityManager, context: RequestContext, referralId: string, lock = false) {
  const referral = await findReadableServiceReferral(em, context.ability, referralId, { lockForUpdate: lock });
  if (!referral) throw notFound('ServiceReferral');
  return referral;
}

/**
 * The referral's survivor record, loaded without the caller's rules: only to seal and open with its key, once the
 * caller's right to the referral was checked. Row-level security shows a survivor to its holding agency only and
 * the provider's transaction names the provider, so it is read on an entity manager of its own, outside that
 * transaction (and outside its identity map).
 */
const survivorOf = (context: RequestContext, referral: ServiceReferral) =>
  context.em.fork().findOneOrFail(Survivor, { id: referral.survivor.id });

/** Who may write on the conversation: the two sides while the referral is open (the provider while sharing). */
function assertMayConverse(context: RequestContext, referral: ServiceReferral) {
  assertCan(context.ability, 'converse', referral, 'ServiceReferral');
  if (!OPEN.includes(referral.status))
    throw conflict('error.protection.conversation.closed', 'The referral is no longer open');
}

function viewsOf(
  context: RequestContext,
  referral: ServiceReferral,
  loaded: Survivor | null,
  records: ServiceReferralMessageRecord[],
): ServiceReferralMessage[] {
  // The record is opened only if the guard lets a body or file name through (then it is loaded already).
  const open = <T>(id: string, purpose: string, sealed: Buffer) => {
    if (!loaded) throw new Error('survivor record not loaded');
    return openForSurvivor<T>(context.config.encryption, loaded, id, purpose, sealed);
  };
  return records.map((record) =>
    ServiceReferralMessage.of(
      record,
      referral,
      () => open<string>(record.id, BODY_PURPOSE, record.sealedBody),
      record.attachments
        .getItems()
        .map((file) =>
          ServiceReferralAttachment.of(file, referral, () =>
            open<string>(file.id, FILE_NAME_PURPOSE, file.sealedFileName),
          ),
        ),
    ),
  );
}

/** The conversation on a referral, oldest first; NOT_FOUND for anyone who may not read the referral. */
export async function serviceReferralConversation(
  context: RequestContext,
  referralId: string,
): Promise<ServiceReferralMessage[]> {
  signedIn(context);
  const referral = await readable(context.em, context, referralId);
  const records = await context.em.find(
    ServiceReferralMessageRecord,
    { referral: referral.id },
    { populate: ['attachments'], orderBy: { createdAt: 'asc', id: 'asc' }, limit: MAX_SERVICE_MESSAGES },
  );
  const survivor = records.length ? await survivorOf(context, referral) : null;
  return viewsOf(context, referral, survivor, records);
}

export interface ServiceReferralMessageInput {
  referralId: string;
  body: string;
  attachmentIds?: string[] | null;
  idempotencyKey?: string | null;
}

/**
 * Posts a message as the actor's agency, with files it uploaded to this referral and not yet attached. Sealed,
 * audited, and announced to the two sides live after commit, in one transaction.
 */
export async function postServiceReferralMessage(
  context: RequestContext,
  input: ServiceReferralMessageInput,
): Promise<ServiceReferralMessage> {
  const actor = signedIn(context);
  const body = input.body.trim();
  if (!body) throw badInput({ body: 'error.protection.conversation.empty' });
  if (body.length > MAX_SERVICE_MESSAGE_LENGTH) throw badInput({ body: 'error.protection.conversation.tooLong' });
  const attachmentIds = [...new Set(input.attachmentIds ?? [])];
  if (attachmentIds.length > MAX_SERVICE_MESSAGE_ATTACHMENTS)
    throw badInput({ attachmentIds: 'error.protection.conversation.tooManyAttachments' });
  const posted = await onceForKey<{ id: string }>(context, {
    callerId: actor.id,
    key: input.idempotencyKey,
    operation: `service-message:${input.referralId}`,
    replay: async (messageId) => ({ id: messageId }),
    work: async (em) => {
      const referral = await readable(em, context, input.referralId, true);
      assertMayConverse(context, referral);
      const count = await em.count(ServiceReferralMessageRecord, { referral: referral.id });
      if (count >= MAX_SERVICE_MESSAGES)
        throw conflict('error.protection.conversation.full', 'The conversation holds as many messages as it may');
      const files = attachmentIds.length
        ? await em.find(ServiceReferralAttachmentRecord, {
            id: { $in: attachmentIds },
            referral: referral.id,
            uploadedByAgency: actor.agencyId,
            message: null,
          })
        : [];
      if (files.length !== attachmentIds.length)
        throw badInput({ attachmentIds: 'error.protection.conversation.attachmentUnavailable' });
      const survivor = await survivorOf(context, referral);
      const message = em.create(ServiceReferralMessageRecord, {
        referral,
        author: em.getReference(User, actor.id),
        authorAgency: actor.agencyId,
        sealedBody: Buffer.alloc(0),
        createdAt: new Date(),
      });
      message.sealedBody = sealForSurvivor(context.config.encryption, survivor, message.id, BODY_PURPOSE, body);
      for (const file of files)
        file.message = em.getReference(ServiceReferralMessageRecord, message.id, { wrapped: true });
      await em.flush();
      await context.audit.record(em, {
        action: 'service-referral.message.post',
        entityType: 'ServiceReferralMessage',
        entityId: message.id,
        ownerAgencyId: referral.holdingAgency.id,
        details: { referralId: referral.id, code: referral.survivorCode, attachments: files.length },
      });
      await announceServiceReferralActivity(em, referral, 'protection.service-referral.message');
      return message;
    },
  });
  const messages = await serviceReferralConversation(context, input.referralId);
  const message = messages.find((candidate) => candidate.id === posted.id);
  if (!message) throw notFound('ServiceReferralMessage');
  return message;
}

export interface ServiceReferralUpload {
  referralId: string;
  fileId: string;
  fileName: string;
  mediaType: string;
  content: Buffer;
  sha256: string;
  idempotencyKey?: string | null;
}

/**
 * Stores an uploaded file sealed with the survivor's data key (bytes first, outside the transaction: a row never
 * points at missing bytes), then records it, audited. A retry with the same Idempotency-Key and bytes gets the
 * first upload's file.
 */
export async function uploadServiceReferralFile(
  context: RequestContext,
  upload: ServiceReferralUpload,
  store: (storageKey: string, content: Buffer) => Promise<void>,
): Promise<ServiceReferralAttachmentRecord> {
  const actor = signedIn(context);
  const storageKey = `${upload.referralId}/${upload.fileId}`;
  return onceForKey<ServiceReferralAttachmentRecord>(context, {
    callerId: actor.id,
    key: upload.idempotencyKey,
    operation: `service-file:${upload.referralId}:${upload.sha256}`,
    replay: (fileId) =>
      context.em.findOneOrFail(ServiceReferralAttachmentRecord, { id: fileId, referral: upload.referralId }),
    beforeWork: async () => {
      const referral = await readable(context.em, context, upload.referralId);
      assertMayConverse(context, referral);
      const survivor = await survivorOf(context, referral);
      await store(
        storageKey,
        sealFileForSurvivor(context.config.encryption, survivor, upload.fileId, FILE_PURPOSE, upload.content),
      );
    },
    work: async (em) => {
      const referral = await readable(em, context, upload.referralId);
      assertMayConverse(context, referral);
      const survivor = await survivorOf(context, referral);
      const file = em.create(ServiceReferralAttachmentRecord, {
        id: upload.fileId,
        referral,
        uploadedBy: em.getReference(User, actor.id),
        uploadedByAgency: actor.agencyId,
        sealedFileName: sealForSurvivor(
          context.config.encryption,
          survivor,
          upload.fileId,
          FILE_NAME_PURPOSE,
          upload.fileName,
        ),
        mediaType: upload.mediaType,
        sizeBytes: upload.content.length,
        sha256: upload.sha256,
        storageKey,
        createdAt: new Date(),
      });
      await em.flush();
      await context.audit.record(em, {
        action: 'service-referral.file.upload',
        entityType: 'ServiceReferralAttachment',
        entityId: file.id,
        ownerAgencyId: referral.holdingAgency.id,
        details: { referralId: referral.id, mediaType: upload.mediaType, sizeBytes: upload.content.length },
      });
      return file;
    },
  });
}

/**
 * A conversation file for download when the caller may read its content (the referring agency; the provider
 * while sharing holds), else null, like a missing one. Audited in its own transaction before a byte is sent.
 */
export async function serviceReferralFileForDownload(
  context: RequestContext,
  fileId: string,
): Promise<(StoredFile & { survivor: Survivor }) | null> {
  if (!context.actor) return null;
  return inUnitOfWork(context, async (em) => {
    const file = await em.findOne(ServiceReferralAttachmentRecord, { id: fileId });
    if (!file) return null;
    const referral = await findReadableServiceReferral(em, context.ability, file.referral.id);
    if (!referral) return null;
    const survivor = await survivorOf(context, referral);
    const view = ServiceReferralAttachment.of(file, referral, () => '');
    if (!context.ability.can('read', view, 'downloadPath')) return null;
    await context.audit.record(em, {
      action: 'service-referral.file.download',
      entityType: 'ServiceReferralAttachment',
      entityId: file.id,
      ownerAgencyId: referral.holdingAgency.id,
      details: { referralId: referral.id, code: referral.survivorCode },
    });
    return {
      id: file.id,
      fileName: openForSurvivor<string>(
        context.config.encryption,
        survivor,
        file.id,
        FILE_NAME_PURPOSE,
        file.sealedFileName,
      ),
      mediaType: file.mediaType,
      sizeBytes: file.sizeBytes,
      sha256: file.sha256,
      storageKey: file.storageKey,
      survivor,
    };
  });
}

/** Opens a downloaded file's stored bytes (sealed with the survivor's key). */
export const openServiceReferralFile = (
  context: RequestContext,
  file: StoredFile & { survivor?: Survivor },
  stored: Buffer,
) => openFileForSurvivor(context.config.encryption, file.survivor!, file.id, FILE_PURPOSE, stored);
