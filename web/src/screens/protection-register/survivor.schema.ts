import { z } from 'zod';
import type { SurvivorInput } from '../../gql/graphql';
import { browserToday as today } from '../../dates/day-bounds';
import { splitList } from '../../forms/lists';

// Messages are catalogue keys, translated where they are shown. Limits are the server's (survivor.validation.ts).
export const text = (max: number) =>
  z.string().refine((value) => value.trim().length <= max, { error: 'protection.validation.tooLong' });
const notFuture = z.string().refine((value) => value === '' || value <= today(), {
  error: 'protection.validation.dateInFuture',
});
export const country = z.string().refine((value) => value.trim() === '' || /^[A-Za-z]{2}$/.test(value.trim()), {
  error: 'protection.validation.country',
});
/** "a, b, c": at most `max` items of at most `length` characters (split by splitList when sent). */
export const commaList = (max: number, length: number, pattern?: RegExp) =>
  z
    .string()
    .refine((value) => splitList(value).length <= max, { error: 'protection.validation.tooMany' })
    .refine((value) => splitList(value).every((item) => item.length <= length && (!pattern || pattern.test(item))), {
      error: 'protection.validation.listItem',
    });

export const survivorSchema = z.object({
  givenNames: text(200),
  familyNames: text(200),
  aliases: commaList(10, 200),
  dateOfBirth: notFuture,
  estimatedAge: z
    .string()
    .refine((value) => value.trim() === '' || (/^\d{1,3}$/.test(value.trim()) && Number(value) <= 120), {
      error: 'protection.validation.age',
    }),
  sex: z.string(),
  genderIdentity: text(100),
  nationality: country,
  languages: commaList(10, 3, /^[a-z]{2,3}$/),
  documentKind: z.string(),
  documentNumber: text(60),
  documentCountry: country,
  phones: commaList(5, 40),
  email: z
    .string()
    .refine((value) => value.trim().length <= 254, { error: 'protection.validation.tooLong' })
    .refine((value) => value.trim() === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()), {
      error: 'protection.validation.email',
    }),
  currentLocation: text(300),
  vulnerabilities: z.array(z.string()),
  exploitations: z
    .array(
      z.object({
        kind: z.string().min(1, { error: 'validation.required' }),
        countryCode: country,
        place: text(300),
        startedOn: notFuture,
        endedOn: z.string(),
        notes: text(2000),
      }),
    )
    .max(20, { error: 'protection.validation.tooMany' }),
});

export type SurvivorForm = z.infer<typeof survivorSchema>;

export const emptySurvivor: SurvivorForm = {
  givenNames: '',
  familyNames: '',
  aliases: '',
  dateOfBirth: '',
  estimatedAge: '',
  sex: '',
  genderIdentity: '',
  nationality: '',
  languages: '',
  documentKind: 'PASSPORT',
  documentNumber: '',
  documentCountry: '',
  phones: '',
  email: '',
  currentLocation: '',
  vulnerabilities: [],
  exploitations: [],
};

export const emptyExploitation: SurvivorForm['exploitations'][number] = {
  kind: '',
  countryCode: '',
  place: '',
  startedOn: '',
  endedOn: '',
  notes: '',
};

/** What the form holds, as the API's SurvivorInput. */
export function toSurvivorInput(values: SurvivorForm): SurvivorInput {
  const orNull = (value: string) => value.trim() || null;
  const upper = (value: string) => orNull(value)?.toUpperCase() ?? null;
  return {
    givenNames: orNull(values.givenNames),
    familyNames: orNull(values.familyNames),
    aliases: splitList(values.aliases),
    dateOfBirth: orNull(values.dateOfBirth),
    estimatedAge: values.estimatedAge.trim() ? Number(values.estimatedAge) : null,
    sex: (values.sex || null) as SurvivorInput['sex'],
    genderIdentity: orNull(values.genderIdentity),
    nationality: upper(values.nationality),
    languages: splitList(values.languages).map((code) => code.toLowerCase()),
    identityDocuments: values.documentNumber.trim()
      ? [
          {
            kind: values.documentKind,
            number: values.documentNumber.trim(),
            issuingCountry: upper(values.documentCountry),
          },
        ]
      : [],
    phones: splitList(values.phones),
    email: orNull(values.email),
    currentLocation: orNull(values.currentLocation),
    vulnerabilities: values.vulnerabilities as SurvivorInput['vulnerabilities'],
    exploitations: values.exploitations.map((item) => ({
      kind: item.kind as NonNullable<SurvivorInput['exploitations']>[number]['kind'],
      countryCode: upper(item.countryCode),
      place: orNull(item.place),
      startedOn: orNull(item.startedOn),
      endedOn: orNull(item.endedOn),
      notes: orNull(item.notes),
    })),
  };
}

/** The form field a server error path names (`input.identityDocuments.0.number` → `documentNumber`). */
export function formFieldOf(path: string): keyof SurvivorForm | `exploitations.${number}.${string}` | null {
  const field = path.replace(/^input\./, '');
  if (field.startsWith('identityDocuments')) {
    if (field.endsWith('issuingCountry')) return 'documentCountry';
    if (field.endsWith('kind')) return 'documentKind';
    return 'documentNumber';
  }
  if (field.startsWith('exploitations.') && field.split('.').length === 3)
    return field as `exploitations.${number}.${string}`;
  const top = field.split('.')[0] as keyof SurvivorForm;
  return top in emptySurvivor ? top : null;
}
