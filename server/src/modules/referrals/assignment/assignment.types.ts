import { Field, ID, ObjectType } from 'type-graphql';

/** A liaison officer a referral is (or may be) assigned to: a name among colleagues, nothing more. */
@ObjectType({ description: 'An officer of the receiving agency in charge of a referral (shown within that agency)' })
export class ReferralAssignee {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;
}
