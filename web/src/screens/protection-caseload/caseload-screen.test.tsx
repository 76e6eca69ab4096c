import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../test/render-with-app';
import { CaseloadDocument, SurvivorsByDocumentDocument } from '../protection-common/protection.operations';
import { forever, protectionMe } from '../protection-common/protection-test-support';
import { CaseloadScreen } from './caseload-screen';

const node = (id: string, code: string, vulnerabilities: string[], assignedToMe: boolean) => ({
  __typename: 'Survivor',
  id,
  code,
  status: 'OPEN',
  vulnerabilities,
  assignedToMe,
  registeredAt: '2026-11-02T15:00:00.000Z',
  caseWorker: { __typename: 'User', id: 'user-1', name: 'Laura Vargas' },
});
const page = (nodes: ReturnType<typeof node>[]) => ({
  data: {
    caseload: {
      __typename: 'SurvivorConnection',
      totalCount: nodes.length,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      nodes,
    },
  },
});
const filter = (changes: Record<string, unknown> = {}) => ({
  status: 'OPEN',
  vulnerability: null,
  mine: null,
  codePrefix: null,
  ...changes,
});

describe('the caseload', () => {
  it('lists survivors by code (never by name), and narrows by vulnerability', async () => {
    await renderWithApp(<CaseloadScreen />, {
      mocks: [
        protectionMe('PROTECTION_SUPERVISOR'),
        {
          request: { query: CaseloadDocument, variables: { filter: filter(), after: null } },
          result: page([
            node('s2', 'SV-CR-2026-00002', ['PREGNANCY'], false),
            node('s1', 'SV-CR-2026-00001', ['CHILD', 'UNACCOMPANIED_OR_SEPARATED_CHILD'], true),
          ]),
          ...forever,
        },
        {
          request: {
            query: CaseloadDocument,
            variables: { filter: filter({ vulnerability: 'PREGNANCY' }), after: null },
          },
          result: page([node('s2', 'SV-CR-2026-00002', ['PREGNANCY'], false)]),
          ...forever,
        },
      ],
    });
    const table = await screen.findByRole('table', { name: 'Casos de protección' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('SV-CR-2026-00002');
    expect(rows[2]).toHaveTextContent('SV-CR-2026-00001');
    expect(rows[2]).toHaveTextContent('Niña, niño o adolescente no acompañado o separado');
    const mine = rows[2];
    if (!mine) throw new Error('expected a second survivor row');
    expect(within(mine).getByText('mío')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'SV-CR-2026-00001' })).toHaveAttribute('href', '/protection/survivors/s1');
    // A supervisor does not register survivors; case workers do.
    expect(screen.queryByRole('link', { name: 'Registrar sobreviviente' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('combobox', { name: 'Vulnerabilidad' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Embarazo' }));
    expect(await screen.findByText('1 sobreviviente')).toBeInTheDocument();
    expect(screen.queryByText('SV-CR-2026-00001')).not.toBeInTheDocument();
  });

  it('finds a survivor by document number and shows the code only', async () => {
    await renderWithApp(<CaseloadScreen />, {
      language: 'en',
      mocks: [
        protectionMe('CASE_WORKER', { locale: 'en' }),
        {
          request: { query: CaseloadDocument, variables: { filter: filter(), after: null } },
          result: page([]),
          ...forever,
        },
        {
          request: { query: SurvivorsByDocumentDocument, variables: { documentNumber: 'C 0458-2231' } },
          result: {
            data: {
              survivorsByDocument: [{ __typename: 'Survivor', id: 's9', code: 'SV-CR-2026-00009', status: 'OPEN' }],
            },
          },
        },
      ],
    });
    expect(await screen.findByText('No survivor matches these filters.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Register a survivor' })).toHaveAttribute(
      'href',
      '/protection/survivors/new',
    );
    await userEvent.type(screen.getByRole('textbox', { name: 'Identity document number' }), 'C 0458-2231');
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByRole('link', { name: 'SV-CR-2026-00009' })).toHaveAttribute(
      'href',
      '/protection/survivors/s9',
    );
  });

  it('is refused to a liaison officer, without asking the server', async () => {
    await renderWithApp(<CaseloadScreen />, {
      language: 'fr',
      mocks: [protectionMe('LIAISON_OFFICER', { locale: 'fr' })],
    });
    expect(
      await screen.findByText(
        "Cet écran est destiné aux gestionnaires de dossiers et aux superviseurs de la protection d'une institution.",
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
