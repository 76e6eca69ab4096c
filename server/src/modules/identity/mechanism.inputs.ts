import { Field, Float, ID, InputType } from 'type-graphql';
import { LocalizedNames } from './localized-names';
import { MechanismKind } from './mechanism.entity';

@InputType()
export class CrossingPointInput {
  @Field(() => String, { description: 'e.g. Rumichaca (Ipiales–Tulcán)' })
  name!: string;

  @Field(() => Float, { nullable: true })
  latitude?: number;

  @Field(() => Float, { nullable: true })
  longitude?: number;
}

@InputType({ description: 'A coordination mechanism to set up' })
export class CreateMechanismInput {
  @Field(() => MechanismKind)
  kind!: MechanismKind;

  @Field(() => LocalizedNames)
  names!: LocalizedNames;

  @Field(() => [String], { description: 'ISO codes of the member countries' })
  countryCodes!: string[];

  @Field(() => [ID], { description: 'Member agencies; each must belong to a member country' })
  memberAgencyIds!: string[];

  @Field(() => ID, { description: 'The agency that runs the secretariat; must be a member' })
  secretariatAgencyId!: string;

  @Field(() => [CrossingPointInput], { defaultValue: [] })
  crossingPoints!: CrossingPointInput[];
}

@InputType({ description: 'Changes to a mechanism; omitted fields stay as they are' })
export class UpdateMechanismInput {
  @Field(() => ID)
  id!: string;

  @Field(() => LocalizedNames, { nullable: true })
  names?: LocalizedNames;

  @Field(() => [String], { nullable: true })
  countryCodes?: string[];

  @Field(() => [ID], { nullable: true })
  memberAgencyIds?: string[];

  @Field(() => ID, { nullable: true })
  secretariatAgencyId?: string;

  @Field(() => [CrossingPointInput], { nullable: true, description: 'Replaces the list of crossing points' })
  crossingPoints?: CrossingPointInput[];

  @Field(() => Boolean, { nullable: true })
  active?: boolean;
}
