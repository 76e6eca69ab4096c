import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { CreateLibraryDocumentDocument, LibraryDocumentsDocument } from './library.generated';
import { MeDocument } from '../../session/me.generated';
import { renderWithApp } from '../../test/render-with-app';
import { LibraryScreen } from './library-screen';

const ID = '0b6f5b0e-3f7a-4a51-9a43-1c5e2c7d9f10';

const me = (roles: string[]) => ({
  request: { query: MeDocument },
  result: {
    data: {
      me: {
        __typename: 'Me',
        id: 'user-1',
        name: 'Ana',
        email: 'ana@example.org',
        locale: 'es',
        timeZone: 'America/Guatemala',
        roles,
        totpEnabled: false,
        agency: { __typename: 'Agency', id: 'igm', name: 'Agencia', acronym: 'IGM' },
        permissions: [],
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

const document = (title: string, canUpdate: boolean) => ({
  __typename: 'LibraryDocument',
  id: `doc-${title.length}`,
  kind: 'PROTOCOL',
  title,
  language: 'pt',
  summary: 'Resumo do acordo',
  handlingCode: 'H2',
  currentVersion: 1,
  canUpdate,
  namedAgencies: [],
  versions: [
    {
      __typename: 'LibraryDocumentVersion',
      id: 'v1',
      number: 1,
      fileName: 'acordo.pdf',
      note: 'Assinado',
      uploadedAt: '2026-11-01T12:00:00.000Z',
      downloadPath: '/api/library/versions/v1',
    },
  ],
});

const listed = (search: string | null, documents: ReturnType<typeof document>[]) => ({
  request: { query: LibraryDocumentsDocument, variables: { mechanismId: ID, search } },
  result: {
    data: {
      mechanism: {
        __typename: 'Mechanism',
        id: ID,
        secretariatAgency: { __typename: 'Agency', id: 'igm', acronym: 'IGM' },
        memberAgencies: [
          { __typename: 'Agency', id: 'igm', acronym: 'IGM', name: 'Instituto Guatemalteco de Migración' },
          { __typename: 'Agency', id: 'inm', acronym: 'INM', name: 'Instituto Nacional de Migración' },
        ],
      },
      libraryDocuments: documents,
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

/** Renders the screen and waits for the session: the screen remounts once the user's rules have arrived. */
async function render(roles: string[], mocks: object[]) {
  const view = await renderWithApp(
    <Routes>
      <Route path="/coordination/mechanisms/:id/library" element={<LibraryScreen />} />
    </Routes>,
    { path: `/coordination/mechanisms/${ID}/library`, mocks: [me(roles), ...(mocks as never[])] },
  );
  await waitFor(() => expect(view.client.readQuery({ query: MeDocument })).not.toBeNull());
  return view;
}

describe('the library screen', () => {
  it('lists documents with their codes and versions, and searches', async () => {
    await render(
      ['LIAISON_OFFICER'],
      [
        listed(null, [document('Acordo operacional', false), document('Protocolo binacional largo', false)]),
        listed('vítimas', [document('Acordo operacional', false)]),
      ],
    );
    await waitFor(() => expect(screen.getAllByText('H2: miembros y sus instituciones')).toHaveLength(2));
    expect(screen.getByRole('heading', { name: 'Acordo operacional' })).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Versión 1: acordo.pdf' })[0]).toHaveAttribute(
      'href',
      '/api/library/versions/v1',
    );
    // Member users read; only the secretariat adds documents and uploads versions.
    expect(screen.queryByRole('button', { name: 'Agregar documento' })).toBeNull();
    expect(screen.queryByText('Subir nueva versión')).toBeNull();
    await userEvent.type(screen.getByRole('textbox', { name: 'Buscar en títulos y resúmenes' }), 'vítimas');
    await userEvent.click(screen.getByRole('button', { name: 'Buscar' }));
    // The answer to the search: one document, the other gone.
    await waitFor(() => {
      expect(screen.getByRole('heading', { name: 'Acordo operacional' })).toBeInTheDocument();
      expect(screen.queryByText('Protocolo binacional largo')).toBeNull();
    });
  });

  it('offers the secretariat running the mechanism a new document form and uploads', async () => {
    await render(['SECRETARIAT'], [listed(null, [document('Acordo operacional', true)])]);
    expect(await screen.findByRole('button', { name: 'Agregar documento' })).toBeInTheDocument();
    expect(screen.getByText('Subir nueva versión')).toBeInTheDocument();
  });

  it('lets the secretariat name the agencies of an H3 document', async () => {
    const created = jest.fn(() => ({
      data: { createLibraryDocument: { __typename: 'LibraryDocument', id: 'doc-new' } },
    }));
    await render(
      ['SECRETARIAT'],
      [
        listed(null, []),
        {
          request: {
            query: CreateLibraryDocumentDocument,
            variables: {
              mechanismId: ID,
              input: {
                title: 'Diagnóstico reservado',
                summary: 'Solo para el INM',
                kind: 'PROTOCOL',
                language: 'es',
                handlingCode: 'H3',
                namedAgencyIds: ['inm'],
              },
            },
          },
          result: created,
        },
      ],
    );
    await userEvent.type(await screen.findByRole('textbox', { name: /^Título/ }), 'Diagnóstico reservado');
    await userEvent.type(screen.getByRole('textbox', { name: /^Resumen/ }), 'Solo para el INM');
    await userEvent.click(screen.getByRole('combobox', { name: 'Código de manejo' }));
    await userEvent.click(screen.getByRole('option', { name: 'H3: instituciones nombradas' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'INM · Instituto Nacional de Migración' }));
    await userEvent.click(screen.getByRole('button', { name: 'Agregar documento' }));
    await waitFor(() => expect(created).toHaveBeenCalled());
  });
});
