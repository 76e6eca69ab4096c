import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChangePasswordForm } from './change-password-form';
import { PreferencesForm } from './preferences-form';
import { renderWithApp } from '../../test/render-with-app';

describe('the profile forms', () => {
  it('saves the language and time zone chosen from the lists', async () => {
    const onSubmit = jest.fn(() => Promise.resolve());
    await renderWithApp(
      <PreferencesForm initial={{ locale: 'es', timeZone: 'America/Guatemala' }} onSubmit={onSubmit} />,
    );
    await userEvent.selectOptions(screen.getByLabelText('Idioma'), 'Português');
    await userEvent.selectOptions(screen.getByLabelText('Zona horaria'), 'America/Sao Paulo');
    await userEvent.click(screen.getByRole('button', { name: 'Guardar preferencias' }));
    expect(onSubmit).toHaveBeenCalledWith({ locale: 'pt', timeZone: 'America/Sao_Paulo' }, expect.anything());
  });

  it('shows what the server refused above the preferences', async () => {
    await renderWithApp(
      <PreferencesForm
        initial={{ locale: 'es', timeZone: 'America/Guatemala' }}
        onSubmit={() => Promise.resolve()}
        serverError="Zona horaria desconocida."
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Zona horaria desconocida.');
  });

  it('asks for the current password and a new one that meets the rules, in French for Haiti', async () => {
    const onSubmit = jest.fn(() => Promise.resolve(true));
    await renderWithApp(<ChangePasswordForm onSubmit={onSubmit} />, { language: 'fr' });
    await userEvent.type(screen.getByLabelText(/^Nouveau mot de passe/), 'court');
    await userEvent.click(screen.getByRole('button', { name: 'Changer le mot de passe' }));
    expect(await screen.findByText('Ce champ est obligatoire.')).toBeInTheDocument();
    expect(screen.getByText('Le mot de passe doit contenir au moins 12 caractères.')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('sends the current and the new password, then empties the fields', async () => {
    const onSubmit = jest.fn(() => Promise.resolve(true));
    await renderWithApp(<ChangePasswordForm onSubmit={onSubmit} />);
    await userEvent.type(screen.getByLabelText(/^Contraseña actual/), 'la contraseña de antes');
    await userEvent.type(screen.getByLabelText(/^Nueva contraseña/), 'una frase nueva y larga');
    await userEvent.type(screen.getByLabelText(/^Repita la nueva contraseña/), 'una frase nueva y larga');
    expect(screen.getByText('Las dos contraseñas coinciden').closest('li')).toHaveTextContent('Cumplido');
    await userEvent.click(screen.getByRole('button', { name: 'Cambiar contraseña' }));
    expect(onSubmit).toHaveBeenCalledWith('la contraseña de antes', 'una frase nueva y larga');
    expect(screen.getByLabelText(/^Contraseña actual/)).toHaveValue('');
  });

  it('shows a wrong current password as the server said it', async () => {
    await renderWithApp(
      <ChangePasswordForm onSubmit={() => Promise.resolve(false)} serverError="La contraseña actual no es correcta." />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('La contraseña actual no es correcta.');
  });
});
