import { screen, within } from '@testing-library/react';
import { HomeActionsOwedDocument } from './actions-owed.generated';
import { MemberHomeDocument } from './member-home.generated';
import { ReferralEventsDocument } from '../referral-inbox/referral-live.generated';
import { MeDocument } from '../../session/me.generated';
import { renderWithApp } from '../../test/render-with-app';
import { HomeScreen } from './home-screen';

const signedIn = (roles: string[], permissions: unknown[]) => ({
  request: { query: MeDocument },
  result: {
    data: {
      me: {
        __typename: 'Me',
        id: 'user-inm',
        name: 'Officer',
        email: 'officer@example.org',
        locale: 'es',
        timeZone: 'America/Mexico_City',
        roles,
        agency: { __typename: 'Agency', id: 'mx-inm', name: 'INM agency', acronym: 'INM' },
        // CASL rules as the server packs them (packRules): [action, subject].
        permissions,
      },
    },
  },
});
const me = signedIn(['LIAISON_OFFICER'], [['read,create,send,acknowledge,accept', 'Referral']]);
const counts = (entries: [string, number][]) =>
  entries.map(([status, count]) => ({ __typename: 'ReferralStatusCount', status, count }));
const box = (totalCount: number, statusCounts: [string, number][] = []) => ({
  __typename: 'ReferralConnection',
  totalCount,
  statusCounts: counts(statusCounts),
});

const figures = {
  request: { query: MemberHomeDocument },
  result: {
    data: {
      inbox: box(7, [
        ['SENT', 2],
        ['ACKNOWLEDGED', 1],
        ['CLOSED', 4],
      ]),
      outbox: box(3, [
        ['DRAFT', 1],
        ['SENT', 2],
      ]),
      overdueInbox: {
        __typename: 'ReferralConnection',
        totalCount: 1,
        edges: [
          {
            __typename: 'ReferralEdge',
            node: {
              __typename: 'Referral',
              id: 'r1',
              reference: 'GT-MX-2026-000042',
              title: 'Camión con migrantes',
              urgency: 'IMMEDIATE',
              dueAt: '2026-03-05T20:30:00Z',
            },
          },
        ],
      },
      overdueOutbox: { __typename: 'ReferralConnection', totalCount: 0 },
      forwardedReferrals: [],
      forwardRequestsToDecide: [
        {
          __typename: 'ReferralForward',
          id: 'f1',
          referralId: 'r9',
          referral: { __typename: 'Referral', id: 'r9', reference: 'MX-GT-2026-000009', title: 'Red de tráfico' },
        },
      ],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

// Nothing owed to a mechanism, and no live event during the test: answered, so no "no more mocks" warning.
const nothingOwed = {
  request: { query: HomeActionsOwedDocument },
  result: { data: { actionsOwed: [] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};
const quietLine = {
  request: { query: ReferralEventsDocument },
  result: { data: {} },
  delay: Number.POSITIVE_INFINITY,
  maxUsageCount: Number.POSITIVE_INFINITY,
};

describe('the home screen of a signed-in officer', () => {
  it('shows the agency’s figures and what waits for it, each linking to the filtered list', async () => {
    await renderWithApp(<HomeScreen />, { mocks: [me, figures, nothingOwed, quietLine] });
    expect(await screen.findByRole('heading', { name: 'Trabajo de INM', level: 1 })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: '7 Recibidas' })).toHaveAttribute('href', '/referrals/inbox');
    expect(screen.getByRole('link', { name: '1 Vencidas sin respuesta' })).toHaveAttribute(
      'href',
      '/referrals/inbox?overdue=true',
    );
    expect(screen.getByRole('link', { name: '2 remisiones por confirmar recepción' })).toHaveAttribute(
      'href',
      '/referrals/inbox?status=SENT',
    );
    expect(screen.getByRole('link', { name: '1 remisión por aceptar o rechazar' })).toHaveAttribute(
      'href',
      '/referrals/inbox?status=ACKNOWLEDGED',
    );
    expect(screen.getByRole('link', { name: '1 borrador por enviar' })).toHaveAttribute(
      'href',
      '/referrals/outbox?status=DRAFT',
    );
    expect(
      screen.getByRole('link', { name: /Solicitud de reenvío por decidir: MX-GT-2026-000009.*Red de tráfico/ }),
    ).toHaveAttribute('href', '/referrals/r9');
    const overdue = screen.getByRole('link', { name: /Camión con migrantes/ });
    expect(overdue).toHaveAttribute('href', '/referrals/r1');
    expect(within(overdue).getByText('Inmediata')).toBeInTheDocument();
    // Visitors' service check is not what a member sees.
    expect(screen.queryByText('En servicio')).not.toBeInTheDocument();
  });

  it('shows a secretariat no referral figure (they read none) but the work its rules offer', async () => {
    const secretariat = signedIn(['SECRETARIAT'], [['read', 'Meeting']]);
    await renderWithApp(<HomeScreen />, { mocks: [secretariat, nothingOwed] });
    expect(await screen.findByRole('heading', { name: 'Su trabajo en Enlace' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Coordinación' })).toHaveAttribute('href', '/coordination');
    expect(screen.queryByText(/Recibidas/)).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Nueva remisión/ })).not.toBeInTheDocument();
  });
});
