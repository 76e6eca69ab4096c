import { z } from 'zod';

const required = { error: 'validation.required' };
const optionalName = z.string().trim().max(200, { error: 'admin.validation.tooLong' });

/** A coordinate typed by hand: empty, or a number within its range. */
const coordinate = (limit: number, key: string) =>
  z
    .string()
    .trim()
    .refine((value) => value === '' || (!Number.isNaN(Number(value)) && Math.abs(Number(value)) <= limit), {
      error: key,
    });

export const COUNTRY_COUNT = {
  BINATIONAL: [2, 2],
  TRINATIONAL: [3, 3],
  REGIONAL: [2, Infinity],
  NATIONAL: [1, 1],
} as const;

export const mechanismSchema = z
  .object({
    kind: z.enum(['BINATIONAL', 'TRINATIONAL', 'REGIONAL', 'NATIONAL'], required),
    names: z.object({
      es: z.string().trim().min(1, required).max(200, { error: 'admin.validation.tooLong' }),
      en: optionalName,
      pt: optionalName,
      fr: optionalName,
    }),
    countryCodes: z.array(z.string()),
    memberAgencyIds: z.array(z.string()).min(1, required),
    secretariatAgencyId: z.string().min(1, required),
    crossingPoints: z.array(
      z.object({
        name: z.string().trim().min(1, required).max(200, { error: 'admin.validation.tooLong' }),
        latitude: coordinate(90, 'admin.validation.latitude'),
        longitude: coordinate(180, 'admin.validation.longitude'),
      }),
    ),
    active: z.boolean(),
  })
  // The same rules the server applies, so the officer hears about them before sending.
  .superRefine((mechanism, context) => {
    const [min, max] = COUNTRY_COUNT[mechanism.kind];
    const count = mechanism.countryCodes.length;
    if (count < min || count > max)
      context.addIssue({
        code: 'custom',
        path: ['countryCodes'],
        message: `admin.validation.countryCount.${mechanism.kind}`,
      });
    if (mechanism.kind === 'NATIONAL' && new Set(mechanism.memberAgencyIds).size < 2)
      context.addIssue({ code: 'custom', path: ['memberAgencyIds'], message: 'admin.validation.nationalMembers' });
    if (mechanism.secretariatAgencyId && !mechanism.memberAgencyIds.includes(mechanism.secretariatAgencyId))
      context.addIssue({
        code: 'custom',
        path: ['secretariatAgencyId'],
        message: 'admin.validation.secretariatNotMember',
      });
  });

export type MechanismForm = z.input<typeof mechanismSchema>;
export type MechanismValues = z.output<typeof mechanismSchema>;
export const MECHANISM_FIELDS = [
  'kind',
  'names.es',
  'names.en',
  'names.pt',
  'names.fr',
  'countryCodes',
  'memberAgencyIds',
  'secretariatAgencyId',
  'active',
];

export const emptyMechanism: MechanismForm = {
  kind: '' as never,
  names: { es: '', en: '', pt: '', fr: '' },
  countryCodes: [],
  memberAgencyIds: [],
  secretariatAgencyId: '',
  crossingPoints: [],
  active: true,
};

/** Deadlines are entered as an amount of hours or days (nobody thinks of "4320 minutes"); the API takes minutes. */
export const DURATION_UNITS = { HOURS: 60, DAYS: 1440 } as const;
export type DurationUnit = keyof typeof DURATION_UNITS;

const duration = z.object({
  amount: z
    .string()
    .trim()
    .regex(/^[1-9]\d{0,3}$/, { error: 'admin.validation.duration' }),
  unit: z.enum(['HOURS', 'DAYS']),
});
type Duration = z.input<typeof duration>;

export const minutesOf = ({ amount, unit }: Duration) => Number(amount) * DURATION_UNITS[unit];

/** Minutes as the form shows them: whole days when they are, else hours (rounded up: never a shorter deadline). */
export function durationOf(minutes: number): Duration {
  if (minutes % DURATION_UNITS.DAYS === 0) return { amount: String(minutes / DURATION_UNITS.DAYS), unit: 'DAYS' };
  return { amount: String(Math.ceil(minutes / DURATION_UNITS.HOURS)), unit: 'HOURS' };
}

export const deadlineSchema = z.object({
  deadlines: z.array(
    z
      .object({
        urgency: z.enum(['IMMEDIATE', 'URGENT', 'ROUTINE']),
        acknowledgeWithin: duration,
        answerWithin: duration,
      })
      .refine((rule) => minutesOf(rule.answerWithin) >= minutesOf(rule.acknowledgeWithin), {
        path: ['answerWithin', 'amount'],
        error: 'admin.validation.answerBeforeAcknowledge',
      }),
  ),
});
export type DeadlineForm = z.input<typeof deadlineSchema>;
