import { Field, InputType, ObjectType } from 'type-graphql';

/** A passport, national id card or other document, as far as it is known. */
@ObjectType('IdentityDocument')
@InputType('IdentityDocumentInput')
export class IdentityDocument {
  @Field(() => String, { description: 'PASSPORT, NATIONAL_ID, RESIDENCE_PERMIT, ...' })
  kind!: string;

  @Field(() => String)
  number!: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code of the issuing country' })
  issuingCountry?: string;
}

@ObjectType('Vehicle')
@InputType('VehicleInput')
export class Vehicle {
  @Field(() => String, { nullable: true })
  plate?: string;

  @Field(() => String, { nullable: true, description: 'Make, model, colour' })
  description?: string;
}
