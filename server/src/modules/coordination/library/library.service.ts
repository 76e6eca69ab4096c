import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode, type FilterQuery } from '@mikro-orm/core';
import { findOnePermitted } from '../../../platform/authz/accessible-query';
import { accessibleWhere } from '../../../platform/authz/accessible-where';
import { assertCan, assertCanCreate } from '../../../platform/authz/forbidden';
import type { RequestContext } from '../../../platform/context';
import { badInput, notFound } from '../../../platform/graphql/errors';
import { inUnitOfWork } from '../../../platform/orm/unit-of-work';
import { Mechanism, User } from '../../identity';
import { isUuid } from '../meeting.access';
import { actingUserOf } from '../meeting.service';
import { LibraryDocument } from './library-document.entity';
import { LibraryDocumentVersion } from './library-version.entity';
import {
  LIBRARY_LANGUAGES,
  LIBRARY_LIMITS,
  SEARCH_CONFIGURATION,
  type LibraryDocumentKind,
  type LibraryLanguage,
} from './library.enums';
import type { LibraryDocumentInput } from './library.inputs';

function validate(input: LibraryDocumentInput, memberIds: Set<string>): void {
  const problems: Record<string, string> = {};
  const title = input.title.trim();
  if (!title) problems['input.title'] = 'error.coordination.required';
  else if (title.length > LIBRARY_LIMITS.title) problems['input.title'] = 'error.coordination.tooLong';
  if (!input.summary.trim()) problems['input.summary'] = 'error.coordination.required';
  else if (input.summary.length > LIBRARY_LIMITS.summary) problems['input.summary'] = 'error.coordination.tooLong';
  if (!(LIBRARY_LANGUAGES as readonly string[]).includes(input.language))
    problems['input.language'] = 'error.coordination.language';
  if (input.namedAgencyIds.length > LIBRARY_LIMITS.namedAgencies)
    problems['input.namedAgencyIds'] = 'error.coordination.tooMany';
  else if (input.namedAgencyIds.some((id) => !memberIds.has(id)))
    problems['input.namedAgencyIds'] = 'error.coordination.notMember';
  else if (input.handlingCode === 'H3' && input.namedAgencyIds.length === 0)
    problems['input.namedAgencyIds'] = 'error.coordination.required';
  if (Object.keys(problems).length > 0) throw badInput(problems);
}

async function memberIdsOf(em: EntityManager, mechanismId: string): Promise<Set<string>> {
  const mechanism = await em.findOneOrFail(Mechanism, { id: mechanismId }, { populate: ['memberAgencies'] });
  return new Set([mechanism.secretariatAgency.id, ...mechanism.memberAgencies.getItems().map((a) => a.id)]);
}

/** The title and summary as a tsvector in the document's own language's configuration. */
async function index(em: EntityManager, document: LibraryDocument): Promise<void> {
  await em.execute(
    `update library_document set search_vector =
       setweight(to_tsvector(?::regconfig, title), 'A') || setweight(to_tsvector(?::regconfig, summary), 'B')
     where id = ?`,
    [
      SEARCH_CONFIGURATION[document.language as LibraryLanguage],
      SEARCH_CONFIGURATION[document.language as LibraryLanguage],
      document.id,
    ],
  );
}

function write(document: LibraryDocument, input: LibraryDocumentInput): void {
  document.kind = input.kind;
  document.title = input.title.trim();
  document.language = input.language;
  document.summary = input.summary.trim();
  document.handlingCode = input.handlingCode;
  document.namedAgencyIds = input.handlingCode === 'H3' ? [...new Set(input.namedAgencyIds)] : [];
}

async function audit(
  context: RequestContext,
  em: EntityManager,
  document: LibraryDocument,
  action: string,
  details = {},
) {
  const mechanism = await em.findOneOrFail(Mechanism, { id: document.mechanism.id });
  await context.audit.record(em, {
    action,
    entityType: 'LibraryDocument',
    entityId: document.id,
    ownerAgencyId: mechanism.secretariatAgency.id,
    details: { mechanismId: mechanism.id, handlingCode: document.handlingCode, ...details },
  });
}

/** The secretariat adds a document to the library of a mechanism it runs; files follow as versions. */
export async function createLibraryDocument(context: RequestContext, mechanismId: string, input: LibraryDocumentInput) {
  const actor = actingUserOf(context);
  return inUnitOfWork(context, async (em) => {
    const mechanism = isUuid(mechanismId)
      ? await findOnePermitted(em, context.ability, 'read', Mechanism, { id: mechanismId })
      : null;
    if (!mechanism) throw notFound('Mechanism');
    const document = new LibraryDocument();
    document.mechanism = em.getReference(Mechanism, mechanism.id, { wrapped: true });
    document.createdBy = em.getReference(User, actor.id, { wrapped: true });
    assertCanCreate(context.ability, document);
    validate(input, await memberIdsOf(em, mechanism.id));
    write(document, input);
    em.persist(document);
    await em.flush();
    await index(em, document);
    await audit(context, em, document, 'library.document.create');
    return document;
  });
}

/** One document through the read rules in SQL, or null: foreign, missing and malformed ids look the same. */
export async function findReadableDocument(
  em: EntityManager,
  context: RequestContext,
  id: string,
  lock = false,
): Promise<LibraryDocument | null> {
  const where = accessibleWhere(context.ability, 'read', LibraryDocument, em.getMetadata());
  if (!where || !isUuid(id)) return null;
  return em.findOne(
    LibraryDocument,
    { $and: [{ id }, where] },
    lock ? { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } : {},
  );
}

export async function updateLibraryDocument(context: RequestContext, documentId: string, input: LibraryDocumentInput) {
  actingUserOf(context);
  return inUnitOfWork(context, async (em) => {
    const document = await findReadableDocument(em, context, documentId, true);
    if (!document) throw notFound('LibraryDocument');
    assertCan(context.ability, 'update', document, 'LibraryDocument');
    validate(input, await memberIdsOf(em, document.mechanism.id));
    write(document, input);
    await em.flush();
    await index(em, document);
    await audit(context, em, document, 'library.document.update');
    return document;
  });
}

export interface LibraryUpload {
  documentId: string;
  versionId: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  storageKey: string;
  note: string | null;
}

/** Records an uploaded file (its bytes already in the store) as the document's next version. */
export async function recordLibraryVersion(context: RequestContext, upload: LibraryUpload) {
  const actor = actingUserOf(context);
  return inUnitOfWork(context, async (em) => {
    // Locked: two uploads at once get versions n and n+1, never the same number.
    const document = await findReadableDocument(em, context, upload.documentId, true);
    if (!document) throw notFound('LibraryDocument');
    assertCan(context.ability, 'update', document, 'LibraryDocument');
    document.currentVersion += 1;
    const version = em.create(LibraryDocumentVersion, {
      id: upload.versionId,
      document,
      number: document.currentVersion,
      fileName: upload.fileName,
      mediaType: upload.mediaType,
      sizeBytes: upload.sizeBytes,
      sha256: upload.sha256,
      storageKey: upload.storageKey,
      note: upload.note,
      uploadedBy: em.getReference(User, actor.id, { wrapped: true }),
    });
    await em.flush();
    await audit(context, em, document, 'library.version.upload', { version: version.number });
    return version;
  });
}

/** A version for download, if its document is readable; the download is audited. */
export async function libraryVersionForDownload(context: RequestContext, versionId: string) {
  if (!context.actor || !isUuid(versionId)) return null;
  return inUnitOfWork(context, async (em) => {
    const version = await em.findOne(LibraryDocumentVersion, { id: versionId });
    if (!version) return null;
    const document = await findReadableDocument(em, context, version.document.id);
    if (!document) return null;
    await audit(context, em, document, 'library.version.download', { version: version.number });
    return version;
  });
}

/** The tsquery of a search in each document's own language, so "acuerdos" finds "acuerdo" in Spanish documents. */
const MATCHES = `search_vector @@ websearch_to_tsquery((case language when 'es' then 'spanish' when 'pt' then 'portuguese'
  when 'fr' then 'french' else 'english' end)::regconfig, ?)`;
const RANK = `ts_rank(search_vector, websearch_to_tsquery((case language when 'es' then 'spanish' when 'pt' then 'portuguese'
  when 'fr' then 'french' else 'english' end)::regconfig, ?))`;

/**
 * A mechanism's library as the caller may read it, newest first, or by relevance when searching (title and
 * summary, each document in its language's configuration). The read rules are in the WHERE of the query that
 * loads the rows.
 */
export async function listLibrary(
  context: RequestContext,
  mechanismId: string,
  options: { search?: string | null; kind?: LibraryDocumentKind | null; first: number },
): Promise<LibraryDocument[]> {
  const em = context.em;
  if (options.first < 1 || options.first > 100) throw badInput({ first: 'error.page.size' });
  const search = options.search?.trim() ?? '';
  if (search.length > LIBRARY_LIMITS.search) throw badInput({ search: 'error.coordination.tooLong' });
  const where = accessibleWhere(context.ability, 'read', LibraryDocument, em.getMetadata());
  if (!where || !isUuid(mechanismId)) return [];
  const filters: FilterQuery<LibraryDocument>[] = [where, { mechanism: mechanismId }];
  if (options.kind) filters.push({ kind: options.kind });
  if (!search) {
    return em.find(
      LibraryDocument,
      { $and: filters },
      { orderBy: { updatedAt: 'desc', id: 'asc' }, limit: options.first },
    );
  }
  const ranked: { id: string }[] = await em.execute(
    `select id from library_document where mechanism_id = ? and ${MATCHES} order by ${RANK} desc, id limit 500`,
    [mechanismId, search, search],
  );
  if (ranked.length === 0) return [];
  const order = new Map(ranked.map((row, position) => [row.id, position]));
  filters.push({ id: { $in: [...order.keys()] } });
  const found = await em.find(LibraryDocument, { $and: filters });
  return found.sort((a, b) => order.get(a.id)! - order.get(b.id)!).slice(0, options.first);
}

export async function versionsOf(context: RequestContext, document: LibraryDocument) {
  return context.em.find(LibraryDocumentVersion, { document: document.id }, { orderBy: { number: 'desc' } });
}
