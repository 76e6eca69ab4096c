import { Field, ID, InputType } from 'type-graphql';
import { LIBRARY_LIMITS, LibraryDocumentKind, LibraryHandlingCode } from './library.enums';

@InputType({ description: "A document of a mechanism's library (its files are uploaded as versions)" })
export class LibraryDocumentInput {
  @Field(() => LibraryDocumentKind)
  kind!: LibraryDocumentKind;

  @Field(() => String, { description: `At most ${LIBRARY_LIMITS.title} characters` })
  title!: string;

  @Field(() => String, { description: 'es, pt, en or fr: the language of the document (and of its search)' })
  language!: string;

  @Field(() => String, { description: `At most ${LIBRARY_LIMITS.summary} characters` })
  summary!: string;

  @Field(() => LibraryHandlingCode)
  handlingCode!: LibraryHandlingCode;

  @Field(() => [ID], {
    defaultValue: [],
    description: `H3: the member agencies that may read it (at most ${LIBRARY_LIMITS.namedAgencies})`,
  })
  namedAgencyIds!: string[];
}
