import { z } from 'zod';
import type { ProtectionService, ReferralUrgency, ServiceReferralInput, SharedField } from '../../gql/graphql';

/** The referral form: the provider's service, what for, how urgent, which fields travel, and a note. */
export const referralSchema = z.object({
  directoryServiceId: z.string().min(1, 'protection.referral.chooseService'),
  recipientAgencyId: z.string().min(1, 'protection.referral.chooseService'),
  service: z.string().min(1, 'protection.referral.choosePurpose'),
  urgency: z.enum(['IMMEDIATE', 'URGENT', 'ROUTINE']),
  sharedFields: z.array(z.string()).min(1, 'protection.apiError.referral.fieldsRequired'),
  note: z.string().max(2000, 'protection.validation.tooLong'),
});

export type ReferralForm = z.infer<typeof referralSchema>;

export const emptyReferral: ReferralForm = {
  directoryServiceId: '',
  recipientAgencyId: '',
  service: '',
  urgency: 'URGENT',
  sharedFields: [],
  note: '',
};

export function toReferralInput(survivorId: string, form: ReferralForm): ServiceReferralInput {
  return {
    survivorId,
    recipientAgencyId: form.recipientAgencyId,
    directoryServiceId: form.directoryServiceId,
    service: form.service as ProtectionService,
    urgency: form.urgency as ReferralUrgency,
    sharedFields: form.sharedFields as SharedField[],
    note: form.note.trim() || null,
  };
}

/** The form field a server error's path names (input.sharedFields → sharedFields). */
export function referralFieldOf(path: string): keyof ReferralForm | undefined {
  const field = path.replace(/^input\./, '').split('.')[0];
  return field && field in emptyReferral ? (field as keyof ReferralForm) : undefined;
}
