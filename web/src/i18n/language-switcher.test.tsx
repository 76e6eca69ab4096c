import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useTranslation } from 'react-i18next';
import { renderWithApp } from '../test/render-with-app';
import { LanguageSwitcher } from './language-switcher';

function Greeting() {
  const { t } = useTranslation();
  return <h1>{t('home.title')}</h1>;
}

describe('switching the interface language', () => {
  beforeEach(() => window.localStorage.clear());

  it('starts in Spanish and switches everything to Portuguese, remembering the choice', async () => {
    await renderWithApp(
      <>
        <LanguageSwitcher />
        <Greeting />
      </>,
    );
    expect(screen.getByRole('heading')).toHaveTextContent('Estado del servicio');

    await userEvent.click(screen.getByRole('button', { name: 'Idioma: Español' }));
    await userEvent.click(within(await screen.findByRole('menu')).getByRole('menuitem', { name: 'Português' }));

    expect(await screen.findByRole('heading')).toHaveTextContent('Estado do serviço');
    expect(screen.getByRole('button', { name: 'Idioma: Português' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('pt-BR');
    expect(window.localStorage.getItem('enlace.language')).toBe('pt');
  });

  it('offers each language in its own name', async () => {
    await renderWithApp(<LanguageSwitcher />, { language: 'en' });
    await userEvent.click(screen.getByRole('button', { name: 'Language: English' }));
    const names = within(await screen.findByRole('menu'))
      .getAllByRole('menuitem')
      .map((option) => option.textContent);
    expect(names).toEqual(['Español', 'English', 'Português', 'Français']);
  });
});
