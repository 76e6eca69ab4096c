import { Field, ID, InputType } from 'type-graphql';
import { AgencyKind } from './agency.entity';

@InputType({ description: 'An agency to add: the tenant its users work in' })
export class CreateAgencyInput {
  @Field(() => String, { description: 'ISO 3166-1 alpha-2 code of its country' })
  countryCode!: string;

  @Field(() => AgencyKind)
  kind!: AgencyKind;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  acronym!: string;

  @Field(() => String, { nullable: true })
  contactPoint?: string;
}

@InputType({ description: 'Changes to an agency; omitted fields stay as they are' })
export class UpdateAgencyInput {
  @Field(() => ID)
  id!: string;

  @Field(() => AgencyKind, { nullable: true })
  kind?: AgencyKind;

  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => String, { nullable: true })
  acronym?: string;

  @Field(() => String, { nullable: true })
  contactPoint?: string;

  @Field(() => Boolean, { nullable: true, description: 'false: the agency can no longer sign in or be addressed' })
  active?: boolean;
}

@InputType()
export class AgencyFilter {
  @Field(() => String, { nullable: true })
  countryCode?: string;

  @Field(() => AgencyKind, { nullable: true })
  kind?: AgencyKind;

  @Field(() => Boolean, { nullable: true, description: 'Include deactivated agencies (for administrators)' })
  includeInactive?: boolean;
}
