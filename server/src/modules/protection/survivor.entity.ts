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
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { uuidv7 } from '../../platform/ids';
import { Agency, User } from '../identity';
import { SurvivorCaseStatus, SurvivorClosureReason, SurvivorVulnerability } from './survivor.enums';

/**
 * A survivor of trafficking or aggravated smuggling, held by the agency that registered them and known
 * everywhere by a pseudonymous code (SV-CR-2026-00311). What identifies them is in `personalData`, sealed with
 * the record's own data key (platform/crypto); the columns PostgreSQL sees are ciphertext, the wrapped key and
 * the id of the master key that wrapped it, and keyed digests of document numbers for exact search.
 * The personal fields of the GraphQL type are resolved from the sealed column (survivor.resolver.ts), behind
 * the field guard: a caller the policy refuses never causes a decryption.
 */
@ObjectType({ description: 'A survivor in protection: the pseudonymous code first; personal fields are restricted' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'survivor' })
@Unique({ name: 'survivor_code_unique', properties: ['holdingAgency', 'code'] })
@Index({ name: 'survivor_caseload', properties: ['holdingAgency', 'status', 'code'] })
@Index({ name: 'survivor_statistics', properties: ['registeredAt'] })
@Index({ name: 'survivor_document_index', properties: ['documentIndex'], type: 'gin' })
@Check({
  name: 'survivor_closed_with_reason',
  expression: "((status = 'CLOSED'::survivor_case_status) = (closure_reason IS NOT NULL))",
})
export class Survivor {
  [OptionalProps]?:
    | 'id'
    | 'status'
    | 'registeredAt'
    | 'updatedAt'
    | 'vulnerabilities'
    | 'documentIndex'
    | 'statSex'
    | 'statAgeBand'
    | 'statNationality'
    | 'statExploitations'
    | 'statVersion';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Field(() => String, { description: 'Pseudonymous code, gap-free per agency and year, e.g. SV-CR-2026-00311' })
  @Property({ type: 'string', length: 24 })
  code!: string;

  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  holdingAgency!: Ref<Agency>;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict', nullable: true, index: true })
  caseWorker: Ref<User> | null = null;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict', nullable: true, index: true })
  supervisor: Ref<User> | null = null;

  @Field(() => SurvivorCaseStatus)
  @Enum({ items: () => SurvivorCaseStatus, nativeEnumName: 'survivor_case_status', default: SurvivorCaseStatus.OPEN })
  status: SurvivorCaseStatus = SurvivorCaseStatus.OPEN;

  @Field(() => SurvivorClosureReason, { nullable: true })
  @Enum({ items: () => SurvivorClosureReason, nativeEnumName: 'survivor_closure_reason', nullable: true })
  closureReason: SurvivorClosureReason | null = null;

  @Field(() => [SurvivorVulnerability])
  @Enum({ items: () => SurvivorVulnerability, array: true, nativeEnumName: 'survivor_vulnerability', default: [] })
  vulnerabilities: SurvivorVulnerability[] = [];

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  registeredBy!: Ref<User>;

  @Field(() => Date)
  @Property({ type: 'Date', columnType: 'timestamptz', defaultRaw: 'now()' })
  registeredAt: Date = new Date();

  @Field(() => Date)
  @Property({ type: 'Date', columnType: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  /** The personal data (SurvivorPersonalData as JSON), sealed with the record's data key. */
  @Property({ type: 'blob', hidden: true, lazy: false })
  personalData!: Buffer;

  /** The record's data key, wrapped by the master key `keyId` names. */
  @Property({ type: 'blob', hidden: true })
  dataKey!: Buffer;

  @Property({ type: 'string', length: 32, hidden: true, index: true })
  keyId!: string;

  /** Keyed digests (HMAC, scoped to the holding agency) of the document numbers, for exact search. */
  @Property({ type: ArrayType, columnType: 'text[]', defaultRaw: "'{}'", hidden: true })
  documentIndex: string[] = [];

  /** De-identified columns for statistics (survivor-statistics.ts, ADR 0038): never exposed through GraphQL. */
  @Property({ type: 'string', length: 16, nullable: true, hidden: true })
  statSex: string | null = null;

  @Property({ type: 'string', length: 8, nullable: true, hidden: true })
  statAgeBand: string | null = null;

  @Property({ type: 'string', length: 2, nullable: true, hidden: true })
  statNationality: string | null = null;

  @Property({ type: ArrayType, columnType: 'text[]', defaultRaw: "'{}'", hidden: true })
  statExploitations: string[] = [];

  /** 1: the stat columns are derived from the personal data; 0: sealed before they existed (back-filled by a job). */
  @Property({ type: 'smallint', defaultRaw: '0', hidden: true })
  statVersion: number = 1;
}
