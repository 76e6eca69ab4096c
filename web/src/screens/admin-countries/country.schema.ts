import { z } from 'zod';
import { INTERFACE_LOCALES } from '../admin-common/directory-terms';

// Messages are catalogue keys, translated where they are shown.
const required = { error: 'validation.required' };
const optionalName = z.string().trim().max(200, { error: 'admin.validation.tooLong' });

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.trim() !== '';
  } catch {
    return false;
  }
}

export const countrySchema = z.object({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, { error: 'admin.validation.countryCode' }),
  names: z.object({
    es: z.string().trim().min(1, required).max(200, { error: 'admin.validation.tooLong' }),
    en: optionalName,
    pt: optionalName,
    fr: optionalName,
  }),
  defaultLocale: z.enum(INTERFACE_LOCALES, required),
  timeZone: z.string().trim().refine(isTimeZone, { error: 'admin.validation.timeZone' }),
});

export type CountryForm = z.input<typeof countrySchema>;
export type CountryValues = z.output<typeof countrySchema>;
export const COUNTRY_FIELDS = ['code', 'names.es', 'names.en', 'names.pt', 'names.fr', 'defaultLocale', 'timeZone'];

export const emptyCountry: CountryForm = {
  code: '',
  names: { es: '', en: '', pt: '', fr: '' },
  defaultLocale: 'es',
  timeZone: '',
};
