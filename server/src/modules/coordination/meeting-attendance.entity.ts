import { OptionalProps, Entity, Enum, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { uuidv7 } from '../../platform/ids';
import { Agency } from '../identity';
import { AttendanceStatus } from './meeting.enums';
import type { Meeting } from './meeting.entity';

/** A person expected at or taking part in a meeting, as the secretariat recorded them. */
@ObjectType({ description: 'A person at a meeting: present, by video, excused or absent' })
@Entity({ tableName: 'meeting_attendance' })
export class MeetingAttendance {
  [OptionalProps]?: 'id';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne('Meeting', { ref: true, deleteRule: 'cascade', index: true })
  meeting!: Ref<Meeting>;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  position!: number;

  /** Officials in their professional capacity, written by the secretariat as they appear in the minutes. */
  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Their function, e.g. "Head of the Tecún Umán post"' })
  @Property({ type: 'string', length: 200, nullable: true })
  jobTitle?: string | null;

  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  agency!: Ref<Agency>;

  @Field(() => AttendanceStatus)
  @Enum({ items: () => AttendanceStatus, nativeEnumName: 'attendance_status' })
  status!: AttendanceStatus;
}
