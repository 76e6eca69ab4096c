import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Agency } from '../identity';
import { IdentityCheckOutcome } from './identity-check.entity';

@InputType({ description: 'A person as written in their documents' })
export class PersonIdentifiersInput {
  @Field(() => String)
  familyNames!: string;

  @Field(() => String)
  givenNames!: string;

  @Field(() => GraphQLLocalDate)
  dateOfBirth!: string;
}

@InputType({ description: 'An identity or travel document' })
export class DocumentIdentifierInput {
  @Field(() => String)
  number!: string;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2 code of the issuing country' })
  issuingCountry!: string;
}

@InputType()
export class IdentityRecordInput {
  @Field(() => ID)
  mechanismId!: string;

  @Field(() => String, { description: "The agency's own reference, quoted to whoever gets a hit" })
  reference!: string;

  @Field(() => PersonIdentifiersInput, { nullable: true })
  person?: PersonIdentifiersInput | null;

  @Field(() => DocumentIdentifierInput, { nullable: true })
  document?: DocumentIdentifierInput | null;
}

@InputType()
export class IdentityCheckInput {
  @Field(() => ID)
  mechanismId!: string;

  @Field(() => String, { description: 'Why the check is made; told to the owner of any record it matches' })
  purpose!: string;

  @Field(() => PersonIdentifiersInput, { nullable: true })
  person?: PersonIdentifiersInput | null;

  @Field(() => DocumentIdentifierInput, { nullable: true })
  document?: DocumentIdentifierInput | null;
}

@ObjectType({ description: 'Who knows the person or document: whom to contact, never what they know' })
export class IdentityCheckMatch {
  @Field(() => Agency)
  agency!: Agency;

  @Field(() => String, { description: "The owner's reference to quote to its desk" })
  reference!: string;

  @Field(() => Boolean, { description: 'A looser match (names shortened, or date of birth within a year)' })
  possible!: boolean;
}

@ObjectType({ description: 'An alert of a national alert list: whom to contact, never the subject' })
export class AlertListHit {
  @Field(() => String, { description: 'STOLEN_DOCUMENT, LOST_DOCUMENT, WANTED_PERSON or MISSING_PERSON' })
  kind!: string;

  @Field(() => String)
  issuingCountryCode!: string;

  @Field(() => String)
  reference!: string;

  @Field(() => String)
  contactDesk!: string;
}

@ObjectType()
export class IdentityCheckAnswer {
  @Field(() => ID)
  checkId!: string;

  @Field(() => IdentityCheckOutcome)
  outcome!: IdentityCheckOutcome;

  @Field(() => [IdentityCheckMatch])
  matches!: IdentityCheckMatch[];

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the national alert list answered; null when none is configured',
  })
  alertListReached!: boolean | null;

  @Field(() => [AlertListHit])
  alertListHits!: AlertListHit[];
}
