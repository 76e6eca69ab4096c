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
  Unique,
  type Ref,
} from '@mikro-orm/core';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { uuidv7 } from '../../platform/ids';
import { LibraryHandlingCode } from '../coordination';
import { Agency, CrossingPoint, Mechanism, User } from '../identity';
import { BulletinKind, BulletinStatus } from './bulletin.enums';

/** The title and body of a bulletin in one language. */
@ObjectType({ description: 'A bulletin in one language' })
export class BulletinText {
  @Field(() => String, { description: 'es, pt, en or fr' })
  language!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  body!: string;
}

/**
 * Shared, non-personal information from a mechanism to its member agencies (docs/adr/0037-bulletins.md): drafted
 * by a member agency's liaison officer, published by the mechanism's secretariat, read within its handling code
 * (the library's codes, library.enums.ts), acknowledged once per member agency. `search_vector` is written by the
 * service, each language's text in its own text search configuration.
 */
@ObjectType({ description: "A bulletin of a mechanism to its member agencies: no person's data" })
@Entity({ tableName: 'bulletin' })
@Index({ properties: ['mechanism', 'status', 'validUntil'] })
@Index({
  name: 'bulletin_search_index',
  expression: 'create index "bulletin_search_index" on "bulletin" using gin ("search_vector")',
})
@Check({ name: 'bulletin_h3_names_agencies', expression: "handling_code <> 'H3' or cardinality(named_agency_ids) > 0" })
@Check({ name: 'bulletin_validity', expression: 'valid_until > valid_from' })
export class Bulletin {
  [OptionalProps]?:
    'id' | 'status' | 'createdAt' | 'updatedAt' | 'namedAgencyIds' | 'crossingPoint' | 'publishedBy' | 'publishedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne(() => Mechanism, { ref: true, deleteRule: 'restrict' })
  mechanism!: Ref<Mechanism>;

  @Field(() => BulletinKind)
  @Enum({ items: () => BulletinKind, nativeEnumName: 'bulletin_kind' })
  kind!: BulletinKind;

  @Field(() => BulletinStatus)
  @Enum({ items: () => BulletinStatus, nativeEnumName: 'bulletin_status', default: BulletinStatus.DRAFT })
  status: BulletinStatus = BulletinStatus.DRAFT;

  @Field(() => [BulletinText], { description: 'Title and body per language, at least one' })
  @Property({ type: 'json' })
  texts!: BulletinText[];

  @ManyToOne(() => CrossingPoint, { ref: true, nullable: true, deleteRule: 'set null' })
  crossingPoint?: Ref<CrossingPoint> | null;

  @Field(() => LibraryHandlingCode)
  @Enum({ items: () => LibraryHandlingCode, nativeEnumName: 'library_handling_code' })
  handlingCode!: LibraryHandlingCode;

  /** H3: the member agencies whose users may read it. */
  @Property({ type: ArrayType, columnType: 'uuid[]', defaultRaw: "'{}'" })
  namedAgencyIds: string[] = [];

  @Field(() => Date)
  @Property({ type: 'datetime' })
  validFrom!: Date;

  @Field(() => Date, { description: 'At most a year after validFrom; expired bulletins stay searchable' })
  @Property({ type: 'datetime' })
  validUntil!: Date;

  /** The member agency whose liaison officer drafted it (the secretariat's own agency when it drafts). */
  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  draftingAgency!: Ref<Agency>;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  draftedBy!: Ref<User>;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'restrict' })
  publishedBy?: Ref<User> | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  publishedAt?: Date | null;

  @Property({ type: 'tsvector', columnType: 'tsvector', nullable: true, lazy: true, hidden: true })
  searchVector?: string;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** A specimen image of a bulletin (a false document's security features, a vehicle): PNG or JPEG, sniffed. */
@ObjectType({ description: 'A specimen image of a bulletin' })
@Entity({ tableName: 'bulletin_image' })
export class BulletinImage {
  [OptionalProps]?: 'id' | 'uploadedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne(() => Bulletin, { ref: true, deleteRule: 'cascade' })
  bulletin!: Ref<Bulletin>;

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

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  uploadedBy!: Ref<User>;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  uploadedAt: Date = new Date();
}

/** A member agency read the bulletin: one row per agency, by the first of its users who acknowledged it. */
@ObjectType({ description: 'A member agency acknowledged a bulletin' })
@Entity({ tableName: 'bulletin_acknowledgement' })
@Unique({ properties: ['bulletin', 'agency'] })
export class BulletinAcknowledgement {
  [OptionalProps]?: 'id' | 'acknowledgedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne(() => Bulletin, { ref: true, deleteRule: 'cascade' })
  bulletin!: Ref<Bulletin>;

  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  agency!: Ref<Agency>;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  acknowledgedBy!: Ref<User>;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  acknowledgedAt: Date = new Date();
}

export const bulletinImagePathOf = (imageId: string) => `/api/bulletins/images/${imageId}`;
