import { ApolloClient } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { SignInDocument, VerifyTotpDocument } from './sign-in.generated';
import { createCache } from '../../api/cache';
import { createI18n } from '../../i18n/i18n';
import { AMBIENT, anonymousVisitor, renderWithApp } from '../../test/render-with-app';
import { TestAppProviders } from '../../test/test-app-providers';
import { SignInScreen } from './sign-in-screen';

const credentials = { email: 'ana.lopez@igm.gob.gt', password: 'correcto' };

async function submitCredentials() {
  await userEvent.type(screen.getByLabelText(/Correo electrónico institucional/), credentials.email);
  await userEvent.type(screen.getByLabelText(/Contraseña/), credentials.password);
  await userEvent.click(screen.getByRole('button', { name: 'Continuar' }));
}

describe('signing in', () => {
  it('asks for the TOTP code when the account has two-step verification', async () => {
    await renderWithApp(<SignInScreen />, {
      mocks: [
        {
          request: { query: SignInDocument, variables: credentials },
          result: { data: { signIn: { __typename: 'SignInResult', status: 'TOTP_REQUIRED' } } },
        },
        {
          request: { query: VerifyTotpDocument, variables: { code: '123456' } },
          result: { data: { verifyTotp: { __typename: 'SignInResult', status: 'SIGNED_IN' } } },
        },
      ],
    });
    await submitCredentials();
    expect(await screen.findByRole('heading', { name: 'Verificación en dos pasos' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Verificar' }));
    expect(await screen.findByText('El código tiene 6 cifras.')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText(/Código de verificación/), '123 456');
    await userEvent.click(screen.getByRole('button', { name: 'Verificar' }));
    expect(screen.queryByText('El código tiene 6 cifras.')).not.toBeInTheDocument();
  });

  it('shows a refused sign-in in the officer’s language, not the server’s English', async () => {
    await renderWithApp(<SignInScreen />, {
      mocks: [
        {
          request: { query: SignInDocument, variables: credentials },
          result: {
            errors: [
              new GraphQLError('Wrong email or password', {
                extensions: { code: 'UNAUTHENTICATED', messageKey: 'error.signIn.failed' },
              }),
            ],
          },
        },
      ],
    });
    await submitCredentials();
    expect(await screen.findByRole('alert')).toHaveTextContent('El correo o la contraseña no son correctos.');
    expect(screen.queryByText(/Wrong email/)).not.toBeInTheDocument();
  });

  it('brings the enrolment texts along when the role requires a second factor the account lacks', async () => {
    // As in the app: only the sign-in screen's own catalogue is loaded, not the account texts of the enrolment.
    const i18n = await createI18n('es', ['signIn']);
    const signIn = {
      request: { query: SignInDocument, variables: credentials },
      result: { data: { signIn: { __typename: 'SignInResult', status: 'TOTP_ENROLMENT_REQUIRED' } } },
    };
    const client = new ApolloClient({
      link: new MockLink([anonymousVisitor, signIn, ...AMBIENT]),
      cache: createCache(),
    });
    render(
      <TestAppProviders i18n={i18n} client={client}>
        <MemoryRouter>
          <SignInScreen />
        </MemoryRouter>
      </TestAppProviders>,
    );
    expect(i18n.hasLoadedNamespace('account')).toBe(false);
    await submitCredentials();
    expect(
      await screen.findByRole('button', { name: 'Activar la verificación en dos pasos' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
  });
});
