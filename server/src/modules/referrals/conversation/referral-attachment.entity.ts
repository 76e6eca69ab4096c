import { Check, Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { uuidv7 } from '../../../platform/ids';
import { Agency, ApiToken, User } from '../../identity';
import { Referral } from '../referral.entity';
import type { ReferralMessage } from './referral-message.entity';

/**
 * A file on a referral. Uploaded first (bound to the referral, not yet to a message), then attached when the
 * message is posted. The bytes live in the attachment store under a key made of ids only; the original file
 * name (which may name a person) stays in this row and only reaches the client in a download's header.
 */
@ObjectType({ description: 'A file attached to a referral message; download it from downloadPath' })
@Entity({ tableName: 'referral_attachment' })
@Check({
  name: 'referral_attachment_one_uploader',
  expression: '((uploaded_by_id IS NULL) <> (uploaded_by_api_token_id IS NULL))',
})
export class ReferralAttachment {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne(() => Referral, { ref: true, deleteRule: 'cascade', index: true })
  referral!: Ref<Referral>;

  @ManyToOne('ReferralMessage', { ref: true, deleteRule: 'cascade', nullable: true, index: true })
  message?: Ref<ReferralMessage> | null;

  /** A person, or the agency's system through its API token (exactly one of the two). */
  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict', nullable: true })
  uploadedBy?: Ref<User> | null;

  @ManyToOne(() => ApiToken, { ref: true, deleteRule: 'restrict', nullable: true })
  uploadedByApiToken?: Ref<ApiToken> | null;

  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  uploadedByAgency!: Ref<Agency>;

  @Field(() => String)
  @Property({ type: 'string', length: 255 })
  fileName!: string;

  @Field(() => String, { description: 'The type found in the content, not the one the uploader declared' })
  @Property({ type: 'string', length: 100 })
  mediaType!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  sizeBytes!: number;

  @Field(() => String, { description: 'SHA-256 of the content, hex; checked again on every download' })
  @Property({ type: 'string', length: 64 })
  sha256!: string;

  /** Where the store keeps the bytes: ids only, never a name. */
  @Property({ type: 'string', length: 200 })
  storageKey!: string;

  @Field(() => Date)
  @Property({ type: 'datetime', length: 3, defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** The authenticated download route of an attachment: ids only, never a public or signed URL. */
export const downloadPathOf = (attachmentId: string) => `/api/attachments/${attachmentId}`;
