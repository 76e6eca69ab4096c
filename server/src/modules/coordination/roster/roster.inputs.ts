import { Field, ID, InputType, Int } from 'type-graphql';

export const ROSTER_LIMITS = {
  deskName: 200,
  officerName: 200,
  phone: 40,
  radioChannel: 60,
  email: 254,
  secureChannel: 200,
  languages: 4,
  perMechanism: 200,
} as const;

@InputType({ description: 'A line of the 24/7 contact roster: a desk or officer, when it answers, how to reach it' })
export class DutyContactInput {
  @Field(() => ID, { nullable: true, description: 'A crossing point of the mechanism, or none for the whole border' })
  crossingPointId?: string | null;

  @Field(() => String, { description: `At most ${ROSTER_LIMITS.deskName} characters` })
  deskName!: string;

  @Field(() => String, { nullable: true, description: `At most ${ROSTER_LIMITS.officerName} characters` })
  officerName?: string | null;

  @Field(() => String, { description: 'IANA time zone of the hours, e.g. America/Guatemala' })
  timeZone!: string;

  @Field(() => Boolean, { description: 'Around the clock, every day: days and times are then ignored' })
  alwaysOn!: boolean;

  @Field(() => [Int], { defaultValue: [], description: 'ISO days a shift starts: 1 Monday … 7 Sunday' })
  days!: number[];

  @Field(() => String, { nullable: true, description: 'HH:MM local time the shift starts' })
  from?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'HH:MM local time it ends; earlier than `from` runs past midnight',
  })
  until?: string | null;

  @Field(() => [String], { defaultValue: [], description: 'es, pt, en, fr' })
  languages!: string[];

  @Field(() => String, { description: `At most ${ROSTER_LIMITS.phone} characters` })
  phone!: string;

  @Field(() => String, { nullable: true })
  radioChannel?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  secureChannel?: string | null;
}
