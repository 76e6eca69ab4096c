import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { RoleRequired } from '../../platform/authz/access';
import { Role } from '../../platform/authz/roles';
import type { RequestContext } from '../../platform/context';
import { Referral } from './referral.entity';
import { ReferralOutcome } from './referral.enums';
import { ReferralDraftInput } from './referral.inputs';
import { ReferralAction } from './referral.lifecycle';
import { createReferralDraft, transitionReferral, updateReferralDraft } from './referral.service';

const KEY = { nullable: true, description: 'Client-chosen; a retry with the same key returns the first result' };
const COMMENT = { nullable: true, description: 'Kept in the history' };

/** Writing referrals: one mutation per step of the lifecycle, each a liaison officer's. */
@Resolver(() => Referral)
export class ReferralWorkflowResolver {
  @RoleRequired(Role.LIAISON_OFFICER)
  @Mutation(() => Referral, { description: 'Starts a referral as a draft of your agency' })
  createReferralDraft(
    @Arg('input', () => ReferralDraftInput) input: ReferralDraftInput,
    @Arg('idempotencyKey', () => String, KEY) idempotencyKey: string | null,
    @Ctx() context: RequestContext,
  ): Promise<Referral> {
    return createReferralDraft(context, input, idempotencyKey);
  }

  @RoleRequired(Role.LIAISON_OFFICER)
  @Mutation(() => Referral, { description: 'Rewrites a draft (persons are replaced by those given)' })
  updateReferralDraft(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ReferralDraftInput) input: ReferralDraftInput,
    @Ctx() context: RequestContext,
  ): Promise<Referral> {
    return updateReferralDraft(context, id, input);
  }

  @RoleRequired(Role.LIAISON_OFFICER)
  @Mutation(() => Referral, { description: 'Sends a draft: numbers it and starts its deadlines' })
  sendReferral(
    @Arg('id', () => ID) id: string,
    @Arg('comment', () => String, COMMENT) comment: string | null,
    @Arg('idempotencyKey', () => String, KEY) idempotencyKey: string | null,
    @Ctx() context: RequestContext,
  ): Promise<Referral> {
    return transitionReferral(context, { referralId: id, action: ReferralAction.SEND, comment, idempotencyKey });
  }

  @RoleRequired(Role.LIAISON_OFFICER)
  @Mutation(() => Referral, { description: 'The sender takes a referral back before it is accepted' })
  withdrawReferral(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Arg('comment', () => String, COMMENT) comment: string | null,
    @Arg('idempotencyKey', () => String, KEY) idempotencyKey: string | null,
    @Ctx() context: RequestContext,
  ): Promise<Referral> {
    const step = { referralId: id, action: ReferralAction.WITHDRAW, reason, comment, idempotencyKey };
    return transitionReferral(context, step);
  }

  @RoleRequired(Role.LIAISON_OFFICER)
  @Mutation(() => Referral, { description: 'The receiver confirms it has the referral' })
  acknowledgeReferral(
    @Arg('id', () => ID) id: string,
    @Arg('comment', () => String, COMMENT) comment: string | null,
    @Arg('idempotencyKey', () => String, KEY) idempotencyKey: string | null,
    @Ctx() context: RequestContext,
  ): Promise<Referral> {
    return transitionReferral(context, { referralId: id, action: ReferralAction.ACKNOWLEDGE, comment, idempotencyKey });
  }

  @RoleRequired(Role.LIAISON_OFFICER)
  @Mutation(() => Referral, { description: 'The receiver takes the case on' })
  acceptReferral(
    @Arg('id', () => ID) id: string,
    @Arg('comment', () => String, COMMENT) comment: string | null,
    @Arg('idempotencyKey', () => String, KEY) idempotencyKey: string | null,
    @Ctx() context: RequestContext,
  ): Promise<Referral> {
    return transitionReferral(context, { referralId: id, action: ReferralAction.ACCEPT, comment, idempotencyKey });
  }

  @RoleRequired(Role.LIAISON_OFFICER)
  @Mutation(() => Referral, { description: 'The receiver declines, saying why' })
  declineReferral(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Arg('comment', () => String, COMMENT) comment: string | null,
    @Arg('idempotencyKey', () => String, KEY) idempotencyKey: string | null,
    @Ctx() context: RequestContext,
  ): Promise<Referral> {
    const step = { referralId: id, action: ReferralAction.DECLINE, reason, comment, idempotencyKey };
    return transitionReferral(context, step);
  }

  @RoleRequired(Role.LIAISON_OFFICER)
  @Mutation(() => Referral, { description: 'The receiver starts working on an accepted referral' })
  startReferral(
    @Arg('id', () => ID) id: string,
    @Arg('comment', () => String, COMMENT) comment: string | null,
    @Arg('idempotencyKey', () => String, KEY) idempotencyKey: string | null,
    @Ctx() context: RequestContext,
  ): Promise<Referral> {
    return transitionReferral(context, { referralId: id, action: ReferralAction.START, comment, idempotencyKey });
  }

  @RoleRequired(Role.LIAISON_OFFICER)
  @Mutation(() => Referral, { description: 'The receiver closes the case with its outcome' })
  closeReferral(
    @Arg('id', () => ID) id: string,
    @Arg('outcome', () => ReferralOutcome) outcome: ReferralOutcome,
    @Arg('comment', () => String, COMMENT) comment: string | null,
    @Arg('idempotencyKey', () => String, KEY) idempotencyKey: string | null,
    @Ctx() context: RequestContext,
  ): Promise<Referral> {
    const step = { referralId: id, action: ReferralAction.CLOSE, outcome, comment, idempotencyKey };
    return transitionReferral(context, step);
  }
}
