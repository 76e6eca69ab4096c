import { z } from 'zod';
import { browserToday as today } from '../../dates/day-bounds';

const required = { error: 'validation.required' };
const role = z.enum([
  'LIAISON_OFFICER',
  'CASE_WORKER',
  'PROTECTION_SUPERVISOR',
  'SECRETARIAT',
  'AUDITOR',
  'AGENCY_ADMIN',
  'PLATFORM_ADMIN',
]);

export const apiTokenSchema = z.object({
  name: z.string().trim().min(1, required).max(200, { error: 'admin.validation.tooLong' }),
  roles: z.array(role).min(1, { error: 'admin.validation.roles' }),
  scopes: z
    .string()
    .trim()
    .refine(
      (value) => value.split(/[\s,]+/).every((scope) => scope === '' || /^[a-z][a-z-]*:[a-z][a-z-]*$/.test(scope)),
      {
        error: 'admin.validation.scopes',
      },
    ),
  expiresOn: z.string().refine((value) => value === '' || value > today(), { error: 'admin.validation.expiryInPast' }),
});
export type ApiTokenForm = z.input<typeof apiTokenSchema>;
export type ApiTokenValues = z.output<typeof apiTokenSchema>;
export const API_TOKEN_FIELDS = ['name', 'roles', 'scopes', 'expiresOn'];

export const scopesOf = (text: string): string[] => text.split(/[\s,]+/).filter((scope) => scope !== '');
