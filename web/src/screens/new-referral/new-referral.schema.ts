import { z } from 'zod';

// Messages are catalogue keys, translated where they are shown (zod's own texts read badly in Spanish).
const required = { error: 'validation.required' };
const optionalText = z.string().trim().max(200, { error: 'referrals.apiError.personNameTooLong' });

export const personSchema = z.object({
  role: z.enum(['SUSPECTED_SMUGGLER', 'SMUGGLED_MIGRANT', 'POSSIBLE_VICTIM', 'WITNESS'], required),
  givenNames: optionalText,
  familyNames: optionalText,
  nationality: z
    .string()
    .trim()
    .toUpperCase()
    .refine((value) => value === '' || /^[A-Z]{2}$/.test(value), { error: 'referrals.validation.nationality' }),
  estimatedAge: z
    .string()
    .trim()
    .refine((value) => value === '' || (/^\d{1,3}$/.test(value) && Number(value) <= 120), {
      error: 'referrals.validation.age',
    }),
});

const today = () => new Date().toISOString().slice(0, 10);

export const newReferralSchema = z.object({
  mechanismId: z.string().min(1, required),
  receivingAgencyId: z.string().min(1, required),
  category: z.enum(
    [
      'SMUGGLING_INCIDENT',
      'SUSPECTED_TRAFFICKING',
      'ABANDONED_OR_MISSING_MIGRANTS',
      'DOCUMENT_FRAUD',
      'NETWORK_INTELLIGENCE',
      'REQUEST_FOR_INFORMATION',
      'OTHER',
    ],
    required,
  ),
  urgency: z.enum(['IMMEDIATE', 'URGENT', 'ROUTINE'], required),
  title: z.string().trim().min(1, required).max(200, { error: 'referrals.validation.titleTooLong' }),
  narrative: z.string().trim().min(1, required),
  incidentDate: z
    .string()
    .refine((value) => value === '' || value <= today(), { error: 'referrals.validation.dateInFuture' }),
  handlingCode: z.enum(['H1', 'H2', 'H3'], required),
  sourceReliability: z.enum(['A', 'B', 'C', 'X'], required),
  informationAccuracy: z.enum(['1', '2', '3', '4'], required),
  persons: z.array(personSchema),
});

export type NewReferralForm = z.input<typeof newReferralSchema>;
export type NewReferralValues = z.output<typeof newReferralSchema>;

export const emptyPerson: NewReferralForm['persons'][number] = {
  role: '' as never,
  givenNames: '',
  familyNames: '',
  nationality: '',
  estimatedAge: '',
};

export const emptyForm: NewReferralForm = {
  mechanismId: '',
  receivingAgencyId: '',
  category: '' as never,
  urgency: '' as never,
  title: '',
  narrative: '',
  incidentDate: '',
  handlingCode: 'H1',
  sourceReliability: 'X',
  informationAccuracy: '4',
  persons: [],
};
