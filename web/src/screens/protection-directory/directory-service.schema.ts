import { z } from 'zod';
import type { DirectoryServiceInput, ProtectionService, ServiceAvailability } from '../../gql/graphql';
import type { DirectoryServiceSummary } from '../protection-common/directory-service-card';

const optionalWhole = (max: number) =>
  z
    .string()
    .trim()
    .refine((value) => value === '' || (/^\d+$/.test(value) && Number(value) <= max), 'protection.directory.number');

/** A service of the agency as its admin describes it (the API's limits, checked before sending). */
export const directoryServiceSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'protection.apiError.directory.nameRequired')
    .max(200, 'protection.validation.tooLong'),
  description: z.string().max(2000, 'protection.validation.tooLong'),
  types: z.array(z.string()).min(1, 'protection.apiError.directory.typesRequired'),
  eligibility: z.string().max(500, 'protection.validation.tooLong'),
  minimumAge: optionalWhole(120),
  maximumAge: optionalWhole(120),
  languages: z
    .string()
    .refine(
      (value) => value.split(',').every((code) => code.trim() === '' || /^[a-z]{2,3}$/.test(code.trim().toLowerCase())),
      'protection.apiError.directory.languageInvalid',
    ),
  hours: z.string().max(300, 'protection.validation.tooLong'),
  areaServed: z.string().max(300, 'protection.validation.tooLong'),
  address: z.string().max(300, 'protection.validation.tooLong'),
  phone: z.string().max(60, 'protection.validation.tooLong'),
  email: z.string().max(200, 'protection.validation.tooLong'),
  capacity: optionalWhole(100_000),
  availability: z.enum(['AVAILABLE', 'LIMITED', 'FULL', 'SUSPENDED']),
  active: z.boolean(),
});

export type DirectoryServiceForm = z.infer<typeof directoryServiceSchema>;

export function directoryServiceForm(service?: DirectoryServiceSummary): DirectoryServiceForm {
  const text = (value: string | null | undefined) => value ?? '';
  const whole = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));
  return {
    name: text(service?.name),
    description: text(service?.description),
    types: service?.types ?? [],
    eligibility: text(service?.eligibility),
    minimumAge: whole(service?.minimumAge),
    maximumAge: whole(service?.maximumAge),
    languages: service?.languages.join(', ') ?? '',
    hours: text(service?.hours),
    areaServed: text(service?.areaServed),
    address: text(service?.address),
    phone: text(service?.phone),
    email: text(service?.email),
    capacity: whole(service?.capacity),
    availability: service?.availability ?? 'AVAILABLE',
    active: service?.active ?? true,
  };
}

export function toDirectoryServiceInput(id: string | undefined, form: DirectoryServiceForm): DirectoryServiceInput {
  const text = (value: string) => value.trim() || null;
  const whole = (value: string) => (value.trim() === '' ? null : Number(value));
  return {
    id: id ?? null,
    name: form.name.trim(),
    description: text(form.description),
    types: form.types as ProtectionService[],
    eligibility: text(form.eligibility),
    minimumAge: whole(form.minimumAge),
    maximumAge: whole(form.maximumAge),
    languages: form.languages
      .split(',')
      .map((code) => code.trim().toLowerCase())
      .filter(Boolean),
    hours: text(form.hours),
    areaServed: text(form.areaServed),
    address: text(form.address),
    phone: text(form.phone),
    email: text(form.email),
    capacity: whole(form.capacity),
    availability: form.availability as ServiceAvailability,
    active: form.active,
  };
}

/** The form field a server error's path names (input.minimumAge → minimumAge). */
export function directoryFieldOf(path: string): keyof DirectoryServiceForm | undefined {
  const field = path.replace(/^input\./, '').split('.')[0];
  return field && field in directoryServiceForm() ? (field as keyof DirectoryServiceForm) : undefined;
}
