import { z } from 'zod';

const required = { error: 'validation.required' };

export const agencySchema = z.object({
  countryCode: z.string().min(1, required),
  kind: z.enum(
    [
      'BORDER_POLICE',
      'MIGRATION_AUTHORITY',
      'PUBLIC_PROSECUTOR',
      'PROTECTION_SERVICES',
      'LABOUR_INSPECTION',
      'NGO_SERVICE_PROVIDER',
      'HEALTH_SERVICES',
      'INTERNATIONAL_ORGANISATION',
    ],
    required,
  ),
  name: z.string().trim().min(1, required).max(200, { error: 'admin.validation.tooLong' }),
  acronym: z.string().trim().min(1, required).max(20, { error: 'admin.validation.tooLong' }),
  contactPoint: z.string().trim().max(300, { error: 'admin.validation.tooLong' }),
  active: z.boolean(),
});

export type AgencyForm = z.input<typeof agencySchema>;
export type AgencyValues = z.output<typeof agencySchema>;
export const AGENCY_FIELDS = ['countryCode', 'kind', 'name', 'acronym', 'contactPoint', 'active'];

export const emptyAgency = (countryCode = ''): AgencyForm => ({
  countryCode,
  kind: '' as never,
  name: '',
  acronym: '',
  contactPoint: '',
  active: true,
});
