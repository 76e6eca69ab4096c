import { ArrayType, Check, Entity, Enum, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { uuidv7 } from '../../platform/ids';
import { Agency } from '../identity';
import { PersonSex, ReferralPersonRole } from './referral.enums';
import type { Referral } from './referral.entity';
import { IdentityDocument, Vehicle } from './referral-person.types';

/**
 * A person involved in a referral. Everything that identifies them is personal data (see
 * PERSONAL_FIELDS in referral.policy.ts): those GraphQL fields are nullable because the field guard nulls them
 * for anyone but the liaison officers of the two agencies. The agencies are copied from the referral so that
 * the field rules can be decided on the row itself.
 */
@ObjectType({ description: 'A person involved in a referral; identifying fields are restricted' })
@Entity({ tableName: 'referral_person' })
@Check({ name: 'referral_person_estimated_age', expression: 'estimated_age >= 0 AND estimated_age <= 120' })
export class ReferralPerson {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne('Referral', { ref: true, deleteRule: 'cascade', index: true })
  referral!: Ref<Referral>;

  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  sendingAgency!: Ref<Agency>;

  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  receivingAgency!: Ref<Agency>;

  /** The referral's forward recipients, copied like the agencies (see Referral.forwardedToAgencyIds). */
  @Property({ type: ArrayType, columnType: 'uuid[]', defaultRaw: "'{}'", hidden: true })
  forwardedToAgencyIds: string[] = [];

  @Field(() => ReferralPersonRole)
  @Enum({ items: () => ReferralPersonRole, nativeEnumName: 'referral_person_role' })
  role!: ReferralPersonRole;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  givenNames?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  familyNames?: string | null;

  @Field(() => [String], { nullable: true })
  @Property({ type: 'json' })
  aliases: string[] = [];

  @Field(() => PersonSex, { nullable: true })
  @Enum({ items: () => PersonSex, nativeEnumName: 'person_sex', nullable: true })
  sex?: PersonSex | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @Property({ type: 'date', nullable: true })
  dateOfBirth?: string | null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'smallint', nullable: true })
  estimatedAge?: number | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code of the nationality' })
  @Property({ type: 'string', length: 2, nullable: true })
  nationality?: string | null;

  @Field(() => [IdentityDocument], { nullable: true })
  @Property({ type: 'json' })
  identityDocuments: IdentityDocument[] = [];

  @Field(() => [String], { nullable: true })
  @Property({ type: 'json' })
  phones: string[] = [];

  @Field(() => [Vehicle], { nullable: true })
  @Property({ type: 'json' })
  vehicles: Vehicle[] = [];
}
