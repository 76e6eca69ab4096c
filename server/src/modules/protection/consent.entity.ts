import {
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
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { uuidv7 } from '../../platform/ids';
import { Agency, AgencyKind, User } from '../identity';
import { ConsentDataCategory, ConsentGivenBy, ConsentMethod, ProtectionService } from './consent.enums';
import type { Survivor } from './survivor.entity';

/** The text read to a person before she consents, per language and version; the version read is kept. */
@ObjectType({ description: 'A version of the consent text in one language' })
@Entity({ tableName: 'consent_text' })
@Unique({ name: 'consent_text_language_version', properties: ['language', 'version'] })
export class ConsentText {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Field(() => String, { description: 'es, en, pt or fr' })
  @Property({ type: 'string', length: 5 })
  language!: string;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  version!: number;

  @Field(() => String)
  @Property({ type: 'text' })
  text!: string;

  @Field(() => Date)
  @Property({ type: 'Date', columnType: 'timestamptz', defaultRaw: 'now()' })
  publishedAt: Date = new Date();
}

/**
 * Informed consent to share a survivor's data: which categories, with which agency (or which kind of agency in
 * which country), for which purposes, from when until when, how and by whom it was given, and the version of the
 * text read. Names of a witness or guardian are personal data: sealed with the survivor's data key.
 */
@ObjectType({ description: "A survivor's informed consent to share data" })
@Entity({ tableName: 'survivor_consent' })
@Index({ properties: ['survivor', 'withdrawnAt'] })
@Check({
  name: 'survivor_consent_one_recipient',
  expression: '((recipient_agency_id IS NULL) <> (recipient_agency_kind IS NULL AND recipient_country_code IS NULL))',
})
@Check({ name: 'survivor_consent_period', expression: '(valid_until >= valid_from)' })
export class SurvivorConsent {
  [OptionalProps]?:
    | 'id'
    | 'recordedAt'
    | 'withdrawnAt'
    | 'withdrawnBy'
    | 'childAssent'
    | 'scanStorageKey'
    | 'scanMediaType'
    | 'scanSizeBytes'
    | 'scanSha256'
    | 'scanUploadedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne('Survivor', { ref: true, deleteRule: 'cascade' })
  survivor!: Ref<Survivor>;

  /** The survivor's holding agency, copied so rules decide on the row itself. */
  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  holdingAgency!: Ref<Agency>;

  @Field(() => [ConsentDataCategory])
  @Enum({ items: () => ConsentDataCategory, array: true, nativeEnumName: 'consent_data_category' })
  categories!: ConsentDataCategory[];

  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict', nullable: true, index: true })
  recipientAgency: Ref<Agency> | null = null;

  @Field(() => AgencyKind, { nullable: true, description: 'Set when consent names a kind of agency in a country' })
  @Enum({ items: () => AgencyKind, nativeEnumName: 'agency_kind', nullable: true })
  recipientAgencyKind: AgencyKind | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 2, nullable: true })
  recipientCountryCode: string | null = null;

  @Field(() => [ProtectionService])
  @Enum({ items: () => ProtectionService, array: true, nativeEnumName: 'protection_service' })
  purposes!: ProtectionService[];

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date' })
  validFrom!: string;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date' })
  validUntil!: string;

  @Field(() => ConsentMethod)
  @Enum({ items: () => ConsentMethod, nativeEnumName: 'consent_method' })
  method!: ConsentMethod;

  @Field(() => ConsentGivenBy)
  @Enum({ items: () => ConsentGivenBy, nativeEnumName: 'consent_given_by' })
  givenBy!: ConsentGivenBy;

  @Field(() => Boolean, {
    description: "For a child: the child's own assent was recorded (with the guardian's consent)",
  })
  @Property({ type: 'boolean', default: false })
  childAssent: boolean = false;

  @Field(() => String, { nullable: true, description: 'Number or archive reference of the signed form' })
  @Property({ type: 'string', length: 100, nullable: true })
  signedFormReference: string | null = null;

  @ManyToOne(() => ConsentText, { ref: true, deleteRule: 'restrict' })
  text!: Ref<ConsentText>;

  /** Witness and guardian names, sealed with the survivor's data key. */
  @Property({ type: 'blob', hidden: true })
  sealedNames!: Buffer;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  recordedBy!: Ref<User>;

  @Field(() => Date)
  @Property({ type: 'Date', columnType: 'timestamptz', defaultRaw: 'now()' })
  recordedAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  withdrawnAt: Date | null = null;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict', nullable: true })
  withdrawnBy: Ref<User> | null = null;

  /**
   * The scan of the signed form, when one was attached: the bytes sealed with the survivor's data key in the file
   * store (under `<consent id>/<file id>`), the SHA-256 of the scan itself, checked on every download.
   */
  @Property({ type: 'string', length: 200, nullable: true, hidden: true })
  scanStorageKey: string | null = null;

  @Property({ type: 'string', length: 100, nullable: true, hidden: true })
  scanMediaType: string | null = null;

  @Property({ type: 'integer', nullable: true, hidden: true })
  scanSizeBytes: number | null = null;

  @Property({ type: 'string', length: 64, nullable: true, hidden: true })
  scanSha256: string | null = null;

  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true, hidden: true })
  scanUploadedAt: Date | null = null;
}

/**
 * A supervisor's override of consent, for a risk to life only: shares with one agency for some purposes without
 * consent, for a few days, with a written reason (sealed: it may describe the person). Flagged on everything it
 * allowed, audited, and listed for the agency's auditors.
 */
@ObjectType({ description: 'Sharing without consent because of a risk to life, given by a protection supervisor' })
@Entity({ tableName: 'consent_override' })
@Index({ properties: ['holdingAgency', 'givenAt'] })
export class ConsentOverride {
  [OptionalProps]?: 'id' | 'givenAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne('Survivor', { ref: true, deleteRule: 'cascade', index: true })
  survivor!: Ref<Survivor>;

  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  holdingAgency!: Ref<Agency>;

  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  recipientAgency!: Ref<Agency>;

  @Field(() => [ProtectionService])
  @Enum({ items: () => ProtectionService, array: true, nativeEnumName: 'protection_service' })
  purposes!: ProtectionService[];

  @Property({ type: 'blob', hidden: true })
  sealedReason!: Buffer;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  givenBy!: Ref<User>;

  @Field(() => Date)
  @Property({ type: 'Date', columnType: 'timestamptz', defaultRaw: 'now()' })
  givenAt: Date = new Date();

  @Field(() => Date)
  @Property({ type: 'Date', columnType: 'timestamptz' })
  expiresAt!: Date;
}
