import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ConnectionArgs } from '../../platform/graphql/connection';
import { ProtectionService } from './consent.enums';
import { ServiceAvailability } from './directory-service.entity';

@InputType({ description: "A service of the caller's agency, as its admin describes it" })
export class DirectoryServiceInput {
  @Field(() => ID, { nullable: true, description: 'Absent: a new service' })
  id?: string | null;

  @Field(() => String, { description: 'At most 200 characters' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'At most 2,000 characters' })
  description?: string | null;

  @Field(() => [ProtectionService], { description: 'At least one' })
  types!: ProtectionService[];

  @Field(() => String, { nullable: true, description: 'At most 500 characters' })
  eligibility?: string | null;

  @Field(() => Int, { nullable: true })
  minimumAge?: number | null;

  @Field(() => Int, { nullable: true })
  maximumAge?: number | null;

  @Field(() => [String], { nullable: true, description: 'ISO 639 codes; at most 20' })
  languages?: string[] | null;

  @Field(() => String, { nullable: true, description: 'At most 300 characters' })
  hours?: string | null;

  @Field(() => String, { nullable: true, description: 'At most 300 characters' })
  areaServed?: string | null;

  @Field(() => String, { nullable: true, description: 'At most 300 characters' })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'At most 60 characters' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'At most 200 characters' })
  email?: string | null;

  @Field(() => Int, { nullable: true })
  capacity?: number | null;

  @Field(() => ServiceAvailability, { nullable: true })
  availability?: ServiceAvailability | null;

  @Field(() => Boolean, { nullable: true, description: 'False takes it out of the directory' })
  active?: boolean | null;
}

@ArgsType()
export class DirectoryServicesArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code' })
  countryCode?: string | null;

  @Field(() => ProtectionService, { nullable: true })
  type?: ProtectionService | null;

  @Field(() => String, { nullable: true, description: 'An ISO 639 code the service works in' })
  language?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only services that can take someone now' })
  availableOnly?: boolean | null;

  @Field(() => ID, { nullable: true, description: "One agency's services" })
  agencyId?: string | null;

  @Field(() => String, { nullable: true, description: 'Words of the name or description; at most 100 characters' })
  search?: string | null;
}
