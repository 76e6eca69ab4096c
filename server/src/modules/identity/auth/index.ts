// Sign-in, sessions, second factor, invitations, API tokens and user administration.
import type { EntityClass } from '@mikro-orm/core';
import { ApiToken } from './api-token.entity';
import { ApiTokenResolver } from './api-token.resolver';
import { Invitation } from './invitation.entity';
import { PasswordReset } from './password-reset.entity';
import { PasswordResetResolver } from './password-reset.resolver';
import { RoleGrantRequest } from './role-grant-request.entity';
import { RoleGrantResolver } from './role-grant.resolver';
import { Session } from './session.entity';
import { SignInResolver } from './sign-in.resolver';
import { SignInThrottle } from './sign-in-throttle.entity';
import { UserAdminResolver } from './user-admin.resolver';

export { authenticateRequest } from './authenticator';

/**
 * The mail outbox is platform code every module may send through; its table is registered here because
 * invitations were its first user and platform/ has no entity list of its own.
 */
export const authEntities: EntityClass<unknown>[] = [
  Session,
  SignInThrottle,
  Invitation,
  ApiToken,
  RoleGrantRequest,
  PasswordReset,
];
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const authResolvers: Function[] = [
  SignInResolver,
  UserAdminResolver,
  ApiTokenResolver,
  RoleGrantResolver,
  PasswordResetResolver,
];
