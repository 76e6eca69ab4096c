import { Field, InputType } from 'type-graphql';
import { LocalizedNames } from './localized-names';

@InputType({ description: 'A country to add to the portal' })
export class CreateCountryInput {
  @Field(() => String, { description: 'ISO 3166-1 alpha-2, e.g. GT' })
  code!: string;

  @Field(() => LocalizedNames)
  names!: LocalizedNames;

  @Field(() => String, { description: 'es, en, pt or fr' })
  defaultLocale!: string;

  @Field(() => String, { description: 'IANA time zone, e.g. America/Guatemala' })
  timeZone!: string;
}

@InputType()
export class UpdateCountryInput {
  @Field(() => String)
  code!: string;

  @Field(() => LocalizedNames, { nullable: true })
  names?: LocalizedNames;

  @Field(() => String, { nullable: true })
  defaultLocale?: string;

  @Field(() => String, { nullable: true })
  timeZone?: string;
}
