import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { RoleRequired, SignedIn } from '../../../platform/authz/access';
import { Role } from '../../../platform/authz/roles';
import type { RequestContext } from '../../../platform/context';
import { notFound } from '../../../platform/graphql/errors';
import { Agency } from '../../identity';
import { LibraryDocument } from './library-document.entity';
import { LibraryDocumentVersion, libraryDownloadPathOf } from './library-version.entity';
import { LibraryDocumentKind } from './library.enums';
import { LibraryDocumentInput } from './library.inputs';
import {
  createLibraryDocument,
  findReadableDocument,
  listLibrary,
  updateLibraryDocument,
  versionsOf,
} from './library.service';

@Resolver(() => LibraryDocument)
export class LibraryDocumentResolver {
  @SignedIn()
  @Query(() => LibraryDocument, { description: 'One library document you may read; NOT_FOUND otherwise' })
  async libraryDocument(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<LibraryDocument> {
    const document = await findReadableDocument(context.em, context, id);
    if (!document) throw notFound('LibraryDocument');
    return document;
  }

  @SignedIn()
  @Query(() => [LibraryDocument], {
    description: "A mechanism's library within your handling codes: newest first, or by relevance with `search`",
  })
  libraryDocuments(
    @Arg('mechanismId', () => ID) mechanismId: string,
    @Arg('search', () => String, {
      nullable: true,
      description: 'Words, "a phrase", -excluded; at most 200 characters',
    })
    search: string | null,
    @Arg('kind', () => LibraryDocumentKind, { nullable: true }) kind: LibraryDocumentKind | null,
    @Arg('first', () => Int, { defaultValue: 50, description: 'At most 100' }) first: number,
    @Ctx() context: RequestContext,
  ): Promise<LibraryDocument[]> {
    return listLibrary(context, mechanismId, { search, kind, first });
  }

  @RoleRequired(Role.SECRETARIAT)
  @Mutation(() => LibraryDocument, { description: 'Adds a document to the library of a mechanism you run' })
  createLibraryDocument(
    @Arg('mechanismId', () => ID) mechanismId: string,
    @Arg('input', () => LibraryDocumentInput) input: LibraryDocumentInput,
    @Ctx() context: RequestContext,
  ): Promise<LibraryDocument> {
    return createLibraryDocument(context, mechanismId, input);
  }

  @RoleRequired(Role.SECRETARIAT)
  @Mutation(() => LibraryDocument, { description: "Changes a library document's description or handling code" })
  updateLibraryDocument(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => LibraryDocumentInput) input: LibraryDocumentInput,
    @Ctx() context: RequestContext,
  ): Promise<LibraryDocument> {
    return updateLibraryDocument(context, id, input);
  }

  @FieldResolver(() => [LibraryDocumentVersion], { description: 'Newest first' })
  versions(@Root() document: LibraryDocument, @Ctx() context: RequestContext): Promise<LibraryDocumentVersion[]> {
    return versionsOf(context, document);
  }

  @FieldResolver(() => [Agency], { description: 'H3: the agencies that may read it' })
  async namedAgencies(@Root() document: LibraryDocument, @Ctx() context: RequestContext): Promise<Agency[]> {
    if (document.namedAgencyIds.length === 0) return [];
    return context.em.find(Agency, { id: { $in: document.namedAgencyIds } }, { orderBy: { acronym: 'asc' } });
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may change it and upload versions' })
  canUpdate(@Root() document: LibraryDocument, @Ctx() { ability }: RequestContext): boolean {
    return ability.can('update', document);
  }

  @FieldResolver(() => [String])
  restrictedFields(): string[] {
    return [];
  }
}

@Resolver(() => LibraryDocumentVersion)
export class LibraryDocumentVersionResolver {
  @FieldResolver(() => String, { description: 'GET this path (signed in) to download the file' })
  downloadPath(@Root() version: LibraryDocumentVersion): string {
    return libraryDownloadPathOf(version.id);
  }
}
