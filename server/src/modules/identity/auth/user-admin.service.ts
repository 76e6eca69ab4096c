import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../../platform/context';
import { accessibleWhere } from '../../../platform/authz/accessible-where';
import { findOnePermitted } from '../../../platform/authz/accessible-query';
import { assertCan } from '../../../platform/authz/forbidden';
import { badInput, conflict, notFound } from '../../../platform/graphql/errors';
import { paginate } from '../../../platform/graphql/connection';
import { by, Keyset } from '../../../platform/orm/keyset';
import { inUnitOfWork } from '../../../platform/orm/unit-of-work';
import { User } from '../user.entity';
import type { UserConnection, UsersArgs } from './auth.types';
import { Invitation } from './invitation.entity';
import { assertMayGrant, operationalRolesAdded, rolesProblem } from './role-grants';
import { requestRoleGrant } from './role-grant.service';
import type { Role } from '../../../platform/authz/roles';
import { revokeSessionsOf } from './session-store';
import type { UpdateUserInput } from './user-admin.inputs';
import { isUuid, localeProblem, nameProblem, problemsOf, timeZoneProblem } from './user-input.rules';

// Creation order: ids are UUIDv7.
const USER_ORDER = new Keyset<User>([], by.id('asc'));

/** Users the caller may read, in creation order, one page at a time. */
export function listUsers(context: RequestContext, args: UsersArgs): Promise<UserConnection> {
  const { em, ability } = context;
  return paginate(args, USER_ORDER, async ({ after, limit }) => {
    const visible = accessibleWhere(ability, 'read', User, em.getMetadata());
    if (!visible) return [];
    const conditions: FilterQuery<User>[] = [visible];
    if (args.agencyId !== undefined && args.agencyId !== null) {
      if (!isUuid(args.agencyId)) return [];
      conditions.push({ agency: args.agencyId });
    }
    if (after) conditions.push(USER_ORDER.after(after));
    return em.find(User, { $and: conditions }, { orderBy: USER_ORDER.orderBy, limit });
  });
}

/** The user if the caller may read them; otherwise NOT_FOUND, exactly as for an id that does not exist. */
export async function findVisibleUser(context: RequestContext, em: EntityManager, id: string): Promise<User> {
  const user = isUuid(id) ? await findOnePermitted(em, context.ability, 'read', User, { id }) : null;
  if (!user) throw notFound('User');
  return user;
}

export async function updateUser(context: RequestContext, id: string, input: UpdateUserInput): Promise<User> {
  const problems = problemsOf({
    'input.name': input.name !== undefined ? nameProblem(input.name) : null,
    'input.roles': input.roles ? rolesProblem(input.roles) : null,
    'input.locale': input.locale !== undefined ? localeProblem(input.locale) : null,
    'input.timeZone': input.timeZone !== undefined ? timeZoneProblem(input.timeZone) : null,
  });
  if (Object.keys(problems).length > 0) throw badInput(problems);
  return inUnitOfWork(context, async (em) => {
    const user = await findVisibleUser(context, em, id);
    assertCan(context.ability, 'update', user, 'User');
    const changed: string[] = [];
    const rolesBefore = [...user.roles];
    let awaitingApproval: Role[] = [];
    if (input.roles) {
      const roles = [...new Set(input.roles)];
      assertMayGrant(context, roles, user.roles, { userId: user.id, agencyId: user.agency.id });
      // Taking roles away applies at once; operational roles added wait for a second admin of the agency.
      awaitingApproval = operationalRolesAdded(roles, user.roles);
      user.roles = roles.filter((role) => !awaitingApproval.includes(role));
      changed.push('roles');
    }
    const profile = { name: input.name?.trim(), locale: input.locale, timeZone: input.timeZone };
    for (const [field, value] of Object.entries(profile) as [keyof typeof profile, string | undefined][]) {
      if (value === undefined) continue;
      user[field] = value;
      changed.push(field);
    }
    await em.flush();
    await context.audit.record(em, {
      action: 'user.update',
      entityType: 'User',
      entityId: user.id,
      ownerAgencyId: user.agency.id,
      fields: changed.includes('name') ? ['name'] : undefined,
      details: { changed, ...(input.roles ? { rolesBefore, rolesAfter: user.roles } : {}) },
    });
    if (awaitingApproval.length > 0)
      await requestRoleGrant(context, em, { agencyId: user.agency.id, user, roles: [...new Set(input.roles)] });
    return user;
  });
}

/**
 * Disables a user and ends all their sessions and open invitations in the same transaction; the
 * authenticator also refuses any session of an inactive user, so nothing they hold works a moment longer.
 */
export async function disableUser(context: RequestContext, id: string): Promise<User> {
  return inUnitOfWork(context, async (em) => {
    const user = await findVisibleUser(context, em, id);
    assertCan(context.ability, 'disable', user, 'User');
    if (context.actor?.kind === 'user' && context.actor.id === user.id)
      throw conflict('error.user.cannotDisableSelf', 'You cannot disable your own account');
    assertMayGrant(context, [], user.roles);
    user.active = false;
    await em.flush();
    const sessionsEnded = await revokeSessionsOf(em, user.id);
    await em.nativeUpdate(Invitation, { user: user.id, acceptedAt: null }, { expiresAt: new Date() });
    await context.audit.record(em, {
      action: 'user.disable',
      entityType: 'User',
      entityId: user.id,
      ownerAgencyId: user.agency.id,
      details: { sessionsEnded },
    });
    return user;
  });
}

/** Re-enables a user; "disable" is the right to decide whether an account may be used at all. */
export async function enableUser(context: RequestContext, id: string): Promise<User> {
  return inUnitOfWork(context, async (em) => {
    const user = await findVisibleUser(context, em, id);
    assertCan(context.ability, 'disable', user, 'User');
    assertMayGrant(context, [], user.roles);
    user.active = true;
    await em.flush();
    await context.audit.record(em, {
      action: 'user.enable',
      entityType: 'User',
      entityId: user.id,
      ownerAgencyId: user.agency.id,
    });
    return user;
  });
}
