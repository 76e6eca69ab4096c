import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { ConfirmTotpEnrolmentDocument, StartTotpEnrolmentDocument } from './profile.generated';
import { renderWithApp } from '../../test/render-with-app';
import { TotpEnrolment } from './totp-enrolment';

const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const started = {
  request: { query: StartTotpEnrolmentDocument },
  result: {
    data: {
      startTotpEnrolment: {
        __typename: 'TotpEnrolment',
        secret,
        otpauthUri: `otpauth://totp/Enlace:IGM?secret=${secret}&issuer=Enlace`,
      },
    },
  },
};

describe('enrolling an authenticator app', () => {
  it('shows the key, checks a first code, then shows the recovery codes once', async () => {
    const onDone = jest.fn();
    await renderWithApp(<TotpEnrolment onDone={onDone} />, {
      mocks: [
        started,
        {
          request: { query: ConfirmTotpEnrolmentDocument, variables: { code: '123456' } },
          result: {
            data: {
              confirmTotpEnrolment: {
                __typename: 'TotpConfirmation',
                status: 'SIGNED_IN',
                recoveryCodes: ['aaaa-bbbb', 'cccc-dddd'],
              },
            },
          },
        },
      ],
    });
    await userEvent.click(screen.getByRole('button', { name: 'Activar la verificación en dos pasos' }));
    expect(await screen.findByText('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP')).toBeInTheDocument();
    const qr = await screen.findByRole('img', {
      name: 'Código QR para añadir Enlace a su aplicación de autenticación',
    });
    expect(decodeURIComponent(qr.getAttribute('src')!)).toMatch(/^data:image\/svg\+xml;charset=utf-8,<svg/);
    expect(screen.getByRole('link', { name: 'Abrir en la aplicación de autenticación' })).toHaveAttribute(
      'href',
      started.result.data.startTotpEnrolment.otpauthUri,
    );

    await userEvent.click(screen.getByRole('button', { name: 'Confirmar' }));
    expect(await screen.findByText('El código tiene 6 cifras.')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText(/Código que muestra la aplicación/), '123 456');
    await userEvent.click(screen.getByRole('button', { name: 'Confirmar' }));

    const codes = await screen.findByRole('list', { name: 'Códigos de recuperación' });
    expect(codes).toHaveTextContent('aaaa-bbbb');
    expect(screen.getByText(/Guarde estos 2 códigos de recuperación/)).toBeInTheDocument();
    expect(onDone).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Ya guardé los códigos' }));
    expect(onDone).toHaveBeenCalled();
  });

  it('says a wrong code in the user’s language and lets them try again', async () => {
    await renderWithApp(<TotpEnrolment onDone={() => undefined} />, {
      language: 'pt',
      mocks: [
        started,
        {
          request: { query: ConfirmTotpEnrolmentDocument, variables: { code: '000000' } },
          result: {
            errors: [
              new GraphQLError('Wrong code', {
                extensions: { code: 'UNAUTHENTICATED', messageKey: 'error.totp.invalidCode' },
              }),
            ],
          },
        },
      ],
    });
    await userEvent.click(screen.getByRole('button', { name: 'Ativar a verificação em duas etapas' }));
    await userEvent.type(await screen.findByLabelText(/Código mostrado pelo aplicativo/), '000000');
    await userEvent.click(screen.getByRole('button', { name: 'Confirmar' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/código/i);
    expect(screen.getByLabelText(/Código mostrado pelo aplicativo/)).toBeInTheDocument();
  });
});
