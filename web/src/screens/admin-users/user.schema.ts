import { z } from 'zod';
import { isTimeZone } from '../admin-countries/country.schema';
import { INTERFACE_LOCALES } from '../admin-common/directory-terms';

const required = { error: 'validation.required' };
const role = z.enum([
  'LIAISON_OFFICER',
  'CASE_WORKER',
  'PROTECTION_SUPERVISOR',
  'SECRETARIAT',
  'AGENCY_ADMIN',
  'AUDITOR',
  'STATISTICIAN',
  'PLATFORM_ADMIN',
]);

export const inviteSchema = z.object({
  name: z.string().trim().min(1, required).max(200, { error: 'admin.validation.tooLong' }),
  email: z
    .string()
    .trim()
    .min(1, required)
    .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { error: 'validation.email' }),
  roles: z.array(role).min(1, { error: 'admin.validation.roles' }),
  locale: z.enum(INTERFACE_LOCALES, required),
  timeZone: z.string().trim().refine(isTimeZone, { error: 'admin.validation.timeZone' }),
});
export type InviteForm = z.input<typeof inviteSchema>;
export type InviteValues = z.output<typeof inviteSchema>;
export const INVITE_FIELDS = ['name', 'email', 'roles', 'locale', 'timeZone'];

export const rolesSchema = z.object({ roles: z.array(role).min(1, { error: 'admin.validation.roles' }) });
export type RolesForm = z.input<typeof rolesSchema>;
