import { z } from 'zod';
import type {
  ConsentGivenBy,
  ConsentMethod,
  ProtectionReferralInput,
  ScreeningIndicator,
  SurvivorSex,
} from '../../gql/graphql';
import { splitList } from '../../forms/lists';
import { commaList, country, text } from '../protection-register/survivor.schema';
import { emptyScreening, screeningSchema, toScreeningInput } from '../protection-survivor/screening.schema';

/**
 * A referral to protection as typed at the border post: the screening (its conclusion is "possible victim: refer"),
 * the minimum about the person, the consent read in the person's language, and the protection agency. Limits
 * are the server's (protection-referral.service.ts); messages are catalogue keys.
 */
export const borderReferralSchema = screeningSchema
  .omit({ conclusion: true })
  .extend({
    recipientAgencyId: z.string().min(1, { error: 'validation.required' }),
    givenNames: text(200),
    familyNames: text(200),
    estimatedAge: z.string().refine((value) => /^\d{1,3}$/.test(value.trim()) && Number(value) <= 120, {
      error: 'protection.validation.age',
    }),
    sex: z.string(),
    nationality: country,
    languages: commaList(10, 3, /^[a-z]{2,3}$/).refine((value) => splitList(value).length > 0, {
      error: 'protection.apiError.borderReferral.languagesRequired',
    }),
    currentLocation: text(300).refine((value) => value.trim().length > 0, { error: 'validation.required' }),
    phone: text(40),
    consentLanguage: z.string().min(1, { error: 'validation.required' }),
    consentRead: z.literal(true, { error: 'protection.borderReferral.consentReadRequired' }),
    method: z.enum(['VERBAL_WITH_WITNESS', 'SIGNED_FORM']),
    givenBy: z.enum(['PERSON', 'CHILD_AND_GUARDIAN']),
    witness: text(200),
    guardian: text(200),
    note: text(2000),
  })
  .superRefine((form, issues) => {
    if (form.method === 'VERBAL_WITH_WITNESS' && !form.witness.trim())
      issues.addIssue({
        code: 'custom',
        path: ['witness'],
        message: 'protection.apiError.borderReferral.witnessRequired',
      });
    const child = /^\d{1,3}$/.test(form.estimatedAge.trim()) && Number(form.estimatedAge) < 18;
    if (child && form.givenBy !== 'CHILD_AND_GUARDIAN')
      issues.addIssue({
        code: 'custom',
        path: ['givenBy'],
        message: 'protection.apiError.borderReferral.childNeedsGuardian',
      });
    if (form.givenBy === 'CHILD_AND_GUARDIAN' && !form.guardian.trim())
      issues.addIssue({
        code: 'custom',
        path: ['guardian'],
        message: 'protection.apiError.borderReferral.guardianRequired',
      });
  });

export type BorderReferralForm = z.input<typeof borderReferralSchema>;

export const emptyBorderReferral = (
  indicators: readonly ScreeningIndicator[],
  language: string,
): BorderReferralForm => {
  const { conclusion: _conclusion, ...screening } = emptyScreening(indicators);
  return {
    ...screening,
    recipientAgencyId: '',
    givenNames: '',
    familyNames: '',
    estimatedAge: '',
    sex: '',
    nationality: '',
    languages: '',
    currentLocation: '',
    phone: '',
    consentLanguage: language,
    consentRead: false as true,
    method: 'VERBAL_WITH_WITNESS',
    givenBy: 'PERSON',
    witness: '',
    guardian: '',
    note: '',
  };
};

export function toProtectionReferralInput(form: BorderReferralForm): ProtectionReferralInput {
  const optional = (value: string) => value.trim() || null;
  return {
    recipientAgencyId: form.recipientAgencyId,
    person: {
      givenNames: optional(form.givenNames),
      familyNames: optional(form.familyNames),
      estimatedAge: Number(form.estimatedAge),
      sex: (form.sex || null) as SurvivorSex | null,
      nationality: optional(form.nationality.toUpperCase()),
      languages: splitList(form.languages).map((code) => code.toLowerCase()),
      currentLocation: form.currentLocation.trim(),
      phone: optional(form.phone),
    },
    screening: toScreeningInput({ ...form, conclusion: 'POSSIBLE_VICTIM_REFER' }),
    consent: {
      method: form.method as ConsentMethod,
      givenBy: form.givenBy as ConsentGivenBy,
      language: form.consentLanguage,
      witness: optional(form.witness),
      guardian: form.givenBy === 'CHILD_AND_GUARDIAN' ? optional(form.guardian) : null,
    },
    note: optional(form.note),
  };
}
