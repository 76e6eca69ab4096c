import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../test/render-with-app';
import { CredentialsForm } from './credentials-form';

describe('the sign-in form', () => {
  it('tells a Spanish-speaking officer, in Spanish, which fields are missing', async () => {
    const onSubmit = jest.fn(() => Promise.resolve());
    await renderWithApp(<CredentialsForm onSubmit={onSubmit} />);
    await userEvent.click(screen.getByRole('button', { name: 'Continuar' }));
    expect(await screen.findAllByText('Este campo es obligatorio.')).toHaveLength(2);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('rejects a malformed email with an example of a good one', async () => {
    const onSubmit = jest.fn(() => Promise.resolve());
    await renderWithApp(<CredentialsForm onSubmit={onSubmit} />);
    await userEvent.type(screen.getByLabelText(/Correo electrónico institucional/), 'ana.lopez@');
    await userEvent.type(screen.getByLabelText(/Contraseña/), 'secreto');
    await userEvent.click(screen.getByRole('button', { name: 'Continuar' }));
    expect(await screen.findByText(/Escriba un correo electrónico válido/)).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('sends the trimmed email and the password once both are valid', async () => {
    const onSubmit = jest.fn(() => Promise.resolve());
    await renderWithApp(<CredentialsForm onSubmit={onSubmit} />);
    await userEvent.type(screen.getByLabelText(/Correo electrónico institucional/), ' ana.lopez@igm.gob.gt ');
    await userEvent.type(screen.getByLabelText(/Contraseña/), 'secreto');
    await userEvent.click(screen.getByRole('button', { name: 'Continuar' }));
    expect(onSubmit).toHaveBeenCalledWith({ email: 'ana.lopez@igm.gob.gt', password: 'secreto' }, expect.anything());
  });

  it('speaks French to an officer in Haiti', async () => {
    await renderWithApp(<CredentialsForm onSubmit={() => Promise.resolve()} />, { language: 'fr' });
    await userEvent.click(screen.getByRole('button', { name: 'Continuer' }));
    expect(await screen.findAllByText('Ce champ est obligatoire.')).toHaveLength(2);
  });

  it('shows what the server answered above the fields', async () => {
    await renderWithApp(<CredentialsForm onSubmit={() => Promise.resolve()} serverError="No tiene permiso." />);
    expect(screen.getByRole('alert')).toHaveTextContent('No tiene permiso.');
  });
});
