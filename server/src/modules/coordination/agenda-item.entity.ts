import { Check, Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { uuidv7 } from '../../platform/ids';
import { Agency } from '../identity';
import type { Meeting } from './meeting.entity';

/**
 * One item of a meeting's agenda, in order, with the agency presenting it, its time slot (local time in the
 * meeting's time zone) and the minutes written for it in Markdown. Who may read the minutes depends on the
 * meeting's minutes status (coordination.policy.ts, `readMinutes`).
 */
@ObjectType({ description: "An item of a meeting's agenda, with its minutes" })
@Entity({ tableName: 'agenda_item' })
@Index({ properties: ['meeting', 'position'] })
@Check({ name: 'agenda_item_slot', expression: "slot_start is null or slot_start ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'" })
@Check({
  name: 'agenda_item_duration',
  expression: 'duration_minutes is null or (duration_minutes >= 1 and duration_minutes <= 1440)',
})
export class AgendaItem {
  [OptionalProps]?: 'id' | 'minutes';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne('Meeting', { ref: true, deleteRule: 'cascade' })
  meeting!: Ref<Meeting>;

  @Field(() => Int, { description: '1, 2, 3... in agenda order' })
  @Property({ type: 'smallint' })
  position!: number;

  @Field(() => String)
  @Property({ type: 'string', length: 300 })
  title!: string;

  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict', nullable: true })
  presenterAgency?: Ref<Agency> | null;

  @Field(() => String, { nullable: true, description: 'Local start time (HH:MM) in the meeting time zone' })
  @Property({ type: 'string', length: 5, nullable: true })
  slotStart?: string | null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'smallint', nullable: true })
  durationMinutes?: number | null;

  /** Markdown; exposed through a field resolver that asks the policy whether the caller may read minutes. */
  @Property({ type: 'text', default: '' })
  minutes: string = '';
}
