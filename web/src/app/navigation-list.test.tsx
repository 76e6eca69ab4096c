import { ApolloClient, InMemoryCache } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createI18n } from '../i18n/i18n';
import { signedInAs } from '../test/admin-sessions';
import { AMBIENT } from '../test/render-with-app';
import { TestAppProviders } from '../test/test-app-providers';
import { AppShell } from './app-shell';

async function menuOf(who: Parameters<typeof signedInAs>[0]) {
  const i18n = await createI18n('es');
  const client = new ApolloClient({ link: new MockLink([signedInAs(who), ...AMBIENT]), cache: new InMemoryCache() });
  const router = createMemoryRouter([{ element: <AppShell />, children: [{ path: '/', element: <p>Inicio</p> }] }]);
  render(
    <TestAppProviders i18n={i18n} client={client}>
      <RouterProvider router={router} />
    </TestAppProviders>,
  );
  // The signed-in ability arrives in a lazily loaded chunk: wait for the menu that depends on the session.
  await screen.findByRole('button', { name: 'Cerrar sesión' }, { timeout: 10_000 });
  const menu = screen.getByRole('navigation', { name: 'Navegación principal' });
  await within(menu).findByRole('link', { name: 'Mi perfil' });
  return menu;
}

const ADMIN_ENTRIES = ['Países', 'Agencias', 'Mecanismos', 'Personas de la agencia', 'Credenciales de sistema'];
const entriesIn = (menu: HTMLElement) =>
  ADMIN_ENTRIES.filter((name) => within(menu).queryByRole('link', { name }) !== null);

describe('the administration entries of the menu', () => {
  beforeAll(() => {
    window.matchMedia = (query: string) =>
      ({
        matches: /min-width/.test(query),
        media: query,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      }) as unknown as MediaQueryList;
  });

  it('offers a platform administrator the directory and the people, not an agency’s API tokens', async () => {
    const menu = await menuOf('platformAdmin');
    expect(await within(menu).findByRole('link', { name: 'Países' })).toHaveAttribute('href', '/admin/countries');
    expect(entriesIn(menu)).toEqual(['Países', 'Agencias', 'Mecanismos', 'Personas de la agencia']);
  });

  it("offers an agency administrator their agency's people and API tokens only", async () => {
    const menu = await menuOf('agencyAdmin');
    await within(menu).findByRole('link', { name: 'Personas de la agencia' });
    expect(entriesIn(menu)).toEqual(['Personas de la agencia', 'Credenciales de sistema']);
    // No referral work in an administrator's role: no referral entries either.
    expect(within(menu).queryByRole('link', { name: 'Remisiones recibidas' })).toBeNull();
  });

  it('offers a liaison officer no administration at all', async () => {
    const menu = await menuOf('officer');
    expect(entriesIn(menu)).toEqual([]);
    expect(within(menu).getByRole('link', { name: 'Remisiones recibidas' })).toHaveAttribute(
      'href',
      '/referrals/inbox',
    );
    expect(within(menu).getByRole('link', { name: 'Nueva remisión' })).toHaveAttribute('href', '/referrals/new');
  });
});
