import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';

/** Filters both audit views share. All optional; given ones are combined with AND. */
@InputType()
abstract class AuditEventFilterBase {
  @Field(() => Date, { nullable: true, description: 'Events at or after this instant' })
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Events before this instant' })
  to?: Date;

  @Field(() => String, { nullable: true })
  action?: string;

  @Field(() => String, { nullable: true })
  entityType?: string;

  @Field(() => String, { nullable: true })
  entityId?: string;
}

@InputType({ description: "Filters on the own agency's audit trail" })
export class AuditTrailFilter extends AuditEventFilterBase {
  @Field(() => ID, { nullable: true, description: 'Only what this user or API token did' })
  actorId?: string;
}

/** No actor id here: the data owner does not see another agency's people, so may not search by them either. */
@InputType({ description: "Filters on other agencies' access to the own agency's records" })
export class DataOwnerAccessFilter extends AuditEventFilterBase {
  @Field(() => ID, { nullable: true, description: 'Only what this other agency did' })
  actorAgencyId?: string;
}

@ArgsType()
export class AuditPageArgs {
  @Field(() => Int, { defaultValue: 50, description: 'How many events, 1 to 200' })
  first: number = 50;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page' })
  after?: string;
}

@ArgsType()
export class AuditTrailArgs extends AuditPageArgs {
  @Field(() => AuditTrailFilter, { nullable: true })
  filter?: AuditTrailFilter;
}

@ArgsType()
export class DataOwnerAccessArgs extends AuditPageArgs {
  @Field(() => DataOwnerAccessFilter, { nullable: true })
  filter?: DataOwnerAccessFilter;
}
