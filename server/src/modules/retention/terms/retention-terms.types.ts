import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

/** The kinds of record an agency sets its own term for: the cases it owns. Values are the schedule's names. */
export enum AgencyRetentionKind {
  CLOSED_REFERRALS = 'closedReferrals',
  CLOSED_SURVIVORS = 'closedSurvivors',
}

registerEnumType(AgencyRetentionKind, {
  name: 'AgencyRetentionKind',
  description: "The kinds of an agency's records it keeps for its own term",
  valuesConfig: {
    CLOSED_REFERRALS: { description: 'Referrals the agency sent, once closed, declined or withdrawn' },
    CLOSED_SURVIVORS: { description: 'Survivor records the agency holds, once closed' },
  },
});

@ObjectType({ description: "One kind of an agency's records: its term, and what is due and done" })
export class RetentionTermLine {
  @Field(() => AgencyRetentionKind)
  kind!: AgencyRetentionKind;

  @Field(() => Int, { description: 'The term in force, in days after closing' })
  termDays!: number;

  @Field(() => Int, { description: "The platform's term, in force when the agency set none" })
  platformTermDays!: number;

  @Field(() => Int, { nullable: true, description: "The agency's own term; null: the platform's applies" })
  agencyTermDays!: number | null;

  @Field(() => Int, { description: 'The shortest term the platform allows' })
  minDays!: number;

  @Field(() => Int, { description: 'The longest term the platform allows' })
  maxDays!: number;

  @Field(() => Date, { nullable: true, description: "When the agency's term was last set" })
  agencyTermSetAt!: Date | null;

  @Field(() => Int, { description: 'Records past their term: the next sweep anonymises them' })
  dueNow!: number;

  @Field(() => Int, { description: 'Records whose term ends within the next 30 days (not yet due)' })
  dueWithin30Days!: number;

  @Field(() => Int, { description: 'Records anonymised so far' })
  anonymisedCount!: number;

  @Field(() => Date, { nullable: true, description: 'When the last one was anonymised' })
  lastAnonymisedAt!: Date | null;
}

@ObjectType({ description: 'A record the retention sweep anonymised (its personal data erased or re-sealed)' })
export class AnonymisedRecordLine {
  @Field(() => AgencyRetentionKind)
  kind!: AgencyRetentionKind;

  @Field(() => ID)
  recordId!: string;

  @Field(() => String, { nullable: true, description: "The referral's reference or the survivor record's code" })
  reference!: string | null;

  @Field(() => Date)
  anonymisedAt!: Date;
}

@ObjectType({ description: "An agency's retention: its terms, what is due, and what the sweep did (no names)" })
export class AgencyRetentionReport {
  @Field(() => ID)
  agencyId!: string;

  @Field(() => [RetentionTermLine])
  lines!: RetentionTermLine[];

  @Field(() => [AnonymisedRecordLine], { description: 'The latest anonymisations, newest first (at most 50)' })
  recent!: AnonymisedRecordLine[];

  @Field(() => Boolean, { description: 'Whether the caller may change the terms' })
  canUpdate!: boolean;
}
