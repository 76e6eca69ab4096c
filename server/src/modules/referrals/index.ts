import type { RequestContext } from '../../platform/context';
import type { EnlaceModule } from '../../platform/module';
import { ReferralBoxCount } from './referral-box-count.entity';
import { ReferralDeadlineRule } from './referral-deadline.entity';
import { ReferralDeadlineResolver } from './referral-deadline.resolver';
import { ReferralIdempotencyKey } from './referral-idempotency.entity';
import { ReferralPerson } from './referral-person.entity';
import { ReferralSequence } from './referral-sequence.entity';
import { ReferralTransition } from './referral-transition.entity';
import { Referral } from './referral.entity';
import { PERSONAL_FIELDS, referralPolicy } from './referral.policy';
import {
  ReferralPersonResolver,
  ReferralResolver,
  ReferralTransitionResolver,
  resolveReferralReference,
} from './referral.resolver';
import { ReferralWorkflowResolver } from './referral-workflow.resolver';
import { extendReferralsModule } from './live/around-referrals';

// What other modules (conversation, forwarding, notifications) build on.
export { Referral, ReferralPerson, ReferralTransition };
export { ReferralStatus, ReferralUrgency, HandlingCode, ReferralCategory, ReferralOutcome } from './referral.enums';
export { REFERRAL_TRANSITIONS, ReferralAction, ReferralSide } from './referral.lifecycle';
export { findReadableReferral, getReadableReferral, readableReferrals } from './referral.access';
export { transitionReferral, createReferralDraft, updateReferralDraft, type ReferralStep } from './referral.service';
export { onReferralEvent, type ReferralEvent, type ReferralEventListener } from './referral-events';
export { listReferrals } from './referral-inbox.service';
export { PERSONAL_FIELDS, asForwardRecipient } from './referral.policy';

export const referralsModule: EnlaceModule<RequestContext> = {
  name: 'referrals',
  entities: [
    Referral,
    ReferralPerson,
    ReferralTransition,
    ReferralDeadlineRule,
    ReferralSequence,
    ReferralIdempotencyKey,
    ReferralBoxCount,
  ],
  resolvers: [
    ReferralResolver,
    ReferralPersonResolver,
    ReferralTransitionResolver,
    ReferralWorkflowResolver,
    ReferralDeadlineResolver,
  ],
  referenceResolvers: { Referral: resolveReferralReference },
  policies: [referralPolicy],
  guardedSubjects: ['Referral', 'ReferralPerson'],
  personalData: [
    {
      subject: 'ReferralPerson',
      fields: PERSONAL_FIELDS,
      idOf: (person) => (person as ReferralPerson).id,
      ownerAgencyOf: (person) => (person as ReferralPerson).sendingAgency.id,
    },
  ],
};

// Conversation, forwarding, live events and notices (live/around-referrals.ts).
extendReferralsModule(referralsModule);
