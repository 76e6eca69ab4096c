import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Public } from '../../../platform/authz/access';
import type { RequestContext } from '../../../platform/context';
import { requestPasswordReset, resetPassword } from './password-reset.service';

/** "Forgot password?": both steps are for people who cannot sign in, hence public. */
@Resolver()
export class PasswordResetResolver {
  @Public()
  @Mutation(() => Boolean, {
    description: 'Mails a one-time link to choose a new password if the e-mail has an account; answers alike if not',
  })
  requestPasswordReset(@Arg('email', () => String) email: string, @Ctx() context: RequestContext): Promise<boolean> {
    return requestPasswordReset(context, email);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Sets a new password from a mailed link and ends every session' })
  resetPassword(
    @Arg('token', () => String) token: string,
    @Arg('password', () => String) password: string,
    @Ctx() context: RequestContext,
  ): Promise<boolean> {
    return resetPassword(context, token, password);
  }
}
