import {
  Check,
  Collection,
  Entity,
  Index,
  ManyToOne,
  OneToMany,
  PrimaryKey,
  Property,
  type Ref,
} from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { uuidv7 } from '../../../platform/ids';
import { Agency, ApiToken, User } from '../../identity';
import { Referral } from '../referral.entity';
import { ReferralAttachment } from './referral-attachment.entity';

/**
 * A message on a referral's conversation, written by a user of one of the agencies working on it (the two
 * parties, or an agency it was forwarded to). Messages are never edited: the conversation is part of the record.
 */
@ObjectType({ description: 'A message between the agencies working on a referral' })
@Entity({ tableName: 'referral_message' })
@Index({ name: 'referral_message_conversation_index', properties: ['referral', 'createdAt'] })
@Check({
  name: 'referral_message_one_author',
  expression: '((author_id IS NULL) <> (author_api_token_id IS NULL))',
})
export class ReferralMessage {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne(() => Referral, { ref: true, deleteRule: 'cascade' })
  referral!: Ref<Referral>;

  /** A person, or the agency's system through its API token (exactly one of the two). */
  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict', nullable: true })
  author?: Ref<User> | null;

  @ManyToOne(() => ApiToken, { ref: true, deleteRule: 'restrict', nullable: true })
  authorApiToken?: Ref<ApiToken> | null;

  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  authorAgency!: Ref<Agency>;

  @Field(() => String)
  @Property({ type: 'text' })
  body!: string;

  @Field(() => Date)
  @Property({ type: 'datetime', length: 3, defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @OneToMany(() => ReferralAttachment, (attachment) => attachment.message)
  attachments = new Collection<ReferralAttachment>(this);
}
