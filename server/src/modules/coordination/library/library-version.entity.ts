import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { uuidv7 } from '../../../platform/ids';
import { User } from '../../identity';
import type { LibraryDocument } from './library-document.entity';

/** One uploaded file of a library document; versions are never replaced, the next upload is the next number. */
@ObjectType({ description: 'A version (uploaded file) of a library document' })
@Entity({ tableName: 'library_document_version' })
@Unique({ properties: ['document', 'number'] })
export class LibraryDocumentVersion {
  [OptionalProps]?: 'id' | 'uploadedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne('LibraryDocument', { ref: true, deleteRule: 'cascade' })
  document!: Ref<LibraryDocument>;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  number!: number;

  @Field(() => String)
  @Property({ type: 'string', length: 255 })
  fileName!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  mediaType!: string;

  @Field(() => Float)
  @Property({ type: 'integer' })
  sizeBytes!: number;

  @Field(() => String)
  @Property({ type: 'string', length: 64 })
  sha256!: string;

  @Property({ type: 'string', length: 200 })
  storageKey!: string;

  @Field(() => String, { nullable: true, description: 'What changed in this version' })
  @Property({ type: 'string', length: 500, nullable: true })
  note?: string | null;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  uploadedBy!: Ref<User>;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  uploadedAt: Date = new Date();
}

export const libraryDownloadPathOf = (versionId: string) => `/api/library/versions/${versionId}`;
