// Helpers for the tests of what surrounds the referral core: signed-in users of the referral world (sessions
// started directly, as after a sign-in), a referral moved along its lifecycle, and small HTTP helpers.
import type { MikroORM } from '@mikro-orm/postgresql';
import { createReferralDraft, transitionReferral, ReferralAction } from '../../server/src/modules/referrals';
import type { ReferralDraftInput } from '../../server/src/modules/referrals/referral.inputs';
import { User } from '../../server/src/modules/identity';
import { startSession } from '../../server/src/modules/identity/auth/session-store';
import { draftInput } from '../referrals/referral-drafts';
import { contextFor, createReferralWorld, type ReferralWorld, type WorldUser } from '../referrals/referral-world';
import type { TestServer } from '../support/test-server';

export { createReferralWorld, type ReferralWorld, type WorldUser };

/** The Cookie header of a fresh session for a world user. */
export async function cookieFor(orm: MikroORM, who: WorldUser): Promise<string> {
  const em = orm.em.fork();
  const user = await em.findOneOrFail(User, { id: who.user.id });
  const token = await startSession(em, user);
  return `enlace_session=${token}`;
}

/** A referral from the world's sender to its receiver, taken through the given steps by the right side. */
export async function referralAfter(
  orm: MikroORM,
  world: ReferralWorld,
  steps: ReferralAction[],
  overrides: Partial<ReferralDraftInput> = {},
): Promise<string> {
  const sender = world.users.senderOfficer;
  const draft = await createReferralDraft(contextFor(orm, sender), draftInput(world, overrides));
  for (const action of steps) {
    const senderSide = action === ReferralAction.SEND || action === ReferralAction.WITHDRAW;
    const who = senderSide ? sender : world.users.receiverOfficer;
    await transitionReferral(contextFor(orm, who), { referralId: draft.id, action, reason: 'x', outcome: null });
  }
  return draft.id;
}

export const SENT = [ReferralAction.SEND];
export const ACKNOWLEDGED = [ReferralAction.SEND, ReferralAction.ACKNOWLEDGE];

/** The error code of a GraphQL answer, or "OK". */
export function codeOf(result: { errors?: { extensions?: Record<string, unknown> }[] }): unknown {
  return result.errors?.[0]?.extensions?.code ?? 'OK';
}

export function as(server: TestServer, cookie: string) {
  return <Data = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}) =>
    server.graphql<Data>(query, variables, { cookie });
}
