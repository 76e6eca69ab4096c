import { z } from 'zod';

// Messages are catalogue keys, translated where they are shown: zod's own texts read badly in Spanish.
export const credentialsSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, { error: 'validation.required' })
    .pipe(z.email({ error: 'validation.email' })),
  password: z.string().min(1, { error: 'validation.required' }),
});
export type Credentials = z.infer<typeof credentialsSchema>;

export const totpSchema = z.object({
  // Authenticator apps show the code with a space in the middle ("123 456"); people copy it that way.
  code: z
    .string()
    .transform((code) => code.replace(/\s/g, ''))
    .pipe(z.string().regex(/^\d{6}$/, { error: 'validation.totpCode' })),
});
export type TotpCode = z.input<typeof totpSchema>;
