// Sign-in, sessions, second factor, invitations, API tokens and user administration.
// Placeholder until that work lands in this session.
import type { EntityClass } from '@mikro-orm/core';
import type { Authenticator } from '../../../platform/authz/authenticator';

export const authenticateRequest: Authenticator = async () => null;
export const authEntities: EntityClass<unknown>[] = [];
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const authResolvers: Function[] = [];
