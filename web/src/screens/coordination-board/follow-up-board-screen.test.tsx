import { packRules } from '@casl/ability/extra';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { MeDocument } from '../../session/me.generated';
import { renderWithApp } from '../../test/render-with-app';
import { FollowUpActionsDocument, FollowUpCountsDocument } from '../coordination-common/coordination.operations';
import { FollowUpBoardScreen } from './follow-up-board-screen';

const ID = '0b6f5b0e-3f7a-4a51-9a43-1c5e2c7d9f11';
const INM = '1b6f5b0e-3f7a-4a51-9a43-1c5e2c7d9f12';
const FGR = '2b6f5b0e-3f7a-4a51-9a43-1c5e2c7d9f13';

const me = {
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
        roles: ['SECRETARIAT'],
        totpEnabled: false,
        agency: { __typename: 'Agency', id: 'igm', name: 'Agencia', acronym: 'IGM' },
        permissions: packRules([{ action: 'read', subject: 'Meeting' }]),
      },
    },
  },
};

const agency = (id: string, acronym: string) => ({ __typename: 'Agency', id, acronym });
const group = (id: string, label: string, open: number, overdue: number) => ({
  __typename: 'GroupActionCount',
  id,
  label,
  open,
  overdue,
});

const counts = {
  request: { query: FollowUpCountsDocument, variables: { mechanismId: ID } },
  result: {
    data: {
      mechanism: {
        __typename: 'Mechanism',
        id: ID,
        names: { __typename: 'LocalizedNames', es: 'Mecanismo Guatemala–México', en: null, pt: null, fr: null },
      },
      followUpBoard: {
        __typename: 'FollowUpBoard',
        countsByAgency: [
          { __typename: 'AgencyActionCount', agency: agency(INM, 'INM'), open: 2, overdue: 1 },
          { __typename: 'AgencyActionCount', agency: agency(FGR, 'FGR'), open: 1, overdue: 0 },
        ],
        countsByMeeting: [group('m1', 'Reunión ordinaria', 3, 1)],
        countsByDecision: [group('d1', 'GT-MX-2026-D01', 1, 0)],
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const action = (id: string, title: string, owner: ReturnType<typeof agency>, overdue: boolean) => ({
  __typename: 'ActionItemEdge',
  cursor: id,
  node: {
    __typename: 'ActionItem',
    id,
    title,
    dueDate: overdue ? '2026-01-10' : '2027-01-10',
    priority: 'HIGH',
    status: 'OPEN',
    overdue,
    ownerAgency: owner,
    decision: null,
    meetingId: 'm1',
    meetingTitle: 'Reunión ordinaria',
  },
});

const filter = (ownerAgencyId: string | null) => ({
  ownerAgencyId,
  meetingId: null,
  decisionId: null,
  statuses: ['OPEN', 'IN_PROGRESS'],
  overdueOnly: false,
});
const list = (ownerAgencyId: string | null, edges: ReturnType<typeof action>[]) => ({
  request: {
    query: FollowUpActionsDocument,
    variables: { mechanismId: ID, filter: filter(ownerAgencyId), sort: 'DUE' },
  },
  result: {
    data: {
      followUpActions: {
        __typename: 'ActionItemConnection',
        totalCount: edges.length,
        edges,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

const everything = list(null, [
  action('a1', 'Compartir listas de salida', agency(INM, 'INM'), true),
  action('a2', 'Protocolo de menores', agency(FGR, 'FGR'), false),
  action('a3', 'Plan de capacitación', agency(INM, 'INM'), false),
]);
const inmOnly = list(INM, [
  action('a1', 'Compartir listas de salida', agency(INM, 'INM'), true),
  action('a3', 'Plan de capacitación', agency(INM, 'INM'), false),
]);

async function open() {
  const view = await renderWithApp(
    <Routes>
      <Route path="/coordination/mechanisms/:id/follow-up" element={<FollowUpBoardScreen />} />
    </Routes>,
    { path: `/coordination/mechanisms/${ID}/follow-up`, mocks: [me, counts, everything, inmOnly] },
  );
  await waitFor(() => expect(view.client.readQuery({ query: MeDocument })).not.toBeNull());
}

describe("the secretariat's follow-up board", () => {
  it('counts open and overdue actions, lists them with the overdue ones marked, and narrows to an agency', async () => {
    await open();
    expect(await screen.findByRole('link', { name: 'Compartir listas de salida' })).toHaveAttribute(
      'href',
      '/coordination/actions/a1',
    );
    expect(screen.getByText('3 acciones')).toBeInTheDocument();
    expect(screen.getAllByText('Vencida')).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'INM' }));
    await waitFor(() => expect(screen.getByText('2 acciones')).toBeInTheDocument());
    expect(screen.queryByRole('link', { name: 'Protocolo de menores' })).not.toBeInTheDocument();
  });
});
