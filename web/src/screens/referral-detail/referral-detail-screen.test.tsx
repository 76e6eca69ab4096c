import { packRules } from '@casl/ability/extra';
import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { ReferralConversationDocument, ReferralDetailDocument } from './referral-detail.generated';
import { MeDocument } from '../../session/me.generated';
import { renderWithApp } from '../../test/render-with-app';
import { ReferralAssigneesDocument } from './referral-assignment.generated';
import { ReferralDetailScreen } from './referral-detail-screen';
import { ReferralForwardsDocument } from './referral-forwards.generated';

const ID = '0b6f5b0e-3f7a-4a51-9a43-1c5e2c7d9f10';
const names = (es: string) => ({ __typename: 'LocalizedNames', es, en: null, pt: null, fr: null });
const agency = (id: string, acronym: string, country: string, countryName: string) => ({
  __typename: 'Agency',
  id,
  name: `${acronym} agency`,
  acronym,
  country: { __typename: 'Country', id: country, names: names(countryName) },
});

function me(agencyId: string, acronym: string) {
  const mine = { 'receivingAgency.id': agencyId };
  const sent = { 'sendingAgency.id': agencyId };
  return {
    request: { query: MeDocument },
    result: {
      data: {
        me: {
          __typename: 'Me',
          id: `user-${acronym}`,
          name: 'Officer',
          email: 'officer@example.org',
          locale: 'es',
          timeZone: 'America/Mexico_City',
          roles: ['LIAISON_OFFICER'],
          totpEnabled: false,
          agency: { __typename: 'Agency', id: agencyId, name: `${acronym} agency`, acronym },
          // The rules the server's referral policy sends a liaison officer: each step on its own side.
          permissions: packRules([
            { action: 'read', subject: 'Referral', conditions: sent },
            { action: 'read', subject: 'Referral', conditions: mine },
            { action: ['send', 'withdraw'], subject: 'Referral', conditions: sent },
            { action: ['acknowledge', 'accept', 'decline', 'start', 'close'], subject: 'Referral', conditions: mine },
          ]),
        },
      },
    },
  };
}

const referral = {
  __typename: 'Referral',
  id: ID,
  reference: 'GT-MX-2026-000042',
  status: 'SENT',
  availableActions: [] as string[],
  category: 'SMUGGLING_INCIDENT',
  urgency: 'URGENT',
  title: 'Camión con migrantes',
  narrative: 'Salió de Tecún Umán a las 22:00.',
  incidentDate: '2026-03-04',
  placeDescription: null,
  handlingCode: 'H1',
  sourceReliability: 'B',
  informationAccuracy: 2,
  sentAt: '2026-03-05T18:30:00Z',
  acknowledgeBy: '2026-03-06T18:30:00Z',
  answerBy: '2026-03-08T18:30:00Z',
  dueAt: '2026-03-06T18:30:00Z',
  overdue: true,
  assigned: false,
  assignedTo: null,
  statusReason: null,
  outcome: null,
  createdAt: '2026-03-05T18:00:00Z',
  updatedAt: '2026-03-05T18:30:00Z',
  restrictedFields: [],
  sendingAgency: agency('gt-pnc', 'PNC', 'GT', 'Guatemala'),
  receivingAgency: agency('mx-inm', 'INM', 'MX', 'México'),
  mechanism: { __typename: 'Mechanism', id: 'm1', names: names('Guatemala-México') },
  crossingPoint: null,
  persons: [
    {
      __typename: 'ReferralPerson',
      id: 'p1',
      role: 'POSSIBLE_VICTIM',
      givenNames: null,
      familyNames: null,
      sex: null,
      dateOfBirth: null,
      estimatedAge: 16,
      nationality: null,
      aliases: null,
      identityDocuments: null,
      phones: null,
      vehicles: null,
      restrictedFields: ['givenNames', 'familyNames', 'nationality'],
    },
  ],
  history: [
    {
      __typename: 'ReferralTransition',
      id: 't1',
      action: 'send',
      fromStatus: 'DRAFT',
      toStatus: 'SENT',
      at: '2026-03-05T18:30:00Z',
      comment: null,
      reason: null,
      outcome: null,
      byAgency: { __typename: 'Agency', id: 'gt-pnc', acronym: 'PNC' },
    },
  ],
};

// The steps come from the server, which knows who asks (availableActions).
const message = (id: string, agencyId: string, authorId: string, authorName: string, body: string) => ({
  __typename: 'ReferralMessage',
  id,
  body,
  createdAt: '2026-03-05T19:00:00Z',
  authorAgencyId: agencyId,
  authorId,
  authorName,
  attachments: [],
});
const messages = [
  message('m1', 'gt-pnc', 'user-PNC', 'Ana Morales', 'Foto del camión adjunta.'),
  message('m2', 'mx-inm', 'user-INM', 'Officer', 'Recibido, patrulla en camino.'),
];

const mocksFor = (availableActions: string[]) => [
  {
    request: { query: ReferralDetailDocument, variables: { id: ID } },
    result: { data: { referral: { ...referral, availableActions } } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  {
    request: { query: ReferralConversationDocument, variables: { referralId: ID } },
    result: { data: { referralMessages: messages } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  {
    request: { query: ReferralAssigneesDocument, variables: { referralId: ID } },
    result: { data: { referralAssignees: [] } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  {
    request: { query: ReferralForwardsDocument, variables: { referralId: ID } },
    result: { data: { referralForwards: [], agencies: [] } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
];

async function open(who: ReturnType<typeof me>, availableActions: string[] = []) {
  return renderWithApp(
    <Routes>
      <Route path="/referrals/:id" element={<ReferralDetailScreen />} />
    </Routes>,
    { path: `/referrals/${ID}`, mocks: [who, ...mocksFor(availableActions)] },
  );
}

/** The officer's session has arrived (times in their zone), and with it the screen for good. */
async function signedIn() {
  expect((await screen.findAllByText(/GMT-6/, undefined, { timeout: 10_000 })).length).toBeGreaterThan(0);
}

describe('the referral detail screen', () => {
  it('offers the receiving officer the steps of their side, and marks restricted personal data', async () => {
    await open(me('mx-inm', 'INM'), ['ACKNOWLEDGE']);
    await signedIn();
    // The step the server offers this officer now; nothing else.
    expect(await screen.findByRole('button', { name: 'Confirmar recepción' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Camión con migrantes', level: 1 })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retirar' })).not.toBeInTheDocument();
    // Decline needs the referral acknowledged first.
    expect(screen.queryByRole('button', { name: 'Rechazar' })).not.toBeInTheDocument();
    expect(screen.getAllByText('Restringido')).toHaveLength(2);
    expect(screen.getByText('Vencido')).toBeInTheDocument();
    expect(screen.getByText('16')).toBeInTheDocument();
    // Columns nobody has a value for are left out; withheld ones stay, marked restricted.
    const headers = screen.getAllByRole('columnheader').map((header) => header.textContent);
    expect(headers).toEqual(['Papel', 'Nombre', 'Edad aproximada', 'Nacionalidad']);
  });

  it('shows the conversation as a chat: who wrote each message and from which agency, the reader as "Usted"', async () => {
    await open(me('mx-inm', 'INM'));
    await signedIn();
    expect(await screen.findByRole('listitem', { name: 'Mensaje de Ana Morales (PNC)' })).toHaveTextContent(
      'Foto del camión adjunta.',
    );
    expect(screen.getByRole('listitem', { name: 'Mensaje de Usted (INM)' })).toHaveTextContent(
      'Recibido, patrulla en camino.',
    );
  });

  it('offers the sending officer to withdraw, not to acknowledge', async () => {
    await open(me('gt-pnc', 'PNC'), ['WITHDRAW']);
    await signedIn();
    expect(await screen.findByRole('button', { name: 'Retirar' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Confirmar recepción' })).not.toBeInTheDocument();
  });

  it('shows the not-found page for an address that cannot be a referral', async () => {
    await renderWithApp(
      <Routes>
        <Route path="/referrals/:id" element={<ReferralDetailScreen />} />
      </Routes>,
      { path: '/referrals/does-not-exist' },
    );
    expect(await screen.findByRole('heading', { name: 'Página no encontrada' })).toBeInTheDocument();
  });
});
