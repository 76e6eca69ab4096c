import { ApolloClient, InMemoryCache } from '@apollo/client';
import { packRules } from '@casl/ability/extra';
import { MockLink } from '@apollo/client/testing';
import { Can } from '@casl/react';
import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { MeDocument } from '../session/me.generated';
import { createI18n } from '../i18n/i18n';
import { AMBIENT, anonymousVisitor } from '../test/render-with-app';
import { TestAppProviders } from '../test/test-app-providers';
import { AppShell } from './app-shell';

const guatemalanOfficer: MockLink.MockedResponse = {
  request: { query: MeDocument },
  result: {
    data: {
      me: {
        __typename: 'Me',
        id: 'u1',
        name: 'Ana López',
        email: 'ana.lopez@igm.gob.gt',
        locale: 'es',
        timeZone: 'America/Guatemala',
        roles: ['LIAISON_OFFICER'],
        totpEnabled: false,
        agency: { __typename: 'Agency', id: 'a1', name: 'Instituto Guatemalteco de Migración', acronym: 'IGM' },
        permissions: packRules([{ action: 'send', subject: 'Referral' }]),
      },
    },
  },
};

function ReferralActions() {
  return (
    <>
      <Can I="send" a="Referral">
        <button>Enviar referencia</button>
      </Can>
      <Can I="manage" a="Agency">
        <button>Administrar agencias</button>
      </Can>
    </>
  );
}

/** The same shape of answer for another person: roles, rules and saved language of one's own. */
function signedIn(overrides: { roles: string[]; locale: string; rules: Parameters<typeof packRules>[0] }) {
  const me = (guatemalanOfficer.result as { data: { me: object } }).data.me;
  return {
    request: { query: MeDocument },
    result: {
      data: {
        me: { ...me, roles: overrides.roles, locale: overrides.locale, permissions: packRules(overrides.rules) },
      },
    },
  };
}

async function renderShell(me: MockLink.MockedResponse) {
  const i18n = await createI18n('es');
  const client = new ApolloClient({ link: new MockLink([me, ...AMBIENT]), cache: new InMemoryCache() });
  const router = createMemoryRouter([
    { element: <AppShell />, children: [{ path: '/', element: <ReferralActions /> }] },
  ]);
  render(
    <TestAppProviders i18n={i18n} client={client}>
      <RouterProvider router={router} />
    </TestAppProviders>,
  );
}

describe('the app shell', () => {
  // jsdom has no layout: pretend a 13" laptop, so the menu is the fixed column rather than the drawer.
  beforeAll(() => {
    window.matchMedia = (query: string) =>
      ({
        matches: /min-width/.test(query),
        media: query,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      }) as unknown as MediaQueryList;
  });

  it('shows a signed-in officer their agency and only the actions their rules allow', async () => {
    await renderShell(guatemalanOfficer);
    // The signed-in ability comes in a lazily loaded chunk: allow for a slow, busy test machine.
    expect(
      await screen.findByText('Instituto Guatemalteco de Migración', undefined, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Enviar referencia' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Administrar agencias' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cerrar sesión' })).toBeInTheDocument();
    const menu = screen.getByRole('navigation', { name: 'Navegación principal' });
    expect(within(menu).queryByRole('link', { name: 'Iniciar sesión' })).not.toBeInTheDocument();
  });

  it('offers a visitor the sign-in page and no permission-dependent action', async () => {
    await renderShell(anonymousVisitor);
    const menu = await screen.findByRole('navigation', { name: 'Navegación principal' });
    expect(within(menu).getByRole('link', { name: 'Iniciar sesión' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cerrar sesión' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Enviar referencia' })).not.toBeInTheDocument();
  });

  it('offers the audit trail in the menu to auditors only', async () => {
    await renderShell(guatemalanOfficer);
    await screen.findByText('Instituto Guatemalteco de Migración', undefined, { timeout: 10_000 });
    const officerMenu = await screen.findByRole('navigation', { name: 'Navegación principal' });
    expect(
      await within(officerMenu).findByRole('link', { name: 'Mi perfil' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(within(officerMenu).queryByRole('link', { name: 'Auditoría' })).not.toBeInTheDocument();
  });

  it('shows the audit trail entry to an auditor, whose rules let them read audit events', async () => {
    await renderShell(
      signedIn({ roles: ['AUDITOR'], locale: 'es', rules: [{ action: 'read', subject: 'AuditEvent' }] }),
    );
    // The menu is drawn again once the session is known; look at it after that.
    await screen.findByText('Instituto Guatemalteco de Migración', undefined, { timeout: 10_000 });
    const menu = screen.getByRole('navigation', { name: 'Navegación principal' });
    expect(await within(menu).findByRole('link', { name: 'Auditoría' })).toBeInTheDocument();
  });

  it('switches to the language saved in the profile once the user is signed in', async () => {
    await renderShell(signedIn({ roles: ['CASE_WORKER'], locale: 'pt', rules: [] }));
    expect(await screen.findByRole('button', { name: 'Sair' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('pt-BR');
  });
});
