import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { AgencyKind } from '../identity';
import { ConsentDataCategory, ConsentGivenBy, ConsentMethod, ProtectionService } from './consent.enums';

@InputType({ description: "A survivor's informed consent, as given" })
export class ConsentInput {
  @Field(() => ID)
  survivorId!: string;

  @Field(() => [ConsentDataCategory], { description: 'At least one' })
  categories!: ConsentDataCategory[];

  @Field(() => ID, { nullable: true, description: 'One agency; or else a kind of agency in a country' })
  recipientAgencyId?: string | null;

  @Field(() => AgencyKind, { nullable: true })
  recipientAgencyKind?: AgencyKind | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2, with recipientAgencyKind' })
  recipientCountryCode?: string | null;

  @Field(() => [ProtectionService], { description: 'At least one' })
  purposes!: ProtectionService[];

  @Field(() => GraphQLLocalDate)
  validFrom!: string;

  @Field(() => GraphQLLocalDate, { description: 'At most two years after validFrom' })
  validUntil!: string;

  @Field(() => ConsentMethod)
  method!: ConsentMethod;

  @Field(() => String, { nullable: true, description: "SIGNED_FORM: the form's reference; at most 100 characters" })
  signedFormReference?: string | null;

  @Field(() => String, { nullable: true, description: 'VERBAL_WITH_WITNESS: the witness; at most 200 characters' })
  witnessName?: string | null;

  @Field(() => ConsentGivenBy)
  givenBy!: ConsentGivenBy;

  @Field(() => Boolean, { nullable: true, description: "CHILD_AND_GUARDIAN: the child's assent was given" })
  childAssent?: boolean | null;

  @Field(() => String, { nullable: true, description: 'CHILD_AND_GUARDIAN: the guardian; at most 200 characters' })
  guardianName?: string | null;

  @Field(() => ID, { description: 'The version of the consent text read to the person' })
  consentTextId!: string;
}

@InputType({ description: 'Sharing without consent because of a risk to life' })
export class ConsentOverrideInput {
  @Field(() => ID)
  survivorId!: string;

  @Field(() => ID)
  recipientAgencyId!: string;

  @Field(() => [ProtectionService])
  purposes!: ProtectionService[];

  @Field(() => String, { description: 'Why life is at risk; 20 to 2,000 characters' })
  reason!: string;

  @Field(() => Int, { description: 'How many days it lasts: 1 to 7' })
  days!: number;
}
