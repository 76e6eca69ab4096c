import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { uuidv7 } from '../../../platform/ids';
import { Role } from '../../../platform/authz/roles';
import { Agency } from '../agency.entity';

/**
 * A bearer token with which another system of an agency (a case management system, a national alert list)
 * calls the API. It acts for the agency with the roles it was given, never admin roles. The secret is shown
 * once at creation; only its SHA-256 is stored.
 */
@ObjectType({
  description: "A system-to-system API token of the caller's agency; the secret itself is never shown again",
})
@Entity({ tableName: 'api_token' })
@Index({ properties: ['agency', 'createdAt'] })
export class ApiToken {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne(() => Agency, { ref: true, deleteRule: 'cascade' })
  agency!: Ref<Agency>;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => [Role])
  @Enum({ items: () => Role, array: true, nativeEnumName: 'user_role', default: [] })
  roles: Role[] = [];

  @Field(() => [String], { description: 'What the token was issued for, e.g. "referrals:read"' })
  @Property({ type: 'json' })
  scopes: string[] = [];

  @Field(() => String, { description: 'The first characters of the token, to recognise it in a configuration' })
  @Property({ type: 'string', length: 16 })
  displayPrefix!: string;

  @Property({ type: 'string', length: 64, unique: 'api_token_token_hash_unique' })
  tokenHash!: string;

  @Property({ type: 'uuid', nullable: true })
  createdById?: string | null;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  expiresAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  lastUsedAt?: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When a second admin approved its operational roles; null: the token does not work yet',
  })
  @Property({ type: 'datetime', nullable: true })
  approvedAt?: Date | null;
}
