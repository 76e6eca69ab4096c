import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { uuidv7 } from '../../platform/ids';
import { Agency, ApiToken, User } from '../identity';
import { ReferralOutcome, ReferralStatus } from './referral.enums';
import type { Referral } from './referral.entity';

/**
 * One step in a referral's history: who moved it from which status to which, when, and why. Append-only;
 * the audit trail records the same step with the request's context.
 */
@ObjectType({ description: 'A step in the history of a referral' })
@Entity({ tableName: 'referral_transition' })
@Index({ properties: ['referral', 'at'] })
@Check({
  name: 'referral_transition_by_one_author',
  expression: '((by_user_id IS NULL) <> (by_api_token_id IS NULL))',
})
export class ReferralTransition {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne('Referral', { ref: true, deleteRule: 'cascade' })
  referral!: Ref<Referral>;

  @Field(() => String, { description: 'send, acknowledge, accept, decline, start, close, withdraw' })
  @Property({ type: 'string', length: 32 })
  action!: string;

  @Field(() => ReferralStatus)
  @Enum({ items: () => ReferralStatus, nativeEnumName: 'referral_status' })
  fromStatus!: ReferralStatus;

  @Field(() => ReferralStatus)
  @Enum({ items: () => ReferralStatus, nativeEnumName: 'referral_status' })
  toStatus!: ReferralStatus;

  /** Users of the other agency are not in the caller's directory, so only the id goes out. */
  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict', nullable: true })
  byUser?: Ref<User> | null;

  /** Or the agency's system, through its API token (exactly one of the two). */
  @ManyToOne(() => ApiToken, { ref: true, deleteRule: 'restrict', nullable: true })
  byApiToken?: Ref<ApiToken> | null;

  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  byAgency!: Ref<Agency>;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  at: Date = new Date();

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  comment?: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was declined or withdrawn' })
  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  @Field(() => ReferralOutcome, { nullable: true })
  @Enum({ items: () => ReferralOutcome, nativeEnumName: 'referral_outcome', nullable: true })
  outcome?: ReferralOutcome | null;
}
