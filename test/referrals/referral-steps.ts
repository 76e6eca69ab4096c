import type { MikroORM } from '@mikro-orm/postgresql';
import { Referral, ReferralStatus } from '../../server/src/modules/referrals';
import { createReferralDraft } from '../../server/src/modules/referrals';
import type { ReferralDraftInput } from '../../server/src/modules/referrals/referral.inputs';
import { draftInput } from './referral-drafts';
import { contextFor, type ReferralWorld } from './referral-world';

/** Writes a draft as the sender's liaison officer. */
export async function draft(orm: MikroORM, world: ReferralWorld, overrides: Partial<ReferralDraftInput> = {}) {
  return createReferralDraft(contextFor(orm, world.users.senderOfficer), draftInput(world, overrides));
}

/** A referral put straight into a status, for tests about what may happen next. */
export async function referralIn(orm: MikroORM, world: ReferralWorld, status: ReferralStatus) {
  const referral = await draft(orm, world);
  if (status !== ReferralStatus.DRAFT) {
    await orm.em.fork().nativeUpdate(Referral, { id: referral.id }, { status });
  }
  return referral.id;
}

/** The error code a promise fails with, or "OK". */
export async function outcomeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'OK';
  } catch (error) {
    const code = (error as { extensions?: { code?: string } }).extensions?.code;
    if (!code) throw error;
    return code;
  }
}

export async function messageKeyOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
    return 'OK';
  } catch (error) {
    const extensions = (error as { extensions?: { messageKey?: string; fields?: unknown } }).extensions;
    if (!extensions) throw error;
    return extensions.fields ?? extensions.messageKey;
  }
}
