import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ConnectionArgs } from '../../platform/graphql/connection';

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

  @Field(() => String, {
    nullable: true,
    description: "A record's reference as people know it: a referral's reference (and its persons), a survivor's code",
  })
  reference?: string;
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
export class AuditTrailArgs extends ConnectionArgs {
  @Field(() => AuditTrailFilter, { nullable: true })
  filter?: AuditTrailFilter;
}

@ArgsType()
export class DataOwnerAccessArgs extends ConnectionArgs {
  @Field(() => DataOwnerAccessFilter, { nullable: true })
  filter?: DataOwnerAccessFilter;
}
