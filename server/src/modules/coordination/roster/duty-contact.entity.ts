import {
  ArrayType,
  Check,
  Entity,
  Formula,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  type Ref,
} from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { uuidv7 } from '../../../platform/ids';
import { Agency, CrossingPoint, Mechanism, User } from '../../identity';
import { onDutySql } from './on-duty';

/**
 * One line of a mechanism's 24/7 contact roster: a desk (or officer) of a member agency, at a crossing point or
 * for the whole border, with the hours it answers in its own time zone. Kept by the agency's admin. Whether it
 * is on duty *now* is one SQL function (`enlace_on_duty`, on-duty.ts), read here as a formula, so the roster
 * screen, the referral page and the tests agree.
 */
@ObjectType({ description: "A 24/7 desk or on-call officer of a member agency, on a mechanism's contact roster" })
@Entity({ tableName: 'duty_contact' })
@Index({ properties: ['mechanism', 'agency'] })
@Check({
  name: 'duty_contact_hours',
  expression:
    'always_on or (start_minute >= 0 and start_minute <= 1439 and end_minute >= 1 and end_minute <= 1440 and cardinality(days) > 0)',
})
export class DutyContact {
  [OptionalProps]?:
    | 'id'
    | 'createdAt'
    | 'updatedAt'
    | 'onDutyNow'
    | 'crossingPoint'
    | 'alwaysOn'
    | 'days'
    | 'startMinute'
    | 'endMinute'
    | 'languages';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne(() => Mechanism, { ref: true, deleteRule: 'cascade' })
  mechanism!: Ref<Mechanism>;

  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  agency!: Ref<Agency>;

  @ManyToOne(() => CrossingPoint, { ref: true, nullable: true, deleteRule: 'set null' })
  crossingPoint?: Ref<CrossingPoint> | null;

  @Field(() => String, { description: 'The desk, e.g. "Guardia de frontera, Tecún Umán"' })
  @Property({ type: 'string', length: 200 })
  deskName!: string;

  @Field(() => String, { nullable: true, description: 'The officer on call, when the line is a person' })
  @Property({ type: 'string', length: 200, nullable: true })
  officerName?: string | null;

  @Field(() => String, { description: 'IANA time zone the hours are in' })
  @Property({ type: 'string', length: 64 })
  timeZone!: string;

  @Field(() => Boolean, { description: 'Answers around the clock, every day' })
  @Property({ type: 'boolean', default: false })
  alwaysOn: boolean = false;

  /** ISO days of the week the hours apply to (1 Monday … 7 Sunday); a shift starts on these days. */
  @Property({ type: ArrayType, columnType: 'smallint[]', defaultRaw: "'{}'" })
  days: number[] = [];

  /** Minutes after local midnight the shift starts; a shift ending earlier than it starts runs past midnight. */
  @Property({ type: 'smallint', default: 0 })
  startMinute: number = 0;

  @Property({ type: 'smallint', default: 1440 })
  endMinute: number = 1440;

  @Field(() => [String], { description: 'Languages spoken at the desk: es, pt, en, fr' })
  @Property({ type: ArrayType, columnType: 'varchar(2)[]', defaultRaw: "'{}'" })
  languages: string[] = [];

  @Field(() => String)
  @Property({ type: 'string', length: 40 })
  phone!: string;

  @Field(() => String, { nullable: true, description: 'Radio channel or frequency' })
  @Property({ type: 'string', length: 60, nullable: true })
  radioChannel?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 254, nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Secure messaging channel (e.g. a Signal group name)' })
  @Property({ type: 'string', length: 200, nullable: true })
  secureChannel?: string | null;

  @Field(() => Boolean, { description: 'Whether the desk is on duty at this moment (computed by the database)' })
  @Formula((table) => onDutySql(table.alias, 'now()'))
  onDutyNow?: boolean;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  updatedBy!: Ref<User>;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
