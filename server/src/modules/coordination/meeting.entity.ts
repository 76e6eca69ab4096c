import {
  ArrayType,
  Check,
  Collection,
  Entity,
  Enum,
  Index,
  ManyToMany,
  ManyToOne,
  OneToMany,
  OptionalProps,
  PrimaryKey,
  Property,
  type Ref,
} from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { uuidv7 } from '../../platform/ids';
import { Agency, CrossingPoint, Mechanism, User } from '../identity';
import { AgendaItem } from './agenda-item.entity';
import { MeetingAttendance } from './meeting-attendance.entity';
import { MeetingKind, MinutesStatus } from './meeting.enums';

/**
 * A meeting of one coordination mechanism, held somewhere (a crossing point of the mechanism, or a place
 * described in words) and/or by video, in a time zone. Its minutes are written per agenda item and go
 * DRAFT -> CIRCULATED -> APPROVED (meeting.lifecycle.ts); `mechanism` is on the row so the permission rules
 * (coordination.policy.ts) become plain SQL.
 */
@ObjectType({ description: 'A meeting of a coordination mechanism, with its agenda, attendance and minutes' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'meeting' })
@Index({ properties: ['mechanism', 'startsAt'] })
@Check({ name: 'meeting_ends_after_start', expression: 'ends_at > starts_at' })
@Check({
  name: 'meeting_has_a_place',
  expression: '(crossing_point_id is not null or place_text is not null or video_link is not null)',
})
@Check({ name: 'meeting_approved_has_revision', expression: "minutes_status <> 'APPROVED' or minutes_revision > 0" })
export class Meeting {
  [OptionalProps]?: 'id' | 'minutesStatus' | 'minutesRevision' | 'createdAt' | 'updatedAt' | 'languages';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne(() => Mechanism, { ref: true, deleteRule: 'restrict' })
  mechanism!: Ref<Mechanism>;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => MeetingKind)
  @Enum({ items: () => MeetingKind, nativeEnumName: 'meeting_kind' })
  kind!: MeetingKind;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  startsAt!: Date;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  endsAt!: Date;

  @Field(() => String, { description: 'IANA time zone the meeting is held in' })
  @Property({ type: 'string', length: 64 })
  timeZone!: string;

  @ManyToOne(() => CrossingPoint, { ref: true, deleteRule: 'restrict', nullable: true })
  crossingPoint?: Ref<CrossingPoint> | null;

  @Field(() => String, { nullable: true, description: 'The place in words, when it is not a crossing point' })
  @Property({ type: 'string', length: 200, nullable: true })
  placeText?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 500, nullable: true })
  videoLink?: string | null;

  @Field(() => [String], { description: 'Languages the meeting is held in: es, en, pt, fr' })
  @Property({ type: ArrayType, columnType: 'text[]', defaultRaw: "'{es}'" })
  languages: string[] = ['es'];

  @ManyToMany(() => Agency, undefined, { pivotTable: 'meeting_invited_agency', owner: true })
  invitedAgencies = new Collection<Agency>(this);

  @OneToMany(() => AgendaItem, (item) => item.meeting, { orderBy: { position: 'asc' } })
  agenda = new Collection<AgendaItem>(this);

  @OneToMany(() => MeetingAttendance, (entry) => entry.meeting, { orderBy: { position: 'asc' } })
  attendance = new Collection<MeetingAttendance>(this);

  @Field(() => MinutesStatus)
  @Enum({ items: () => MinutesStatus, nativeEnumName: 'minutes_status', default: MinutesStatus.DRAFT })
  minutesStatus: MinutesStatus = MinutesStatus.DRAFT;

  @Field(() => Int, {
    description: 'The approved revision in force: 0 before approval, 1 at approval, +1 per correction',
  })
  @Property({ type: 'smallint', default: 0 })
  minutesRevision: number = 0;

  @Field(() => Date, { nullable: true, description: 'Focal points comment on circulated minutes until then' })
  @Property({ type: 'datetime', nullable: true })
  commentDeadline?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  approvedAt?: Date | null;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  createdBy!: Ref<User>;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  /** Filled by the field guard: fields of this record the caller may not read (they resolve to null). */
  @Field(() => [String])
  restrictedFields?: string[];
}
