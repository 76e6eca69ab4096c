import { Field, ID, InputType, Int } from 'type-graphql';
import { AttendanceStatus, MeetingKind } from './meeting.enums';

/** Limits of every text and list a secretariat sends; the service checks them and names the field. */
export const LIMITS = {
  title: 200,
  placeText: 200,
  videoLink: 500,
  agendaItems: 40,
  agendaTitle: 300,
  attendance: 200,
  attendeeName: 200,
  jobTitle: 200,
  minutes: 20_000,
  comment: 4_000,
  reason: 500,
  invitedAgencies: 50,
} as const;

@InputType({ description: 'When, where and what a meeting is (its mechanism is given when it is created)' })
export class MeetingInput {
  @Field(() => String, { description: `At most ${LIMITS.title} characters` })
  title!: string;

  @Field(() => MeetingKind)
  kind!: MeetingKind;

  @Field(() => Date)
  startsAt!: Date;

  @Field(() => Date)
  endsAt!: Date;

  @Field(() => String, { description: 'IANA time zone, e.g. America/Guatemala' })
  timeZone!: string;

  @Field(() => ID, { nullable: true, description: 'A crossing point of the mechanism' })
  crossingPointId?: string | null;

  @Field(() => String, { nullable: true, description: `At most ${LIMITS.placeText} characters` })
  placeText?: string | null;

  @Field(() => String, { nullable: true, description: 'An https:// link' })
  videoLink?: string | null;

  @Field(() => [String], { description: 'One to four of es, en, pt, fr' })
  languages!: string[];

  @Field(() => [ID], { description: `Member agencies invited (at most ${LIMITS.invitedAgencies})` })
  invitedAgencyIds!: string[];
}

@InputType({ description: 'One agenda item; an id keeps an existing item (and its minutes)' })
export class AgendaItemInput {
  @Field(() => ID, { nullable: true })
  id?: string | null;

  @Field(() => String, { description: `At most ${LIMITS.agendaTitle} characters` })
  title!: string;

  @Field(() => ID, { nullable: true, description: 'A member agency' })
  presenterAgencyId?: string | null;

  @Field(() => String, { nullable: true, description: 'HH:MM in the meeting time zone' })
  slotStart?: string | null;

  @Field(() => Int, { nullable: true, description: '1 to 1440' })
  durationMinutes?: number | null;
}

@InputType({ description: 'A person at the meeting' })
export class AttendanceInput {
  @Field(() => String, { description: `At most ${LIMITS.attendeeName} characters` })
  name!: string;

  @Field(() => String, { nullable: true, description: `At most ${LIMITS.jobTitle} characters` })
  jobTitle?: string | null;

  @Field(() => ID, { description: 'A member agency' })
  agencyId!: string;

  @Field(() => AttendanceStatus)
  status!: AttendanceStatus;
}

@InputType({ description: 'The corrected minutes of one agenda item' })
export class CorrectedMinutesInput {
  @Field(() => ID)
  agendaItemId!: string;

  @Field(() => String, { description: `Markdown, at most ${LIMITS.minutes} characters` })
  minutes!: string;
}
