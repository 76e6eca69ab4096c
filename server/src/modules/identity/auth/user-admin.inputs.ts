import { Field, ID, InputType } from 'type-graphql';
import { Role } from '../../../platform/authz/roles';

@InputType({ description: 'A person to invite into an agency; they set their own password from the mailed link' })
export class InviteUserInput {
  @Field(() => ID)
  agencyId!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [Role])
  roles!: Role[];

  @Field(() => String, { description: 'es, en, pt or fr' })
  locale!: string;

  @Field(() => String, { description: 'IANA time zone, e.g. America/Bogota' })
  timeZone!: string;
}

@InputType({ description: 'Changes to a user made by an admin; omitted fields stay as they are' })
export class UpdateUserInput {
  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => [Role], { nullable: true })
  roles?: Role[];

  @Field(() => String, { nullable: true })
  locale?: string;

  @Field(() => String, { nullable: true })
  timeZone?: string;
}

@InputType({ description: "Changes to the signed-in user's own profile; omitted fields stay as they are" })
export class UpdateMyProfileInput {
  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => String, { nullable: true })
  locale?: string;

  @Field(() => String, { nullable: true })
  timeZone?: string;
}

@InputType({ description: "A system-to-system token for the caller's agency" })
export class CreateApiTokenInput {
  @Field(() => String, { description: 'What the token is for, e.g. "Case management system"' })
  name!: string;

  @Field(() => [Role], { description: 'Roles the token acts with; admin roles are not allowed' })
  roles!: Role[];

  @Field(() => [String], { nullable: true, description: 'Scopes such as "referrals:read"' })
  scopes?: string[];

  @Field(() => Date, { nullable: true, description: 'When the token stops working; none means until revoked' })
  expiresAt?: Date;
}
