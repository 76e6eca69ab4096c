import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConsentGivenBy, ConsentMethod } from './consent.enums';
import type { Screening } from './screening.form';
import { ScreeningInput } from './screening.resolver';
import { SurvivorSex } from './survivor.enums';

/** The minimum a protection agency needs to find and help the person: nothing more is asked at the border. */
@ObjectType('BorderReferralPerson')
@InputType('BorderReferralPersonInput')
export class BorderReferralPerson {
  @Field(() => String, { nullable: true, description: 'If the person gave them; at most 200 characters' })
  givenNames?: string | null;

  @Field(() => String, { nullable: true, description: 'If the person gave them; at most 200 characters' })
  familyNames?: string | null;

  @Field(() => Int, { description: 'Age in years, as told or estimated (0 to 120)' })
  estimatedAge!: number;

  @Field(() => SurvivorSex, { nullable: true })
  sex?: SurvivorSex | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code' })
  nationality?: string | null;

  @Field(() => [String], { description: 'ISO 639 codes of the languages the person speaks: one to ten' })
  languages!: string[];

  @Field(() => String, { description: 'Where the person is now (e.g. the border post); at most 300 characters' })
  currentLocation!: string;

  @Field(() => String, { nullable: true, description: 'How to reach the person; at most 40 characters' })
  phone?: string | null;
}

/** How the person consented to this referral, before anything was sent. */
@InputType('BorderReferralConsentInput')
export class BorderReferralConsentInput {
  @Field(() => ConsentMethod)
  method!: ConsentMethod;

  @Field(() => ConsentGivenBy, { description: "For a child (under 18): the child's assent and the guardian's consent" })
  givenBy!: ConsentGivenBy;

  @Field(() => String, { description: 'Language of the consent text read to the person (its current version)' })
  language!: string;

  @Field(() => String, { nullable: true, description: 'Who witnessed a verbal consent; at most 200 characters' })
  witness?: string | null;

  @Field(() => String, { nullable: true, description: "The guardian's name, for a child; at most 200 characters" })
  guardian?: string | null;
}

/** The consent as recorded with the referral. */
@ObjectType('BorderReferralConsent')
export class BorderReferralConsent {
  @Field(() => ConsentMethod)
  method!: ConsentMethod;

  @Field(() => ConsentGivenBy)
  givenBy!: ConsentGivenBy;

  @Field(() => String)
  language!: string;

  @Field(() => Int, { description: 'The version of the consent text read' })
  textVersion!: number;

  @Field(() => String, { nullable: true })
  witness!: string | null;

  @Field(() => String, { nullable: true })
  guardian!: string | null;

  @Field(() => Date)
  givenAt!: Date;
}

@InputType({ description: 'A referral to protection after a screening at a border post' })
export class ProtectionReferralInput {
  @Field(() => ID, { description: 'The protection agency, a member of a mechanism with the sending agency' })
  recipientAgencyId!: string;

  @Field(() => BorderReferralPerson)
  person!: BorderReferralPerson;

  @Field(() => ScreeningInput, { description: 'The screening; its conclusion must be POSSIBLE_VICTIM_REFER' })
  screening!: ScreeningInput;

  @Field(() => BorderReferralConsentInput)
  consent!: BorderReferralConsentInput;

  @Field(() => String, { nullable: true, description: 'For the protection agency; at most 2,000 characters' })
  note?: string | null;
}

/** What a referral to protection carries, sealed (protection_referral.sealed_data). */
export interface BorderReferralData {
  person: BorderReferralPerson;
  screening: Screening;
  consent: Omit<BorderReferralConsent, 'givenAt'> & { givenAt: string };
  note: string | null;
}
