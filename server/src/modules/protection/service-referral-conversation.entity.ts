import { Collection, Entity, Index, ManyToOne, OneToMany, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { uuidv7 } from '../../platform/ids';
import { Agency, User } from '../identity';
import { ServiceReferral } from './service-referral.entity';

/**
 * A message between the referring case worker and the provider on a referral to a service. It may describe the
 * survivor, so its body is sealed with the survivor's data key (like the referral's note); the GraphQL type is
 * the view in service-referral-conversation.view.ts, read through the field guard. Messages are never edited.
 */
@Entity({ tableName: 'service_referral_message' })
@Index({ name: 'service_referral_message_conversation', properties: ['referral', 'createdAt'] })
export class ServiceReferralMessageRecord {
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne(() => ServiceReferral, { ref: true, deleteRule: 'cascade' })
  referral!: Ref<ServiceReferral>;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  author!: Ref<User>;

  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  authorAgency!: Ref<Agency>;

  @Property({ type: 'blob' })
  sealedBody!: Buffer;

  @Property({ type: 'datetime', length: 3, defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @OneToMany(() => ServiceReferralAttachmentRecord, (attachment) => attachment.message)
  attachments = new Collection<ServiceReferralAttachmentRecord>(this);
}

/**
 * A file on a referral's conversation: uploaded first (bound to the referral), attached when the message is
 * posted. Its bytes are stored sealed with the survivor's data key under a key of ids only; its name (which may
 * name the person) is sealed in the row. The SHA-256 is of the file itself, checked on every download.
 */
@Entity({ tableName: 'service_referral_attachment' })
export class ServiceReferralAttachmentRecord {
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne(() => ServiceReferral, { ref: true, deleteRule: 'cascade', index: true })
  referral!: Ref<ServiceReferral>;

  @ManyToOne(() => ServiceReferralMessageRecord, { ref: true, deleteRule: 'cascade', nullable: true, index: true })
  message: Ref<ServiceReferralMessageRecord> | null = null;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  uploadedBy!: Ref<User>;

  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  uploadedByAgency!: Ref<Agency>;

  @Property({ type: 'blob' })
  sealedFileName!: Buffer;

  @Property({ type: 'string', length: 100 })
  mediaType!: string;

  @Property({ type: 'integer' })
  sizeBytes!: number;

  @Property({ type: 'string', length: 64 })
  sha256!: string;

  @Property({ type: 'string', length: 200 })
  storageKey!: string;

  @Property({ type: 'datetime', length: 3, defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
