import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { SignInDocument, VerifyTotpDocument } from './sign-in.generated';
import { renderWithApp } from '../../test/render-with-app';
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
});
