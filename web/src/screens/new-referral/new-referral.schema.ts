import { z } from 'zod';
import { browserToday as today } from '../../dates/day-bounds';

// Messages are catalogue keys, translated where they are shown (zod's own texts read badly in Spanish).
// Every limit equals the server's (server/src/modules/referrals/referral.input-limits.ts and
// referral-draft.validation.ts), so the officer hears of it next to the field rather than on send.
export const LIMITS = {
  title: 300,
  narrative: 20_000,
  placeDescription: 300,
  name: 200,
  alias: 200,
  aliases: 20,
  phone: 40,
  phones: 10,
  documentKind: 40,
  documentNumber: 60,
  documents: 10,
  plate: 20,
  vehicleDescription: 300,
  vehicles: 10,
  persons: 200,
} as const;

const required = { error: 'validation.required' };
/** A coordinate typed or filled in by the device: empty, or a number within ±`limit` with at most six decimals. */
const coordinate = (limit: number) =>
  z
    .string()
    .trim()
    .refine(
      (value) =>
        value === '' ||
        (/^[-+]?\d{1,3}([.,]\d{1,6})?$/.test(value) && Math.abs(Number(value.replace(',', '.'))) <= limit),
      { error: 'referrals.validation.coordinate' },
    );
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `referrals.validation.max${max}` });
const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine((value) => value === '' || /^[A-Z]{2}$/.test(value), { error: 'referrals.validation.nationality' });
const pastDate = z
  .string()
  .refine((value) => value === '' || value <= today(), { error: 'referrals.validation.dateInFuture' });

export const DOCUMENT_KINDS = ['PASSPORT', 'NATIONAL_ID', 'RESIDENCE_PERMIT', 'DRIVING_LICENCE', 'OTHER'] as const;

export const identityDocumentSchema = z.object({
  kind: z.string().trim().min(1, required).max(LIMITS.documentKind, { error: 'referrals.validation.max40' }),
  number: z.string().trim().min(1, required).max(LIMITS.documentNumber, { error: 'referrals.validation.max60' }),
  issuingCountry: countryCode,
});

export const phoneSchema = z.object({
  number: z
    .string()
    .trim()
    .min(1, required)
    .max(LIMITS.phone, { error: 'referrals.validation.max40' })
    .regex(/^[0-9+()\-.\s]+$/, { error: 'referrals.validation.phone' }),
});

export const vehicleSchema = z
  .object({ plate: text(LIMITS.plate), description: text(LIMITS.vehicleDescription) })
  .refine((vehicle) => vehicle.plate !== '' || vehicle.description !== '', {
    error: 'referrals.validation.vehicleEmpty',
    path: ['plate'],
  });

export const personSchema = z.object({
  role: z.enum(['SUSPECTED_SMUGGLER', 'SMUGGLED_MIGRANT', 'POSSIBLE_VICTIM', 'WITNESS'], required),
  givenNames: text(LIMITS.name),
  familyNames: text(LIMITS.name),
  /** Comma-separated as typed; each alias and their number within the server's limits. */
  aliases: z
    .string()
    .refine((value) => splitAliases(value).length <= LIMITS.aliases, { error: 'referrals.validation.tooManyAliases' })
    .refine((value) => splitAliases(value).every((alias) => alias.length <= LIMITS.alias), {
      error: 'referrals.validation.max200',
    }),
  sex: z.enum(['', 'FEMALE', 'MALE', 'OTHER', 'UNKNOWN']),
  dateOfBirth: pastDate,
  nationality: countryCode,
  estimatedAge: z
    .string()
    .trim()
    .refine((value) => value === '' || (/^\d{1,3}$/.test(value) && Number(value) <= 120), {
      error: 'referrals.validation.age',
    }),
  identityDocuments: z.array(identityDocumentSchema).max(LIMITS.documents),
  phones: z.array(phoneSchema).max(LIMITS.phones),
  vehicles: z.array(vehicleSchema).max(LIMITS.vehicles),
});

export function splitAliases(value: string): string[] {
  return value
    .split(',')
    .map((alias) => alias.trim())
    .filter(Boolean);
}

export const newReferralSchema = z
  .object({
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
    title: z.string().trim().min(1, required).max(LIMITS.title, { error: 'referrals.validation.titleTooLong' }),
    narrative: z.string().trim().min(1, required).max(LIMITS.narrative, { error: 'referrals.validation.max20000' }),
    incidentDate: pastDate,
    crossingPointId: z.string(),
    placeDescription: text(LIMITS.placeDescription),
    latitude: coordinate(90),
    longitude: coordinate(180),
    handlingCode: z.enum(['H1', 'H2', 'H3'], required),
    sourceReliability: z.enum(['A', 'B', 'C', 'X'], required),
    informationAccuracy: z.enum(['1', '2', '3', '4'], required),
    persons: z.array(personSchema).max(LIMITS.persons, { error: 'referrals.apiError.tooManyPersons' }),
  })
  // A place is both coordinates or neither.
  .refine((values) => (values.latitude.trim() === '') === (values.longitude.trim() === ''), {
    error: 'referrals.validation.coordinatesPair',
    path: ['longitude'],
  });

export type NewReferralForm = z.input<typeof newReferralSchema>;
export type NewReferralValues = z.output<typeof newReferralSchema>;
export type PersonForm = NewReferralForm['persons'][number];

export const emptyPerson: PersonForm = {
  role: '' as never,
  givenNames: '',
  familyNames: '',
  aliases: '',
  sex: '',
  dateOfBirth: '',
  nationality: '',
  estimatedAge: '',
  identityDocuments: [],
  phones: [],
  vehicles: [],
};

export const emptyForm: NewReferralForm = {
  mechanismId: '',
  receivingAgencyId: '',
  category: '' as never,
  urgency: '' as never,
  title: '',
  narrative: '',
  incidentDate: '',
  crossingPointId: '',
  placeDescription: '',
  latitude: '',
  longitude: '',
  handlingCode: 'H1',
  sourceReliability: 'X',
  informationAccuracy: '4',
  persons: [],
};

/** What a device kept from an older version of the form gets the fields added since (empty). */
export function withDefaults(values: Partial<NewReferralForm>): NewReferralForm {
  return {
    ...emptyForm,
    ...values,
    persons: (values.persons ?? []).map((person) => ({ ...emptyPerson, ...person })),
  };
}
