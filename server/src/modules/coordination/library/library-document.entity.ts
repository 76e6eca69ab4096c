import {
  ArrayType,
  Check,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  type Ref,
} from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { uuidv7 } from '../../../platform/ids';
import { Mechanism, User } from '../../identity';
import { LibraryDocumentKind, LibraryHandlingCode } from './library.enums';

/**
 * A document of a mechanism's library (protocol, SOP, agreement, ...), with numbered file versions
 * (library-version.entity.ts). `mechanism`, `handlingCode` and `namedAgencyIds` are columns so the read rules of
 * library.policy.ts become plain SQL. `search_vector` is written by the service with the text search
 * configuration of the document's language (Spanish stemming for Spanish documents, and so on).
 */
@ObjectType({ description: "A document of a mechanism's library" })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'library_document' })
@Index({ properties: ['mechanism', 'updatedAt'] })
@Index({
  name: 'library_document_search_index',
  expression: 'create index "library_document_search_index" on "library_document" using gin ("search_vector")',
})
@Check({
  name: 'library_document_h3_names_agencies',
  expression: "handling_code <> 'H3' or cardinality(named_agency_ids) > 0",
})
export class LibraryDocument {
  [OptionalProps]?: 'id' | 'currentVersion' | 'createdAt' | 'updatedAt' | 'namedAgencyIds';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne(() => Mechanism, { ref: true, deleteRule: 'restrict' })
  mechanism!: Ref<Mechanism>;

  @Field(() => LibraryDocumentKind)
  @Enum({ items: () => LibraryDocumentKind, nativeEnumName: 'library_document_kind' })
  kind!: LibraryDocumentKind;

  @Field(() => String)
  @Property({ type: 'string', length: 300 })
  title!: string;

  @Field(() => String, { description: 'es, pt, en or fr' })
  @Property({ type: 'string', length: 2 })
  language!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  summary!: string;

  @Field(() => LibraryHandlingCode)
  @Enum({ items: () => LibraryHandlingCode, nativeEnumName: 'library_handling_code' })
  handlingCode!: LibraryHandlingCode;

  /** H3: the member agencies whose users may read it. */
  @Property({ type: ArrayType, columnType: 'uuid[]', defaultRaw: "'{}'" })
  namedAgencyIds: string[] = [];

  @Field(() => Int, { description: 'The latest version: 0 until a file is uploaded' })
  @Property({ type: 'smallint', default: 0 })
  currentVersion: number = 0;

  @Property({ type: 'tsvector', columnType: 'tsvector', nullable: true, lazy: true, hidden: true })
  searchVector?: string;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  createdBy!: Ref<User>;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => [String])
  restrictedFields?: string[];
}
