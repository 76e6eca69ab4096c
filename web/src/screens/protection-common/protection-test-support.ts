import { packRules } from '@casl/ability/extra';
import { MeDocument } from '../../session/me.generated';

export const forever = { maxUsageCount: Number.POSITIVE_INFINITY };
export const AGENCY = 'cr-pani';

/** The server's `me` for a user of PANI with these roles and the rules protection.policy.ts gives them. */
export function protectionMe(
  role: 'CASE_WORKER' | 'PROTECTION_SUPERVISOR' | 'LIAISON_OFFICER',
  { userId = 'user-1', locale = 'es' }: { userId?: string; locale?: string } = {},
) {
  const holding = { 'holdingAgency.id': AGENCY };
  const rules =
    role === 'LIAISON_OFFICER'
      ? []
      : [
          { action: 'read', subject: 'Survivor', conditions: holding },
          ...(role === 'CASE_WORKER'
            ? [{ action: 'create', subject: 'Survivor', conditions: holding }]
            : [{ action: 'assign', subject: 'Survivor', conditions: holding }]),
        ];
  return {
    request: { query: MeDocument },
    result: {
      data: {
        me: {
          __typename: 'Me',
          id: userId,
          name: 'Laura Vargas',
          email: 'laura@example.org',
          locale,
          timeZone: 'America/Costa_Rica',
          roles: [role],
          agency: { __typename: 'Agency', id: AGENCY, name: 'Patronato Nacional de la Infancia', acronym: 'PANI' },
          permissions: packRules(rules),
        },
      },
    },
    ...forever,
  };
}
