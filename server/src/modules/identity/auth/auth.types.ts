import { GraphQLJSON } from 'graphql-scalars';
import { ArgsType, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionArgs, ConnectionType } from '../../../platform/graphql/connection';
import { Role } from '../../../platform/authz/roles';
import { Agency } from '../agency.entity';
import { User } from '../user.entity';
import { ApiToken } from './api-token.entity';

export enum SignInStatus {
  SIGNED_IN = 'SIGNED_IN',
  TOTP_REQUIRED = 'TOTP_REQUIRED',
  TOTP_ENROLMENT_REQUIRED = 'TOTP_ENROLMENT_REQUIRED',
}
registerEnumType(SignInStatus, {
  name: 'SignInStatus',
  description: 'SIGNED_IN, or what the user must do next with the same session: give or enrol a TOTP code',
});

@ObjectType({ description: 'Where a sign-in stands; the session itself travels in an httpOnly cookie' })
export class SignInResult {
  @Field(() => SignInStatus)
  status!: SignInStatus;
}

@ObjectType({ description: 'A new TOTP secret to put into an authenticator app, not yet in force' })
export class TotpEnrolment {
  @Field(() => String, { description: 'Base32 secret, for typing in by hand' })
  secret!: string;

  @Field(() => String, { description: 'otpauth:// URI, for a QR code' })
  otpauthUri!: string;
}

@ObjectType({ description: 'TOTP is in force; the recovery codes are shown this once' })
export class TotpConfirmation {
  @Field(() => SignInStatus)
  status!: SignInStatus;

  @Field(() => [String], { description: 'One-time codes for when the authenticator app is lost' })
  recoveryCodes!: string[];
}

@ObjectType({ description: 'The signed-in user, their agency and what they may do' })
export class Me {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  locale!: string;

  @Field(() => String)
  timeZone!: string;

  @Field(() => [Role])
  roles!: Role[];

  @Field(() => Boolean)
  totpEnabled!: boolean;

  @Field(() => Agency)
  agency!: Agency;

  @Field(() => GraphQLJSON, { description: "The user's CASL rules, packed; the client hides what they cannot do" })
  permissions!: unknown[];
}

@ObjectType({ description: 'A page of users, oldest first' })
export class UserConnection extends ConnectionType(User) {}

@ArgsType()
export class UsersArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'Only the users of this agency' })
  agencyId?: string | null;
}

@ObjectType({ description: 'A new API token; `token` is shown only in this answer' })
export class CreatedApiToken {
  @Field(() => ApiToken)
  apiToken!: ApiToken;

  @Field(() => String)
  token!: string;
}
