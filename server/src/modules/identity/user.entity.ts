import {
  Entity,
  Enum,
  Formula,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  type Ref,
  OptionalProps,
} from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { uuidv7 } from '../../platform/ids';
import { Role } from '../../platform/authz/roles';
import { Agency } from './agency.entity';

/**
 * A person who signs in. Credentials and second-factor secrets live here but are never GraphQL fields.
 * E-mail is personal data: only the user, their agency's admins and platform admins read it.
 * No federation key: no other subgraph may look staff up by id (docs/federation.md).
 */
@ObjectType({ description: 'A person who works in an agency and signs in to Enlace' })
@Entity({ tableName: 'app_user' })
@Index({
  name: 'app_user_email_unique',
  expression: 'create unique index "app_user_email_unique" on "app_user" (lower("email"))',
})
export class User {
  /** Properties with defaults, so em.create() does not demand them. */
  [OptionalProps]?: 'id' | 'locale' | 'roles' | 'active' | 'createdAt' | 'failedSignInCount';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Field(() => Agency)
  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict', index: true })
  agency!: Ref<Agency>;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 254 })
  email!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { description: 'Interface language: es, en, pt or fr' })
  @Property({ type: 'string', length: 5, default: 'es' })
  locale: string = 'es';

  @Field(() => String, { description: 'IANA time zone in which dates are shown' })
  @Property({ type: 'string', length: 64 })
  timeZone!: string;

  @Field(() => [Role])
  @Enum({ items: () => Role, array: true, nativeEnumName: 'user_role', default: [] })
  roles: Role[] = [];

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  /** argon2id; null until the user accepts their invitation. */
  @Property({ type: 'text', nullable: true, lazy: true })
  passwordHash?: string | null;

  /** Computed by the database (the hash itself is never loaded for lists): invited, no password yet. */
  @Formula((alias) => `(${alias}.password_hash is null)`)
  invitationPending?: boolean;

  @Property({ type: 'integer', default: 0 })
  failedSignInCount: number = 0;

  @Property({ type: 'datetime', nullable: true })
  lockedUntil?: Date | null;

  /** Base32 TOTP secret; set at enrolment, confirmed when totpEnabledAt is set. */
  @Property({ type: 'text', nullable: true, lazy: true })
  totpSecret?: string | null;

  @Property({ type: 'datetime', nullable: true })
  totpEnabledAt?: Date | null;

  /** The TOTP time step (30 s) of the last code accepted: that code and older ones are refused (replay). */
  @Property({ type: 'integer', nullable: true, lazy: true })
  totpLastStep?: number | null;

  /** argon2id hashes of the unused one-time recovery codes. */
  @Property({ type: 'json', nullable: true, lazy: true })
  recoveryCodeHashes?: string[] | null;

  @Property({ type: 'datetime', nullable: true })
  lastSignInAt?: Date | null;

  /** Filled by the field guard: fields of this record the caller may not read (they resolve to null). */
  @Field(() => [String])
  restrictedFields?: string[];
}
