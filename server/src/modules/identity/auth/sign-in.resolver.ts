import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Public, SignedIn } from '../../../platform/authz/access';
import type { RequestContext } from '../../../platform/context';
import { Me, SignInResult, TotpConfirmation, TotpEnrolment } from './auth.types';
import { me } from './profile.service';
import { confirmTotpEnrolment, startTotpEnrolment, verifySecondFactor } from './second-factor.service';
import { signInWithPassword, signOut, signOutEverywhere } from './sign-in.service';

/**
 * Signing in and out. The second-factor mutations are @Public because the session they work on is not yet a
 * signed-in one; they find it from the cookie and refuse without it.
 */
@Resolver()
export class SignInResolver {
  @Public()
  @Mutation(() => SignInResult, { description: 'Password sign-in; sets the session cookie' })
  async signIn(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Ctx() context: RequestContext,
  ): Promise<SignInResult> {
    return { status: await signInWithPassword(context, email, password) };
  }

  @Public()
  @Mutation(() => Boolean, { description: "Ends this browser's session and clears its cookie" })
  signOut(@Ctx() context: RequestContext): Promise<boolean> {
    return signOut(context);
  }

  @SignedIn()
  @Mutation(() => Int, { description: 'Ends all sessions of the signed-in user; returns how many ended' })
  signOutEverywhere(@Ctx() context: RequestContext): Promise<number> {
    return signOutEverywhere(context);
  }

  @Public()
  @Mutation(() => TotpEnrolment, { description: 'Starts TOTP enrolment for the session in this browser' })
  startTotpEnrolment(@Ctx() context: RequestContext): Promise<TotpEnrolment> {
    return startTotpEnrolment(context);
  }

  @Public()
  @Mutation(() => TotpConfirmation, { description: 'Puts TOTP in force with a first code; returns recovery codes' })
  confirmTotpEnrolment(
    @Arg('code', () => String) code: string,
    @Ctx() context: RequestContext,
  ): Promise<TotpConfirmation> {
    return confirmTotpEnrolment(context, code);
  }

  @Public()
  @Mutation(() => SignInResult, { description: 'Second sign-in step: a TOTP code or a one-time recovery code' })
  async verifyTotp(@Arg('code', () => String) code: string, @Ctx() context: RequestContext): Promise<SignInResult> {
    return { status: await verifySecondFactor(context, code) };
  }

  @SignedIn()
  @Query(() => Me, { description: 'The signed-in user, their agency and their permissions' })
  me(@Ctx() context: RequestContext): Promise<Me> {
    return me(context);
  }
}
