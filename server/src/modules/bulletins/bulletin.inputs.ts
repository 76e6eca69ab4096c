import { Field, ID, InputType } from 'type-graphql';
import { LibraryHandlingCode } from '../coordination';
import { BULLETIN_LIMITS, BulletinKind } from './bulletin.enums';

@InputType({ description: 'The title and body of a bulletin in one language' })
export class BulletinTextInput {
  @Field(() => String, { description: 'es, pt, en or fr' })
  language!: string;

  @Field(() => String, { description: `At most ${BULLETIN_LIMITS.title} characters` })
  title!: string;

  @Field(() => String, { description: `At most ${BULLETIN_LIMITS.body} characters; no person's data` })
  body!: string;
}

@InputType({ description: "A bulletin's draft: non-personal information for the mechanism's member agencies" })
export class BulletinInput {
  @Field(() => BulletinKind)
  kind!: BulletinKind;

  @Field(() => [BulletinTextInput], { description: 'One per language (es, pt, en, fr), at least one' })
  texts!: BulletinTextInput[];

  @Field(() => ID, { nullable: true, description: 'A crossing point of the mechanism, when it is about one' })
  crossingPointId?: string | null;

  @Field(() => LibraryHandlingCode)
  handlingCode!: LibraryHandlingCode;

  @Field(() => [ID], {
    defaultValue: [],
    description: `H3: the member agencies that may read it (at most ${BULLETIN_LIMITS.namedAgencies})`,
  })
  namedAgencyIds!: string[];

  @Field(() => Date, { nullable: true, description: 'Default: now' })
  validFrom?: Date | null;

  @Field(() => Date, { description: 'After validFrom, at most a year after it' })
  validUntil!: Date;
}
