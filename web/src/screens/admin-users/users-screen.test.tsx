import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { signedInAs } from '../../test/admin-sessions';
import { connectionPage } from '../../test/connection-page';
import { renderWithApp } from '../../test/render-with-app';
import {
  AdminRoleGrantsDocument,
  AdminUsersDocument,
  ApproveRoleGrantDocument,
  DisableUserDocument,
} from './users.operations';
import { UsersScreen } from './users-screen';

const person = (id: string, name: string, active = true) => ({
  __typename: 'User',
  id,
  name,
  email: `${id}@igm.gob.gt`,
  roles: ['LIAISON_OFFICER'],
  active,
  invitationPending: false,
  locale: 'es',
  timeZone: 'America/Guatemala',
  createdAt: '2026-01-01T00:00:00Z',
  restrictedFields: [],
});
const page = (nodes: ReturnType<typeof person>[], hasNextPage: boolean, after: string | null = null) => ({
  data: { users: connectionPage('User', nodes, { hasNextPage, after }) },
});
const firstPage = {
  request: { query: AdminUsersDocument, variables: { agencyId: 'agency-gt', first: 25 } },
  result: page(
    [{ ...person('user-agencyAdmin', 'Ana López'), roles: ['AGENCY_ADMIN'] }, person('u2', 'Luis Pérez')],
    true,
  ),
};
const secondPage = {
  request: { query: AdminUsersDocument, variables: { agencyId: 'agency-gt', first: 25, after: 'c:u2' } },
  result: page(
    [person('u3', 'Marta Ruiz'), { ...person('u4', 'Rosa Tzul', false), invitationPending: true }],
    false,
    'c:u2',
  ),
};

/** Nobody asks for a role meanwhile. */
const noGrantRequests = {
  request: { query: AdminRoleGrantsDocument },
  result: { data: { roleGrantRequests: [] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

describe('the users screen', () => {
  it("lets an agency administrator page through their agency's people and act on others, not on themself", async () => {
    await renderWithApp(<UsersScreen />, {
      mocks: [signedInAs('agencyAdmin'), noGrantRequests, firstPage, secondPage],
    });
    const table = await screen.findByRole('table', { name: 'Personas de la agencia' }, { timeout: 10_000 });
    expect(within(table).getByRole('button', { name: 'Desactivar a Luis Pérez' })).toBeInTheDocument();
    expect(within(table).queryByRole('button', { name: 'Desactivar a Ana López' })).not.toBeInTheDocument();
    // Nobody changes their own roles: the button is only on the others.
    expect(within(table).queryByRole('button', { name: 'Cambiar las funciones de Ana López' })).not.toBeInTheDocument();
    expect(within(table).getByRole('button', { name: 'Cambiar las funciones de Luis Pérez' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Cargar más' }));
    expect(await within(table).findByText('Marta Ruiz')).toBeInTheDocument();
    // The next page is added below the first (the cache's connection policy), not shown instead of it.
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((name) => name.textContent),
    ).toEqual(['Ana López', 'Luis Pérez', 'Marta Ruiz', 'Rosa Tzul']);
    expect(screen.queryByRole('button', { name: 'Cargar más' })).not.toBeInTheDocument();
    // Invited, no password yet: shown as such, with nothing to reactivate.
    const invited = within(table).getByText('Rosa Tzul').closest('tr')!;
    expect(within(invited as HTMLElement).getByText('Invitación pendiente')).toBeInTheDocument();
    expect(within(table).queryByRole('button', { name: 'Reactivar a Rosa Tzul' })).not.toBeInTheDocument();
  });

  it('asks before disabling someone, then shows them disabled', async () => {
    const disable = {
      request: { query: DisableUserDocument, variables: { id: 'u2' } },
      result: { data: { disableUser: person('u2', 'Luis Pérez', false) } },
    };
    await renderWithApp(<UsersScreen />, { mocks: [signedInAs('agencyAdmin'), noGrantRequests, firstPage, disable] });
    await userEvent.click(await screen.findByRole('button', { name: 'Desactivar a Luis Pérez' }, { timeout: 10_000 }));
    const dialog = screen.getByRole('dialog', { name: '¿Desactivar a Luis Pérez?' });
    expect(within(dialog).getByText(/Sus sesiones se cierran en este momento/)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Desactivar' }));
    expect(await screen.findByRole('button', { name: 'Reactivar a Luis Pérez' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('invites nobody without a valid e-mail and at least one role', async () => {
    await renderWithApp(<UsersScreen />, { mocks: [signedInAs('agencyAdmin'), noGrantRequests, firstPage] });
    await userEvent.click(await screen.findByRole('button', { name: 'Invitar a una persona' }, { timeout: 10_000 }));
    const dialog = screen.getByRole('dialog', { name: 'Invitar a una persona' });
    // An agency administrator cannot make anyone a platform administrator.
    expect(within(dialog).queryByLabelText('Administrador de la plataforma')).not.toBeInTheDocument();
    await userEvent.type(within(dialog).getByLabelText(/Correo electrónico/), 'luis@');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Enviar invitación' }));
    expect(await within(dialog).findByText(/Escriba un correo electrónico válido/)).toBeInTheDocument();
    expect(within(dialog).getByText('Elija al menos una función.')).toBeInTheDocument();
  });

  it('shows the roles waiting for a second administrator; only others’ requests can be approved or refused', async () => {
    const grant = (id: string, userName: string, requestedByMe: boolean) => ({
      __typename: 'RoleGrantRequest',
      id,
      userId: `user-of-${id}`,
      userName,
      apiTokenId: null,
      apiTokenName: null,
      roles: ['LIAISON_OFFICER'],
      withInvitation: true,
      requestedByMe,
      requestedAt: '2026-01-02T00:00:00Z',
    });
    const pending = (grants: object[]) => ({
      request: { query: AdminRoleGrantsDocument },
      result: { data: { roleGrantRequests: grants } },
    });
    const approve = {
      request: { query: ApproveRoleGrantDocument, variables: { id: 'g1' } },
      result: { data: { approveRoleGrant: { __typename: 'RoleGrantRequest', id: 'g1', status: 'APPROVED' } } },
    };
    await renderWithApp(<UsersScreen />, {
      mocks: [
        signedInAs('agencyAdmin'),
        firstPage,
        pending([grant('g1', 'Jorge Ixcoy', false), grant('g2', 'Rosa Cux', true)]),
        approve,
        pending([grant('g2', 'Rosa Cux', true)]),
        firstPage,
      ],
    });
    const section = await screen.findByRole(
      'region',
      { name: 'Funciones pendientes de un segundo administrador' },
      {
        timeout: 10_000,
      },
    );
    expect(within(section).getByText('Jorge Ixcoy: Oficial de enlace')).toBeInTheDocument();
    expect(within(section).getByText(/Usted lo solicitó: decide otro administrador/)).toBeInTheDocument();
    expect(
      within(section).queryByRole('button', { name: 'Aprobar las funciones de Rosa Cux' }),
    ).not.toBeInTheDocument();
    await userEvent.click(within(section).getByRole('button', { name: 'Aprobar las funciones de Jorge Ixcoy' }));
    // Decided: gone from the list (the request is read again from the server).
    await waitFor(() => expect(within(section).queryByText('Jorge Ixcoy: Oficial de enlace')).not.toBeInTheDocument());
    expect(within(section).getByText('Rosa Cux: Oficial de enlace')).toBeInTheDocument();
  });

  it('refuses a liaison officer', async () => {
    await renderWithApp(<UsersScreen />, { mocks: [signedInAs('officer')] });
    expect(
      await screen.findByText(/Esta página la llevan los administradores de su agencia.*pídaselo a ellos/, undefined, {
        timeout: 10_000,
      }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Invitar a una persona' })).not.toBeInTheDocument();
  });
});
