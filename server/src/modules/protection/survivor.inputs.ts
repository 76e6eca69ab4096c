import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { Exploitation, SurvivorDocument } from './survivor-personal-data';
import { SurvivorCaseStatus, SurvivorClosureReason, SurvivorSex, SurvivorVulnerability } from './survivor.enums';

/** What a case worker records about a survivor; registration and edits take the whole record. */
@InputType({ description: 'A survivor record; limits are given per field' })
export class SurvivorInput {
  @Field(() => String, { nullable: true, description: 'At most 200 characters' })
  givenNames?: string | null;

  @Field(() => String, { nullable: true, description: 'At most 200 characters' })
  familyNames?: string | null;

  @Field(() => [String], { nullable: true, description: 'At most 10, each at most 200 characters' })
  aliases?: string[] | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  dateOfBirth?: string | null;

  @Field(() => Int, { nullable: true, description: 'When the date of birth is not known: 0 to 120' })
  estimatedAge?: number | null;

  @Field(() => SurvivorSex, { nullable: true })
  sex?: SurvivorSex | null;

  @Field(() => String, { nullable: true, description: 'As the person describes it; at most 100 characters' })
  genderIdentity?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code' })
  nationality?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'ISO 639 codes (es, en, pt, fr, miskito: miq, ...); at most 10',
  })
  languages?: string[] | null;

  @Field(() => [SurvivorDocument], { nullable: true, description: 'At most 10' })
  identityDocuments?: SurvivorDocument[] | null;

  @Field(() => [String], { nullable: true, description: 'At most 5, each at most 40 characters' })
  phones?: string[] | null;

  @Field(() => String, { nullable: true, description: 'At most 254 characters' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the person is now; at most 300 characters' })
  currentLocation?: string | null;

  @Field(() => [Exploitation], { nullable: true, description: 'At most 20' })
  exploitations?: Exploitation[] | null;

  @Field(() => [SurvivorVulnerability], { nullable: true })
  vulnerabilities?: SurvivorVulnerability[] | null;
}

@InputType({ description: "Who works on a survivor's case; only users of the holding agency with the right role" })
export class SurvivorAssignmentInput {
  @Field(() => ID)
  survivorId!: string;

  @Field(() => ID, { description: 'A CASE_WORKER of the holding agency' })
  caseWorkerId!: string;

  @Field(() => ID, { nullable: true, description: 'A PROTECTION_SUPERVISOR of the holding agency; null: none' })
  supervisorId?: string | null;
}

@InputType({ description: 'Narrows the caseload' })
export class CaseloadFilter {
  @Field(() => SurvivorCaseStatus, { nullable: true })
  status?: SurvivorCaseStatus | null;

  @Field(() => SurvivorVulnerability, { nullable: true })
  vulnerability?: SurvivorVulnerability | null;

  @Field(() => ID, { nullable: true, description: 'Cases assigned to this case worker' })
  caseWorkerId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only cases assigned to the caller (as case worker or supervisor)',
  })
  mine?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Start of a code, e.g. SV-CR-2026-003; at most 24 characters' })
  codePrefix?: string | null;
}

export { SurvivorClosureReason };
