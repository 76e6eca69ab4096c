import type { Actor } from '../../platform/authz/actor';
import type { RequestContext } from '../../platform/context';
import { unauthenticated } from '../../platform/graphql/errors';

/**
 * Who wrote something on a referral: a person (a user id) or an agency's own system through one of its API
 * tokens (the token's id), never both. Rows keep them in two columns so that each keeps its foreign key, and
 * history, conversation and audit say plainly which it was.
 */
export interface Authorship {
  actor: Actor;
  userId: string | null;
  apiTokenId: string | null;
}

/** The signed-in user or API token of the request; UNAUTHENTICATED without one. */
export function authorshipOf(context: RequestContext): Authorship {
  const actor = context.actor;
  if (!actor) throw unauthenticated();
  return actor.kind === 'api-token'
    ? { actor, userId: null, apiTokenId: actor.id }
    : { actor, userId: actor.id, apiTokenId: null };
}
