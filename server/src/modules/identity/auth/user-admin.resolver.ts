import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Public, RoleRequired, SignedIn } from '../../../platform/authz/access';
import { Role } from '../../../platform/authz/roles';
import type { RequestContext } from '../../../platform/context';
import { User } from '../user.entity';
import { Me, SignInResult, UserConnection, UsersArgs } from './auth.types';
import { acceptInvitation, inviteUser } from './invitation.service';
import { changeMyPassword, updateMyProfile } from './profile.service';
import { InviteUserInput, UpdateMyProfileInput, UpdateUserInput } from './user-admin.inputs';
import { disableUser, enableUser, listUsers, updateUser } from './user-admin.service';

/** Inviting and administering users, and each user's own profile. Who may touch whom is CASL's decision. */
@Resolver()
export class UserAdminResolver {
  @SignedIn()
  @Query(() => UserConnection, { description: 'Users the caller may see, oldest first' })
  users(@Args(() => UsersArgs) args: UsersArgs, @Ctx() context: RequestContext): Promise<UserConnection> {
    return listUsers(context, args);
  }

  @RoleRequired(Role.AGENCY_ADMIN, Role.PLATFORM_ADMIN)
  @Mutation(() => User, { description: 'Creates an inactive user and mails them a link to set their password' })
  inviteUser(@Arg('input', () => InviteUserInput) input: InviteUserInput, @Ctx() context: RequestContext) {
    return inviteUser(context, input);
  }

  @Public()
  @Mutation(() => SignInResult, { description: 'Sets the password from an invitation link and signs in' })
  async acceptInvitation(
    @Arg('token', () => String) token: string,
    @Arg('password', () => String) password: string,
    @Ctx() context: RequestContext,
  ): Promise<SignInResult> {
    return { status: await acceptInvitation(context, token, password) };
  }

  @RoleRequired(Role.AGENCY_ADMIN, Role.PLATFORM_ADMIN)
  @Mutation(() => User)
  updateUser(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateUserInput) input: UpdateUserInput,
    @Ctx() context: RequestContext,
  ): Promise<User> {
    return updateUser(context, id, input);
  }

  @RoleRequired(Role.AGENCY_ADMIN, Role.PLATFORM_ADMIN)
  @Mutation(() => User, { description: 'Disables a user and ends their sessions at once' })
  disableUser(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<User> {
    return disableUser(context, id);
  }

  @RoleRequired(Role.AGENCY_ADMIN, Role.PLATFORM_ADMIN)
  @Mutation(() => User)
  enableUser(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<User> {
    return enableUser(context, id);
  }

  @SignedIn()
  @Mutation(() => Me)
  updateMyProfile(
    @Arg('input', () => UpdateMyProfileInput) input: UpdateMyProfileInput,
    @Ctx() context: RequestContext,
  ): Promise<Me> {
    return updateMyProfile(context, input);
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Needs the current password; ends the other sessions' })
  changeMyPassword(
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() context: RequestContext,
  ): Promise<boolean> {
    return changeMyPassword(context, currentPassword, newPassword);
  }
}
