import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum AuditActorKind {
  USER = 'user',
  API_TOKEN = 'api-token',
}
registerEnumType(AuditActorKind, { name: 'AuditActorKind', description: 'Whether a person or a system acted' });

/**
 * One row of the append-only, hash-chained audit trail. The app only ever inserts through the audit
 * module's writer; `seq`, `previousHash` and `hash` are set by a database trigger (see
 * docs/adr/0004-audit-trail-hash-chain.md), and UPDATE, DELETE and TRUNCATE are refused by the database.
 *
 * Agency and actor ids are plain uuids, not foreign keys: the trail must outlive and never cascade from the
 * records it talks about. Fields that a data owner may not see of another agency's event are nullable
 * because the field guard resolves them to null (see audit.policy.ts).
 */
@ObjectType({ description: 'Something that happened to a record, who did it, from where; never personal data' })
@Entity({ tableName: 'audit_event' })
@Index({ properties: ['actorAgencyId', 'occurredAt'] })
@Index({ properties: ['ownerAgencyId', 'occurredAt'] })
@Index({ properties: ['entityType', 'entityId'] })
export class AuditEvent {
  /** Position in the chain: assigned by the trigger under the chain lock, without gaps. Also the cursor. */
  @Field(() => String, { description: 'Position in the hash chain; newer events have larger numbers' })
  @PrimaryKey({ type: 'bigint', autoincrement: true, generated: 'by default as identity' })
  seq!: string;

  @Field(() => ID)
  @Property({ type: 'uuid', unique: true })
  id!: string;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  occurredAt!: Date;

  @Field(() => AuditActorKind, { nullable: true, description: 'Null when nobody was signed in' })
  @Enum({ items: () => AuditActorKind, nativeEnumName: 'audit_actor_kind', nullable: true })
  actorKind?: AuditActorKind | null;

  @Field(() => ID, { nullable: true, description: 'The user or API token that acted' })
  @Property({ type: 'uuid', nullable: true })
  actorId?: string | null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  actorAgencyId?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 2, nullable: true })
  actorCountryCode?: string | null;

  @Field(() => String, { description: 'What happened, e.g. "referral.send" or "personal-data.read"' })
  @Property({ type: 'string', length: 100 })
  action!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  entityType!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  entityId!: string;

  @Field(() => [String], { description: 'Names of the personal-data fields read or changed (never values)' })
  @Property({ type: 'text[]', default: '{}' })
  fields!: string[];

  @Field(() => ID, { nullable: true, description: 'The agency whose record this is' })
  @Property({ type: 'uuid', nullable: true })
  ownerAgencyId?: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Non-personal details (status from/to, reasons)' })
  @Property({ type: 'jsonb', nullable: true })
  details?: Record<string, unknown> | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 100, nullable: true })
  requestId?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 64, nullable: true })
  clientAddress?: string | null;

  @Property({ type: 'string', length: 64 })
  previousHash!: string;

  @Property({ type: 'string', length: 64 })
  hash!: string;

  /** The application's Ed25519 signature of the event (audit-event-signature.ts, ADR 52); null before signing began. */
  @Property({ type: 'string', length: 100, nullable: true })
  signature?: string | null;

  @Property({ type: 'string', length: 16, nullable: true })
  signatureKeyId?: string | null;

  /** Set by labelEvents (audit-labels.service.ts), not stored: the actor's name, for their own agency's auditors. */
  @Field(() => String, { nullable: true, description: 'The person who acted, when they work in your agency' })
  actorName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The record's reference as people know it (a referral's reference, a survivor's code, a user's name)",
  })
  recordLabel?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the record opens in the web app, e.g. /referrals/<id>' })
  recordPath?: string | null;

  /** Filled by the field guard: the fields of this event the caller may not read (they resolve to null). */
  @Field(() => [String], { description: 'Fields of this event you may not read; they come back null' })
  restrictedFields?: string[];
}
