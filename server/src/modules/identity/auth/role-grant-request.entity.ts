import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { uuidv7 } from '../../../platform/ids';
import { Role } from '../../../platform/authz/roles';
import { Agency } from '../agency.entity';
import { User } from '../user.entity';
import { ApiToken } from './api-token.entity';

export enum RoleGrantStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REFUSED = 'REFUSED',
}
registerEnumType(RoleGrantStatus, { name: 'RoleGrantStatus' });

/**
 * Four eyes on who reads cases: an admin asking that a user (or an API token) get an operational role. Nothing
 * is granted until another admin of the same agency approves; an invitation is mailed only then, and a token
 * works only then. The row is the request's history; the audit trail has the same steps.
 */
@ObjectType({ description: 'An operational role an admin asked for, waiting for a second admin of the agency' })
@Entity({ tableName: 'role_grant_request' })
@Index({ name: 'role_grant_request_pending_index', properties: ['agency', 'status', 'requestedAt'] })
export class RoleGrantRequest {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne(() => Agency, { ref: true, deleteRule: 'cascade' })
  agency!: Ref<Agency>;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade', nullable: true })
  user?: Ref<User> | null;

  @ManyToOne(() => ApiToken, { ref: true, deleteRule: 'cascade', nullable: true })
  apiToken?: Ref<ApiToken> | null;

  @Field(() => [Role], { description: 'All the roles the user or token would hold once approved' })
  @Enum({ items: () => Role, array: true, nativeEnumName: 'user_role' })
  roles!: Role[];

  @Field(() => Boolean, { description: 'A new user: the invitation is mailed once the request is approved' })
  @Property({ type: 'boolean', default: false })
  withInvitation: boolean = false;

  @Field(() => RoleGrantStatus)
  @Enum({ items: () => RoleGrantStatus, nativeEnumName: 'role_grant_status' })
  status: RoleGrantStatus = RoleGrantStatus.PENDING;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  requestedById!: string;

  @Field(() => Date)
  @Property({ type: 'datetime', length: 3, defaultRaw: 'now()' })
  requestedAt: Date = new Date();

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  decidedById?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', length: 3, nullable: true })
  decidedAt?: Date | null;
}
