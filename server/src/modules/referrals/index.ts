import type { RequestContext } from '../../platform/context';
import type { EnlaceModule } from '../../platform/module';
import { ReferralBoxCount } from './referral-box-count.entity';
import { ReferralDeadlineRule } from './referral-deadline.entity';
import { ReferralDeadlineResolver } from './referral-deadline.resolver';
import { ReferralPerson } from './referral-person.entity';
import { ReferralTransition } from './referral-transition.entity';
import { Referral } from './referral.entity';
import { referralInputLimits } from './referral.input-limits';
import { PERSONAL_FIELDS, referralPolicy } from './referral.policy';
import {
  ReferralPersonResolver,
  ReferralResolver,
  ReferralTransitionResolver,
  resolveReferralReference,
} from './referral.resolver';
import { ReferralWorkflowResolver } from './referral-workflow.resolver';
import { ReferralAssignmentResolver } from './assignment/assignment.resolver';
// Imported after the core: type-graphql prints types in the order their classes load (schema/enlace.graphql).
import { attachmentRoutes } from './conversation/attachment.routes';
import { ReferralAttachmentResolver, ReferralConversationResolver } from './conversation/conversation.resolver';
import { ReferralAttachment } from './conversation/referral-attachment.entity';
import { ReferralMessage } from './conversation/referral-message.entity';
import { ReferralForwardingResolver } from './forwarding/forwarding.resolver';
import { forwardingPolicy } from './forwarding/forwarding.policy';
import { ReferralForward } from './forwarding/referral-forward.entity';
import { deadlineWatchJob } from './notifications/deadline-watch';
import { ReferralNotice } from './notifications/referral-notice.entity';
import { mailReceiverOnSent, notifyReceiverOnSent } from './notifications/referral-sent.listener';
import { onReferralEvent } from './referral-events';
import { announceLifecycleEvent } from './live/referral-activity.listener';
import { ReferralEventsResolver } from './live/referral-events.resolver';
import { attachReferralLiveEvents, referralSchemaPubSub } from './live/referral-live-events';

// What other modules build on.
export { Referral, ReferralPerson, ReferralTransition };
export { ReferralStatus, ReferralUrgency, HandlingCode, ReferralCategory, ReferralOutcome } from './referral.enums';
export { REFERRAL_TRANSITIONS, ReferralAction, ReferralSide } from './referral.lifecycle';
export { findReadableReferral, getReadableReferral, readableReferrals } from './referral.access';
export { transitionReferral, createReferralDraft, updateReferralDraft, type ReferralStep } from './referral.service';
export { onReferralEvent, type ReferralEvent, type ReferralEventListener } from './referral-events';
// The live-events channel, bus and socket context, reused by the coordination module's subscription.
export { REFERRAL_EVENTS_CHANNEL, RESYNC_EVENT_TYPE } from './live/referral-live-event';
export type { LiveContext } from './live/referral-events.resolver';
export { listReferrals } from './referral-inbox.service';
export { deadlinesFor } from './referral-deadline.service';
export { PERSONAL_FIELDS, asForwardRecipient } from './referral.policy';
export { overdueSql, overdueWhere, STATUSES_WITH_A_DEADLINE } from './referral-overdue';
export { ASSIGNABLE_STATUSES, assignReferral } from './assignment/assignment.service';
// The attachment store's content checks, reused by other modules' uploads (the coordination library).
export { cleanFileName, fileNameIsMisleading, sha256Of, sniffedMediaType } from '../../platform/files/file-content';

/**
 * Cross-border case referrals: the core (lifecycle, inbox, deadlines), the conversation (messages and
 * attachments), forwarding, live events and notices, each declared here rather than wired by an import.
 */
export const referralsModule: EnlaceModule<RequestContext> = {
  name: 'referrals',
  entities: [
    Referral,
    ReferralPerson,
    ReferralTransition,
    ReferralDeadlineRule,
    ReferralBoxCount,
    ReferralMessage,
    ReferralAttachment,
    ReferralForward,
    ReferralNotice,
  ],
  resolvers: [
    ReferralResolver,
    ReferralPersonResolver,
    ReferralTransitionResolver,
    ReferralWorkflowResolver,
    ReferralAssignmentResolver,
    ReferralDeadlineResolver,
    ReferralConversationResolver,
    ReferralAttachmentResolver,
    ReferralForwardingResolver,
    ReferralEventsResolver,
  ],
  referenceResolvers: { Referral: resolveReferralReference },
  policies: [referralPolicy, forwardingPolicy],
  // A token with "referrals:read" reads referrals, their persons and forwards; "referrals:write" also acts on them.
  apiScopes: [{ area: 'referrals', subjects: ['Referral', 'ReferralPerson', 'ReferralForward'] }],
  inputLimits: referralInputLimits,
  guardedSubjects: ['Referral', 'ReferralPerson', 'ReferralForward'],
  personalData: [
    {
      subject: 'ReferralPerson',
      fields: PERSONAL_FIELDS,
      idOf: (person) => (person as ReferralPerson).id,
      ownerAgencyOf: (person) => (person as ReferralPerson).sendingAgency.id,
    },
  ],
  pubSub: referralSchemaPubSub,
  // Live subscribers hear of every change; the receiving agency's liaison officers get a mail and a
  // notification on SENT.
  listeners: [
    onReferralEvent(announceLifecycleEvent),
    onReferralEvent(mailReceiverOnSent),
    onReferralEvent(notifyReceiverOnSent),
  ],
  routes: attachmentRoutes,
  socket: attachReferralLiveEvents,
  // Overdue and escalation notices, once per deadline, checked every minute.
  jobs: [deadlineWatchJob],
};
