import { Authorized, type AuthChecker } from 'type-graphql';
import type { RequestContext } from '../context';
import { forbidden, unauthenticated } from '../graphql/errors';
import type { Role } from './roles';

const PUBLIC = 'PUBLIC';
const SIGNED_IN = 'SIGNED_IN';

/**
 * Every root query and mutation says who may call it with exactly one of these; a schema test fails on any
 * root field without one. What the caller may then see or change is decided by the CASL rules in services.
 */
export const Public = () => Authorized(PUBLIC);
export const SignedIn = () => Authorized(SIGNED_IN);
export const RoleRequired = (...roles: Role[]) => Authorized(...roles);

export const authorizedBy: AuthChecker<RequestContext> = ({ context }, required) => {
  if (required.includes(PUBLIC)) return true;
  if (!context.actor) throw unauthenticated();
  if (required.includes(SIGNED_IN)) return true;
  if (context.actor.roles.some((role) => required.includes(role))) return true;
  throw forbidden();
};
