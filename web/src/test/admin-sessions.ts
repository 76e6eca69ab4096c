import { packRules } from '@casl/ability/extra';
import type { MockLink } from '@apollo/client/testing';
import { MeDocument } from '../session/me.generated';

/**
 * `me` answers for administration tests, with the rules server/src/modules/identity/identity.policy.ts gives
 * each role (only the ones the screens look at).
 */
type Who = 'platformAdmin' | 'agencyAdmin' | 'officer' | 'secretariat';

const RULES: Record<Who, object[]> = {
  officer: [
    { action: 'read', subject: 'Country' },
    { action: 'read', subject: 'User', conditions: { 'agency.id': 'agency-gt' } },
    { action: 'read', subject: 'Referral', conditions: { 'sendingAgency.id': 'agency-gt' } },
    { action: ['create', 'update'], subject: 'Referral', conditions: { 'sendingAgency.id': 'agency-gt' } },
  ],
  agencyAdmin: [
    { action: 'read', subject: 'Country' },
    { action: 'read', subject: 'User', conditions: { 'agency.id': 'agency-gt' } },
    { action: ['create', 'update', 'disable', 'invite'], subject: 'User', conditions: { 'agency.id': 'agency-gt' } },
    { action: ['read', 'decide'], subject: 'RoleGrantRequest', conditions: { 'agency.id': 'agency-gt' } },
  ],
  secretariat: [
    { action: 'read', subject: 'Country' },
    { action: 'read', subject: 'Mechanism', conditions: { id: { $in: ['mechanism-gt-mx'] } } },
    { action: 'configure', subject: 'Mechanism', conditions: { id: { $in: ['mechanism-gt-mx'] } } },
  ],
  platformAdmin: [
    { action: 'read', subject: ['Country', 'Agency', 'Mechanism', 'User'] },
    { action: ['create', 'update'], subject: ['Country', 'Agency', 'Mechanism'] },
    { action: ['create', 'update', 'disable', 'invite'], subject: 'User' },
  ],
};

const ROLES: Record<Who, string[]> = {
  officer: ['LIAISON_OFFICER'],
  agencyAdmin: ['AGENCY_ADMIN'],
  platformAdmin: ['PLATFORM_ADMIN'],
  secretariat: ['SECRETARIAT'],
};

export function signedInAs(who: Who): MockLink.MockedResponse {
  return {
    request: { query: MeDocument },
    result: {
      data: {
        me: {
          __typename: 'Me',
          id: `user-${who}`,
          name: 'Ana López',
          email: 'ana.lopez@igm.gob.gt',
          locale: 'es',
          timeZone: 'America/Guatemala',
          roles: ROLES[who],
          agency: {
            __typename: 'Agency',
            id: 'agency-gt',
            name: 'Instituto Guatemalteco de Migración',
            acronym: 'IGM',
          },
          permissions: packRules(RULES[who] as never),
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}
