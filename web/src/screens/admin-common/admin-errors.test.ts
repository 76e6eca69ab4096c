import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { createI18n } from '../../i18n/i18n';
import { translateAdminError } from './admin-errors';

const graphqlError = (extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'developer text, never shown', extensions }] });

const server = path.resolve(__dirname, '../../../../server/src/modules');
const identity = path.join(server, 'identity');
// What the administration screens call: the directory, user administration, invitations, API tokens, deadlines.
const SERVICES = [
  ...readdirSync(identity)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => path.join(identity, name)),
  ...[
    'user-admin.service.ts',
    'user-input.rules.ts',
    'api-token.service.ts',
    'role-grants.ts',
    'invitation.service.ts',
  ].map((name) => path.join(identity, 'auth', name)),
  path.join(server, 'referrals', 'referral-deadline.service.ts'),
];
// Keys of other screens (sign-in, profile, invitation acceptance), not of administration.
const ELSEWHERE = /^error\.(password|invitation|totp|signIn|me)\./;

function messageKeysSentBy(files: string[]): string[] {
  const keys = new Set<string>();
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    for (const [, key] of source.matchAll(/['`](error\.[A-Za-z.]+)['`]/g)) if (key) keys.add(key);
    // `error.mechanism.countryCount.${mechanism.kind}`: one key per kind.
    if (source.includes('error.mechanism.countryCount.${'))
      for (const kind of ['BINATIONAL', 'TRINATIONAL', 'REGIONAL', 'NATIONAL'])
        keys.add(`error.mechanism.countryCount.${kind}`);
  }
  return [...keys].filter((key) => !ELSEWHERE.test(key)).sort();
}

describe('what administrators read when the API refuses', () => {
  it.each(['es', 'en', 'pt', 'fr'] as const)(
    'has a %s text for every message key the directory and user services send',
    async (language) => {
      const { t } = await createI18n(language, ['admin']);
      const keys = messageKeysSentBy(SERVICES);
      expect(keys.length).toBeGreaterThan(20);
      const untranslated = keys.filter((key) => {
        // No code: a key without a text would fall back to the generic "something went wrong".
        const { message } = translateAdminError(graphqlError({ messageKey: key }), t);
        return message === t('error.internal');
      });
      expect(untranslated).toEqual([]);
    },
  );

  it("puts each field's message on the form's field, in the user's language", async () => {
    const { t } = await createI18n('pt', ['admin']);
    const error = graphqlError({
      code: 'BAD_USER_INPUT',
      messageKey: 'error.badInput',
      fields: {
        'input.names.es': 'error.nameRequired',
        'input.memberAgencyIds.2': 'error.mechanism.agencyOutsideCountries',
        'input.countryCodes': 'error.mechanism.countryCount.TRINATIONAL',
        'input.other': 'error.noSuchKey',
      },
    });
    expect(translateAdminError(error, t)).toEqual({
      message: 'Revise os campos destacados.',
      fields: {
        'names.es': 'O nome é obrigatório.',
        memberAgencyIds: 'Uma agência membro não é de um país membro.',
        countryCodes: 'Um mecanismo trinacional tem exatamente 3 países.',
        other: 'Este valor não é válido.',
      },
    });
  });

  it('explains a conflict in words, not codes', async () => {
    const { t } = await createI18n('es', ['admin']);
    const error = graphqlError({ code: 'CONFLICT', messageKey: 'error.email.taken' });
    expect(translateAdminError(error, t).message).toBe('Ya hay una persona con este correo en Enlace.');
  });
});
