import { Role } from '../../../platform/authz/roles';
import { NotificationKind, NotificationSubject, notifyAgency } from '../../notifications';
import type { ReferralEventListener } from '../referral-events';
import { LIAISON, mailNotice } from './referral-notices';

/** On SENT, the receiving agency's liaison officers get a mail, in the send's transaction. */
export const mailReceiverOnSent: ReferralEventListener = async (em, event, referral, { config }) => {
  if (event.to !== 'SENT') return;
  await mailNotice(em, config, 'sent', LIAISON, {
    id: referral.id,
    reference: referral.reference ?? null,
    urgency: referral.urgency,
    category: referral.category,
    receivingAgencyId: event.receivingAgencyId,
    dueAt: referral.acknowledgeBy,
  });
};

/** On SENT, the receiving agency's liaison officers also find it in their notification centre. */
export const notifyReceiverOnSent: ReferralEventListener = async (em, event, referral) => {
  if (event.to !== 'SENT') return;
  await notifyAgency(
    em,
    {
      kind: NotificationKind.REFERRAL_RECEIVED,
      subjectType: NotificationSubject.REFERRAL,
      subjectId: referral.id,
      reference: referral.reference ?? null,
    },
    { agencyId: event.receivingAgencyId, roles: [Role.LIAISON_OFFICER] },
  );
};
