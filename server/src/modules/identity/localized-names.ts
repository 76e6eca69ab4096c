import { Field, InputType, ObjectType } from 'type-graphql';

/** A name in each interface language; Spanish is required because it is the portal's default. */
@ObjectType('LocalizedNames')
@InputType('LocalizedNamesInput')
export class LocalizedNames {
  @Field(() => String)
  es!: string;

  @Field(() => String, { nullable: true })
  en?: string;

  @Field(() => String, { nullable: true })
  pt?: string;

  @Field(() => String, { nullable: true })
  fr?: string;
}
