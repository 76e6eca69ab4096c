import { z } from 'zod';
import { LANGUAGES } from '../../i18n/languages';

/** The server's rule (server/src/modules/identity/auth/user-input.rules.ts), shown before anyone submits. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

// Messages are catalogue keys, translated where they are shown.
const newPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH, { error: 'account.password.tooShort' })
  .max(PASSWORD_MAX_LENGTH, { error: 'account.password.tooLong' })
  .refine((value) => value.trim().length > 0, { error: 'account.password.tooShort' });

const repeated = <T extends { password: string; repeat: string }>(value: T) => value.password === value.repeat;
const mismatch = { error: 'account.password.mismatch', path: ['repeat'] };

/** Choosing a password from an invitation: typed twice, since nobody can read it back. */
export const newPasswordSchema = z.object({ password: newPassword, repeat: z.string() }).refine(repeated, mismatch);
export type NewPassword = z.infer<typeof newPasswordSchema>;

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, { error: 'validation.required' }),
    password: newPassword,
    repeat: z.string(),
  })
  .refine(repeated, mismatch);
export type ChangePassword = z.infer<typeof changePasswordSchema>;

export const preferencesSchema = z.object({
  locale: z.enum(LANGUAGES, { error: 'validation.required' }),
  timeZone: z
    .string()
    .min(1, { error: 'validation.required' })
    .refine(isTimeZone, { error: 'account.preferences.unknownTimeZone' }),
});
export type Preferences = z.infer<typeof preferencesSchema>;

export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}
