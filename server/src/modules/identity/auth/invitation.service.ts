import type { RequestContext } from '../../../platform/context';
import { forbidden, badInput, conflict, notFound } from '../../../platform/graphql/errors';
import { findOnePermitted } from '../../../platform/authz/accessible-query';
import { publicLink } from '../../../platform/config/config';
import { enqueueMail, mailTransportOf } from '../../../platform/mail/mailer';
import { inUnitOfWork } from '../../../platform/orm/unit-of-work';
import { Agency } from '../agency.entity';
import { User } from '../user.entity';
import { authSettings } from './auth-settings';
import { SignInStatus } from './auth.types';
import { invitationMail } from './invitation.mail';
import { Invitation } from './invitation.entity';
import { hashPassword, newSecret, sha256 } from './secrets';
import { setSessionCookie } from './session-cookie';
import { needsSecondFactor, startSession } from './session-store';
import type { InviteUserInput } from './user-admin.inputs';
import {
  emailProblem,
  isUuid,
  localeProblem,
  nameProblem,
  passwordProblem,
  problemsOf,
  timeZoneProblem,
} from './user-input.rules';
import { assertMayGrant, operationalRolesAdded, rolesProblem } from './role-grants';
import { requestRoleGrant } from './role-grant.service';
import { isOperational } from '../../../platform/authz/roles';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Creates the user (inactive, without password) and a one-time link that lets them choose a password. The
 * mail is enqueued in the same transaction and sent after it commits.
 */
export async function inviteUser(context: RequestContext, input: InviteUserInput): Promise<User> {
  const email = input.email.trim();
  const problems = problemsOf({
    'input.email': emailProblem(email),
    'input.name': nameProblem(input.name),
    'input.roles': rolesProblem(input.roles),
    'input.locale': localeProblem(input.locale),
    'input.timeZone': timeZoneProblem(input.timeZone),
  });
  if (Object.keys(problems).length > 0) throw badInput(problems);
  const { user, link } = await inUnitOfWork(context, async (em) => {
    const agency = isUuid(input.agencyId)
      ? await findOnePermitted(em, context.ability, 'read', Agency, { id: input.agencyId })
      : null;
    if (!agency) throw notFound('Agency');
    const roles = [...new Set(input.roles)];
    // Operational roles wait for a second admin: the account exists without them, and without an invitation.
    const needsApproval = operationalRolesAdded(roles).length > 0;
    const user = em.create(User, {
      agency,
      email,
      name: input.name.trim(),
      roles: needsApproval ? roles.filter((role) => !isOperational(role)) : roles,
      locale: input.locale,
      timeZone: input.timeZone,
      active: false,
      createdAt: new Date(),
      failedSignInCount: 0,
    });
    if (!context.ability.can('invite', user)) throw forbidden();
    assertMayGrant(context, roles, [], { agencyId: agency.id });
    const taken: unknown[] = await em.execute('select 1 from app_user where lower(email) = lower(?)', [email]);
    if (taken.length > 0) throw conflict('error.email.taken', 'A user with this e-mail already exists');
    await em.flush();
    const link = needsApproval ? null : await issueInvitation(context, em, user, agency.name, context.actor?.id);
    await context.audit.record(em, {
      action: 'user.invite',
      entityType: 'User',
      entityId: user.id,
      ownerAgencyId: agency.id,
      details: { roles },
    });
    if (needsApproval) await requestRoleGrant(context, em, { agencyId: agency.id, user, roles, withInvitation: true });
    return { user, link };
  });
  if (link) logInvitationLinkInDevelopment(context, link);
  return user;
}

/**
 * Creates the one-time link that lets an invited user choose a password and enqueues its mail in the caller's
 * transaction (sent after commit). The token travels in the fragment: browsers do not send it to servers, so it
 * stays out of access logs.
 */
export async function issueInvitation(
  context: RequestContext,
  em: EntityManager,
  user: User,
  agencyName: string,
  invitedById: string | undefined,
): Promise<string> {
  const settings = authSettings(context.config);
  const token = newSecret();
  em.create(Invitation, {
    user,
    tokenHash: sha256(token),
    invitedById: invitedById ?? null,
    createdAt: new Date(),
    expiresAt: new Date(Date.now() + settings.invitationValidityMs),
  });
  await em.flush();
  const link = publicLink(settings.publicUrl, `/accept-invitation#token=${token}`);
  await enqueueMail(em, invitationMail({ to: user.email, locale: user.locale, agencyName, link }));
  return link;
}

export function logInvitationLinkInDevelopment(context: RequestContext, link: string): void {
  if (authSettings(context.config).development && mailTransportOf(context.config) === 'outbox') {
    context.logger.info({ invitationLink: link }, 'development only: invitation link (no SMTP_URL configured)');
  }
}

/** Sets the invited user's password, activates them and signs them in (admins continue with TOTP). */
export async function acceptInvitation(
  context: RequestContext,
  token: string,
  password: string,
): Promise<SignInStatus> {
  const problem = passwordProblem(password);
  if (problem) throw badInput({ password: problem });
  const passwordHash = await hashPassword(password);
  const outcome = await inUnitOfWork(context, async (em) => {
    const invitation = await em.findOne(
      Invitation,
      { tokenHash: sha256(token), acceptedAt: null, expiresAt: { $gt: new Date() } },
      { populate: ['user', 'user.agency'] },
    );
    if (!invitation) throw badInput({ token: 'error.invitation.invalid' }, 'The invitation is not valid');
    const user = invitation.user.getEntity();
    const aboutUser = passwordProblem(password, { email: user.email });
    if (aboutUser) throw badInput({ password: aboutUser });
    invitation.acceptedAt = new Date();
    user.passwordHash = passwordHash;
    user.active = true;
    const secondFactor = needsSecondFactor({ roles: user.roles, totpEnabled: !!user.totpEnabledAt });
    await em.flush();
    const sessionToken = await startSession(em, user);
    await context.audit.record(em, {
      action: 'user.invitation.accept',
      entityType: 'User',
      entityId: user.id,
      ownerAgencyId: user.agency.id,
    });
    return { sessionToken, status: secondFactor ? SignInStatus.TOTP_ENROLMENT_REQUIRED : SignInStatus.SIGNED_IN };
  });
  setSessionCookie(context.res, outcome.sessionToken, authSettings(context.config));
  return outcome.status;
}
