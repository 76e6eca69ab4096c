import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, InputType, ObjectType } from 'type-graphql';
import type { Screening } from './screening.form';
import { ExploitationKind, SurvivorSex } from './survivor.enums';

/** A passport, national id card or other document the survivor has or had. */
@ObjectType('SurvivorDocument')
@InputType('SurvivorDocumentInput')
export class SurvivorDocument {
  @Field(() => String, { description: 'PASSPORT, NATIONAL_ID, RESIDENCE_PERMIT, BIRTH_CERTIFICATE, OTHER' })
  kind!: string;

  @Field(() => String, { description: 'At most 60 characters' })
  number!: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code of the issuing country' })
  issuingCountry?: string | null;
}

/** One exploitation or crime suffered, with where and when, as far as the survivor told. */
@ObjectType('Exploitation')
@InputType('ExploitationInput')
export class Exploitation {
  @Field(() => ExploitationKind)
  kind!: ExploitationKind;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code of the country where it happened' })
  countryCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Place, at most 300 characters' })
  place?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  startedOn?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  endedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'At most 2,000 characters' })
  notes?: string | null;
}

/**
 * Everything that identifies a survivor or tells what happened to them. Stored only encrypted (one sealed
 * column per record, survivor.personal_data), never in logs, errors or URLs.
 */
export interface SurvivorPersonalData {
  givenNames: string | null;
  familyNames: string | null;
  aliases: string[];
  dateOfBirth: string | null;
  estimatedAge: number | null;
  sex: SurvivorSex | null;
  genderIdentity: string | null;
  nationality: string | null;
  languages: string[];
  identityDocuments: SurvivorDocument[];
  phones: string[];
  email: string | null;
  currentLocation: string | null;
  exploitations: Exploitation[];
  /** Trafficking-indicator screenings, oldest first (absent in records sealed before screenings existed). */
  screenings?: Screening[];
}

/** The personal-data fields of a Survivor, as GraphQL names them: the policy, the guard and the audit use this. */
export const SURVIVOR_PERSONAL_FIELDS = [
  'givenNames',
  'familyNames',
  'aliases',
  'dateOfBirth',
  'estimatedAge',
  'sex',
  'genderIdentity',
  'nationality',
  'languages',
  'identityDocuments',
  'phones',
  'email',
  'currentLocation',
  'exploitations',
  'screenings',
] as const satisfies readonly (keyof SurvivorPersonalData)[];

export type SurvivorPersonalField = (typeof SURVIVOR_PERSONAL_FIELDS)[number];
