import type { MockLink } from '@apollo/client/testing';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { Route, Routes, useLocation } from 'react-router';
import { AcceptInvitationDocument } from './accept-invitation.generated';
import { renderWithApp } from '../../test/render-with-app';
import { AcceptInvitationScreen } from './accept-invitation-screen';

const token = 'k3Zr9-invitation-token';
const password = 'tres tristes tigres';

/** The screen plus the address as the browser would show it. */
function WithAddress() {
  const location = useLocation();
  return (
    <>
      <AcceptInvitationScreen />
      <output aria-label="address">{`${location.pathname}${location.hash}`}</output>
    </>
  );
}

async function open(mocks: MockLink.MockedResponse[]) {
  return renderWithApp(
    <Routes>
      <Route path="/accept-invitation" element={<WithAddress />} />
      <Route path="/" element={<p>Inicio</p>} />
    </Routes>,
    { path: `/accept-invitation#token=${token}`, mocks },
  );
}

async function choose(first: string, second = first) {
  await userEvent.type(screen.getByLabelText(/^Nueva contraseña/), first);
  await userEvent.type(screen.getByLabelText(/^Repita la nueva contraseña/), second);
  await userEvent.click(screen.getByRole('button', { name: 'Guardar contraseña y entrar' }));
}

describe('accepting an invitation', () => {
  it('takes the token out of the address and shows the password rules', async () => {
    await open([]);
    expect(await screen.findByRole('heading', { name: 'Activar su cuenta' })).toBeInTheDocument();
    expect(screen.getByLabelText('address')).toHaveTextContent(/^\/accept-invitation$/);
    expect(screen.getByText(/Al menos 12 caracteres/)).toBeInTheDocument();
  });

  it('explains a short password and two that differ, in Spanish, without asking the server', async () => {
    await open([]);
    await choose('corta');
    expect(await screen.findByText('La contraseña debe tener al menos 12 caracteres.')).toBeInTheDocument();
    await userEvent.clear(screen.getByLabelText(/^Nueva contraseña/));
    await userEvent.clear(screen.getByLabelText(/^Repita la nueva contraseña/));
    await choose(password, `${password}!`);
    expect(await screen.findByText('Las dos contraseñas no coinciden.')).toBeInTheDocument();
  });

  it('sets the password with the token from the link and opens the app', async () => {
    await open([
      {
        request: { query: AcceptInvitationDocument, variables: { token, password } },
        result: { data: { acceptInvitation: { __typename: 'SignInResult', status: 'SIGNED_IN' } } },
      },
    ]);
    await choose(password);
    expect(await screen.findByText('Inicio')).toBeInTheDocument();
  });

  it('says a used or expired invitation plainly', async () => {
    await open([
      {
        request: { query: AcceptInvitationDocument, variables: { token, password } },
        result: {
          errors: [
            new GraphQLError('The invitation is not valid', {
              extensions: { code: 'BAD_USER_INPUT', fields: { token: 'error.invitation.invalid' } },
            }),
          ],
        },
      },
    ]);
    await choose(password);
    expect(await screen.findByRole('alert')).toHaveTextContent('La invitación ya se usó o caducó.');
  });

  it('asks an administrator to enrol an authenticator app before entering', async () => {
    await open([
      {
        request: { query: AcceptInvitationDocument, variables: { token, password } },
        result: { data: { acceptInvitation: { __typename: 'SignInResult', status: 'TOTP_ENROLMENT_REQUIRED' } } },
      },
    ]);
    await choose(password);
    expect(await screen.findByRole('button', { name: 'Activar la verificación en dos pasos' })).toBeInTheDocument();
  });
});
