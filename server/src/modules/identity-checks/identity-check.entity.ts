import {
  ArrayType,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  type Ref,
} from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { uuidv7 } from '../../platform/ids';
import { Agency, Mechanism, User } from '../identity';

export enum IdentityCheckOutcome {
  NO_HIT = 'NO_HIT',
  HIT = 'HIT',
  POSSIBLE_MATCH = 'POSSIBLE_MATCH',
}
registerEnumType(IdentityCheckOutcome, {
  name: 'IdentityCheckOutcome',
  description: 'No hit; known to an agency (contact its desk); or a possible match to confirm with the owner',
});

/**
 * What an agency knows about a person or a document, as far as a check may learn it: the agency's own reference
 * and keyed blind indexes of the normalised identifiers (identifier-normalisation.ts), never the identifiers.
 */
@Entity({ tableName: 'identity_record' })
@Index({ properties: ['mechanism', 'keyVersion'] })
@Index({
  name: 'identity_record_exact_indexes',
  expression: 'create index "identity_record_exact_indexes" on "identity_record" using gin ("exact_indexes")',
})
@Index({
  name: 'identity_record_loose_indexes',
  expression: 'create index "identity_record_loose_indexes" on "identity_record" using gin ("loose_indexes")',
})
export class IdentityRecord {
  [OptionalProps]?: 'id' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne(() => Mechanism, { ref: true, deleteRule: 'cascade' })
  mechanism!: Ref<Mechanism>;

  /** The agency that knows the person or document: it is told of every hit, and answers at its desk. */
  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  agency!: Ref<Agency>;

  /** The agency's own reference (a case or file number), quoted by whoever gets a hit. */
  @Property({ type: 'string', length: 100 })
  reference!: string;

  /** The version of the mechanism's check key the indexes were made with (check-keys.ts). */
  @Property({ type: 'integer' })
  keyVersion!: number;

  @Property({ type: ArrayType, columnType: 'text[]' })
  exactIndexes!: string[];

  @Property({ type: ArrayType, columnType: 'text[]' })
  looseIndexes!: string[];

  /**
   * What was typed (IdentityRecordIdentifiers as JSON), sealed with the record's own data key: opened only by the
   * re-indexing job after a key rotation (identity-reindex.ts), never by a request. Null on records registered
   * before re-indexing existed: they keep their key version.
   */
  @Property({ type: 'blob', nullable: true, hidden: true })
  sealedIdentifiers?: Buffer | null;

  @Property({ type: 'blob', nullable: true, hidden: true })
  dataKey?: Buffer | null;

  @Property({ type: 'string', length: 32, nullable: true, hidden: true })
  keyId?: string | null;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  createdBy!: Ref<User>;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** One check: who asked, for which agency, why, and what it answered (the owner's notice and the audit). */
@Entity({ tableName: 'identity_check' })
@Index({ properties: ['askedBy', 'createdAt'] })
@Index({ properties: ['askedByAgency', 'createdAt'] })
export class IdentityCheck {
  [OptionalProps]?: 'id' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne(() => Mechanism, { ref: true, deleteRule: 'cascade' })
  mechanism!: Ref<Mechanism>;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  askedBy!: Ref<User>;

  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  askedByAgency!: Ref<Agency>;

  @Property({ type: 'string', length: 500 })
  purpose!: string;

  @Enum({ items: () => IdentityCheckOutcome, nativeEnumName: 'identity_check_outcome' })
  outcome!: IdentityCheckOutcome;

  @Property({ type: ArrayType, columnType: 'uuid[]' })
  matchedRecordIds!: string[];

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

export enum IdentityReindexStatus {
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  /** A later rotation started its own run, which re-indexes these records too. */
  SUPERSEDED = 'SUPERSEDED',
}
registerEnumType(IdentityReindexStatus, { name: 'IdentityReindexStatus' });

/** Re-indexing a mechanism's records under a new key version: progress for platform admins (identity-reindex.ts). */
@Entity({ tableName: 'identity_reindex_run' })
@Index({ properties: ['mechanism', 'startedAt'] })
export class IdentityReindexRun {
  [OptionalProps]?: 'id' | 'status' | 'done' | 'notReindexable' | 'startedAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne(() => Mechanism, { ref: true, deleteRule: 'cascade' })
  mechanism!: Ref<Mechanism>;

  @Property({ type: 'integer' })
  targetVersion!: number;

  @Enum({ items: () => IdentityReindexStatus, nativeEnumName: 'identity_reindex_status', default: 'RUNNING' })
  status: IdentityReindexStatus = IdentityReindexStatus.RUNNING;

  /** Records under an older version when the run started. */
  @Property({ type: 'integer' })
  total!: number;

  @Property({ type: 'integer', default: 0 })
  done: number = 0;

  /** Records registered before identifiers were sealed: they keep matching under their own version. */
  @Property({ type: 'integer', default: 0 })
  notReindexable: number = 0;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  startedAt: Date = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  updatedAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  finishedAt?: Date | null;
}

/** The current version of a mechanism's check key; a rotation adds one, older versions still match. */
@Entity({ tableName: 'identity_check_key' })
export class IdentityCheckKey {
  @PrimaryKey({ type: 'uuid' })
  mechanismId!: string;

  @Property({ type: 'integer' })
  currentVersion!: number;

  @Property({ type: 'datetime' })
  rotatedAt!: Date;
}
