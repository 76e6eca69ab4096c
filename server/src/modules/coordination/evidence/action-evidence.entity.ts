import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { uuidv7 } from '../../../platform/ids';
import { Agency, User } from '../../identity';
import type { ActionItem } from '../action-item.entity';
import type { ActionUpdate } from '../action-update.entity';

export const evidenceDownloadPathOf = (id: string) => `/api/coordination/evidence/${id}`;

/**
 * A file the owner agency attached to one of its progress updates on an action item (a signed record, a photo
 * of the new signage). Stored like referral attachments: content sniffed, size-limited, checksummed, in the
 * platform file store under `<action item id>/<evidence id>`; downloads are permission-checked and audited.
 * `actionItem` is a column so the read rule is the action item's, and row-level security can use it.
 */
@ObjectType({ description: 'A file attached to a progress update as evidence' })
@Entity({ tableName: 'action_evidence' })
@Index({ properties: ['update', 'uploadedAt'] })
export class ActionEvidence {
  [OptionalProps]?: 'id' | 'uploadedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne('ActionItem', { ref: true, deleteRule: 'cascade' })
  actionItem!: Ref<ActionItem>;

  @ManyToOne('ActionUpdate', { ref: true, deleteRule: 'cascade' })
  update!: Ref<ActionUpdate>;

  @Field(() => String)
  @Property({ type: 'string', length: 255 })
  fileName!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  mediaType!: string;

  @Field(() => Int)
  @Property({ type: 'int' })
  sizeBytes!: number;

  @Field(() => String)
  @Property({ type: 'string', length: 64 })
  sha256!: string;

  @Property({ type: 'string', length: 200, hidden: true })
  storageKey!: string;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  uploadedBy!: Ref<User>;

  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  uploadedByAgency!: Ref<Agency>;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  uploadedAt: Date = new Date();
}
