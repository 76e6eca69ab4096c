import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { createI18n } from '../i18n/i18n';
import { translateApiError } from './translate-api-error';

const graphqlError = (extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'developer text, never shown', extensions }] });

describe('what users read when the API refuses', () => {
  it('shows the translation of the message key the server chose', async () => {
    const { t } = await createI18n('es');
    const error = graphqlError({ code: 'FORBIDDEN', messageKey: 'error.forbidden' });
    expect(translateApiError(error, t).message).toBe('No tiene permiso para hacer esto.');
  });

  it('translates the field messages of bad input, in Portuguese', async () => {
    const { t } = await createI18n('pt');
    const error = graphqlError({
      code: 'BAD_USER_INPUT',
      messageKey: 'error.badInput',
      fields: { email: 'validation.email', 'persons.0.name': 'validation.required', other: 'validation.noSuchKey' },
    });
    expect(translateApiError(error, t)).toEqual({
      message: 'Revise os campos destacados.',
      fields: {
        email: 'Digite um e-mail válido, por exemplo nome@agencia.gov.br.',
        'persons.0.name': 'Este campo é obrigatório.',
        other: 'Este valor não é válido.',
      },
    });
  });

  it('falls back on the error code when the key is unknown, never on the server text', async () => {
    const { t } = await createI18n('en');
    const error = graphqlError({ code: 'NOT_FOUND', messageKey: 'referral.gone' });
    expect(translateApiError(error, t).message).toBe('What you are looking for was not found, or no longer exists.');
    expect(translateApiError(graphqlError({ code: 'CONFLICT', messageKey: 'error.signIn' }), t).message).toBe(
      'Someone else changed this at the same time. Reload and check before saving.',
    );
    expect(translateApiError(graphqlError({ code: 'INTERNAL_SERVER_ERROR' }), t).message).toBe(
      'Something went wrong on the server. Please try again.',
    );
  });

  it('calls a dropped connection or a gateway page a network problem', async () => {
    const { t } = await createI18n('fr');
    const gateway = new ServerError('Bad gateway', {
      response: { status: 502 } as Response,
      bodyText: '<html>Bad gateway</html>',
    });
    expect(translateApiError(gateway, t).message).toMatch(/serveur est injoignable/);
    expect(translateApiError(new TypeError('Failed to fetch'), t).message).toMatch(/serveur est injoignable/);
  });
});
