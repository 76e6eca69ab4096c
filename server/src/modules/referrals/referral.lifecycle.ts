import { registerEnumType } from 'type-graphql';
import type { AppAbility } from '../../platform/authz/ability';
import { ReferralStatus } from './referral.enums';

/** Which of the two agencies on a referral takes a step. */
export enum ReferralSide {
  SENDER = 'SENDER',
  RECEIVER = 'RECEIVER',
}

/** The steps of a referral's life, named as liaison officers say them. */
export enum ReferralAction {
  SEND = 'send',
  WITHDRAW = 'withdraw',
  ACKNOWLEDGE = 'acknowledge',
  ACCEPT = 'accept',
  DECLINE = 'decline',
  START = 'start',
  CLOSE = 'close',
}
registerEnumType(ReferralSide, { name: 'ReferralSide' });
registerEnumType(ReferralAction, {
  name: 'ReferralAction',
  description: "A step of a referral's life (each has its mutation, e.g. SEND: sendReferral)",
});

export interface ReferralTransitionRule {
  action: ReferralAction;
  from: readonly ReferralStatus[];
  to: ReferralStatus;
  side: ReferralSide;
  /** What the step must carry: a decline needs a reason, a withdrawal too, a closure its outcome. */
  requires?: 'reason' | 'outcome';
  /** The time the step stamps on the referral the first time it is taken (the statistics' answer times). */
  stamps?: 'acknowledgedAt' | 'answeredAt';
}

const { DRAFT, SENT, ACKNOWLEDGED, ACCEPTED, DECLINED, IN_PROGRESS, CLOSED, WITHDRAWN } = ReferralStatus;

/**
 * The whole lifecycle as data: the service applies it, the policy derives who may take each step from it,
 * and the tests walk every (action, status, side) combination against it. Change the lifecycle here only.
 */
export const REFERRAL_TRANSITIONS: readonly ReferralTransitionRule[] = [
  { action: ReferralAction.SEND, from: [DRAFT], to: SENT, side: ReferralSide.SENDER },
  // The sender may take a referral back until the receiver has accepted (or declined) it.
  {
    action: ReferralAction.WITHDRAW,
    from: [SENT, ACKNOWLEDGED],
    to: WITHDRAWN,
    side: ReferralSide.SENDER,
    requires: 'reason',
  },
  {
    action: ReferralAction.ACKNOWLEDGE,
    from: [SENT],
    to: ACKNOWLEDGED,
    side: ReferralSide.RECEIVER,
    stamps: 'acknowledgedAt',
  },
  {
    action: ReferralAction.ACCEPT,
    from: [ACKNOWLEDGED],
    to: ACCEPTED,
    side: ReferralSide.RECEIVER,
    stamps: 'answeredAt',
  },
  {
    action: ReferralAction.DECLINE,
    from: [ACKNOWLEDGED],
    to: DECLINED,
    side: ReferralSide.RECEIVER,
    requires: 'reason',
    stamps: 'answeredAt',
  },
  { action: ReferralAction.START, from: [ACCEPTED], to: IN_PROGRESS, side: ReferralSide.RECEIVER },
  { action: ReferralAction.CLOSE, from: [IN_PROGRESS], to: CLOSED, side: ReferralSide.RECEIVER, requires: 'outcome' },
];

/** Editing a draft and creating one are sender-side too, but they are not status changes. */
export const SENDER_DRAFT_ACTIONS = ['create', 'update'] as const;

export function transitionRuleOf(action: ReferralAction): ReferralTransitionRule {
  const rule = REFERRAL_TRANSITIONS.find((candidate) => candidate.action === action);
  if (!rule) throw new Error(`unknown referral action ${action}`);
  return rule;
}

export function isLegalTransition(action: ReferralAction, from: ReferralStatus): boolean {
  return transitionRuleOf(action).from.includes(from);
}

/**
 * The steps the caller may take on a referral now: those this table allows from its status, and the caller's
 * rules allow on it (the side, the role). What the service would accept, so clients keep no copy of either.
 */
export function availableActionsOf(ability: AppAbility, referral: { status: ReferralStatus }): ReferralAction[] {
  return REFERRAL_TRANSITIONS.filter(
    (rule) => rule.from.includes(referral.status) && ability.can(rule.action, referral),
  ).map((rule) => rule.action);
}

/** Statuses whose clock runs: the deadline the receiving agency must meet next. */
export const RUNNING_DEADLINE: Partial<Record<ReferralStatus, 'acknowledgeBy' | 'answerBy'>> = {
  [SENT]: 'acknowledgeBy',
  [ACKNOWLEDGED]: 'answerBy',
};

export const FINAL_STATUSES: readonly ReferralStatus[] = [DECLINED, CLOSED, WITHDRAWN];
