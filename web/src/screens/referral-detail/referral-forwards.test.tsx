import { packRules } from '@casl/ability/extra';
import type { RawRuleOf, MongoAbility } from '@casl/ability';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { ReferralConversationDocument, ReferralDetailDocument } from './referral-detail.generated';
import { ReferralAssigneesDocument } from './referral-assignment.generated';
import { ReferralForwardsDocument } from './referral-forwards.generated';
import { MeDocument } from '../../session/me.generated';
import { renderWithApp } from '../../test/render-with-app';
import { MAX_ATTACHMENT_BYTES } from './attachments';
import { ReferralDetailScreen } from './referral-detail-screen';

const ID = '0b6f5b0e-3f7a-4a51-9a43-1c5e2c7d9f10';
const names = (es: string) => ({ __typename: 'LocalizedNames', es, en: null, pt: null, fr: null });
const country = (id: string, name: string) => ({ __typename: 'Country', id, names: names(name) });
const party = (id: string, acronym: string, countryId: string, countryName: string) => ({
  __typename: 'Agency',
  id,
  name: `${acronym} agency`,
  acronym,
  country: country(countryId, countryName),
});
const directoryAgency = (id: string, acronym: string, countryId: string, countryName: string) => ({
  ...party(id, acronym, countryId, countryName),
  active: true,
});

type Rules = RawRuleOf<MongoAbility>[];
const sent = (agencyId: string) => ({ 'sendingAgency.id': agencyId });
const received = (agencyId: string) => ({ 'receivingAgency.id': agencyId });
/** What the server's referral and forwarding policies send a liaison officer of `agencyId`. */
const liaisonRules = (agencyId: string): Rules => [
  { action: 'read', subject: 'Referral', conditions: sent(agencyId) },
  { action: 'read', subject: 'Referral', conditions: received(agencyId) },
  { action: 'forward', subject: 'Referral', conditions: received(agencyId) },
  { action: 'decideForward', subject: 'Referral', conditions: sent(agencyId) },
];
const caseWorkerRules = (agencyId: string): Rules => [
  { action: 'read', subject: 'Referral', conditions: sent(agencyId) },
];

function me(agencyId: string, acronym: string, rules: Rules) {
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
          agency: { __typename: 'Agency', id: agencyId, name: `${acronym} agency`, acronym },
          permissions: packRules(rules),
        },
      },
    },
  };
}

function referral(handlingCode: 'H1' | 'H2' | 'H3') {
  return {
    __typename: 'Referral',
    id: ID,
    reference: 'GT-MX-2026-000042',
    status: 'ACKNOWLEDGED',
    availableActions: ['ACCEPT', 'DECLINE'],
    category: 'SMUGGLING_INCIDENT',
    urgency: 'URGENT',
    title: 'Camión con migrantes',
    narrative: 'Salió de Tecún Umán a las 22:00.',
    incidentDate: null,
    placeDescription: null,
    handlingCode,
    sourceReliability: 'B',
    informationAccuracy: 2,
    sentAt: '2026-03-05T18:30:00Z',
    acknowledgeBy: '2026-03-06T18:30:00Z',
    answerBy: '2026-03-08T18:30:00Z',
    dueAt: '2026-03-08T18:30:00Z',
    overdue: false,
    assigned: false,
    assignedTo: null,
    statusReason: null,
    outcome: null,
    createdAt: '2026-03-05T18:00:00Z',
    updatedAt: '2026-03-05T18:30:00Z',
    restrictedFields: [],
    sendingAgency: party('gt-pnc', 'PNC', 'GT', 'Guatemala'),
    receivingAgency: party('mx-inm', 'INM', 'MX', 'México'),
    mechanism: { __typename: 'Mechanism', id: 'm1', names: names('Guatemala-México') },
    crossingPoint: null,
    persons: [],
    history: [],
  };
}

const requestedForward = {
  __typename: 'ReferralForward',
  id: 'f1',
  status: 'REQUESTED',
  comment: 'La fiscalía investiga la misma red.',
  requestedAt: '2026-03-06T10:00:00Z',
  decidedAt: null,
  refusalReason: null,
  recipientAgencyId: 'mx-fgr',
  referralId: ID,
};

async function open(who: ReturnType<typeof me>, handlingCode: 'H1' | 'H2' | 'H3', forwards: unknown[] = []) {
  const forever = { maxUsageCount: Number.POSITIVE_INFINITY };
  const agencies = [
    directoryAgency('gt-pnc', 'PNC', 'GT', 'Guatemala'),
    directoryAgency('mx-inm', 'INM', 'MX', 'México'),
    directoryAgency('mx-fgr', 'FGR', 'MX', 'México'),
    directoryAgency('bz-imm', 'IMM', 'BZ', 'Belice'),
  ];
  return renderWithApp(
    <Routes>
      <Route path="/referrals/:id" element={<ReferralDetailScreen />} />
    </Routes>,
    {
      path: `/referrals/${ID}`,
      mocks: [
        who,
        {
          request: { query: ReferralDetailDocument, variables: { id: ID } },
          result: { data: { referral: referral(handlingCode) } },
          ...forever,
        },
        {
          request: { query: ReferralConversationDocument, variables: { referralId: ID } },
          result: { data: { referralMessages: [] } },
          ...forever,
        },
        {
          request: { query: ReferralAssigneesDocument, variables: { referralId: ID } },
          result: { data: { referralAssignees: [] } },
          ...forever,
        },
        {
          request: { query: ReferralForwardsDocument, variables: { referralId: ID } },
          result: { data: { referralForwards: forwards, agencies } },
          ...forever,
        },
      ],
    },
  );
}

describe('forwarding on the referral detail', () => {
  it('offers the receiving officer an H2 forward to competent agencies of the receiving country only', async () => {
    await open(me('mx-inm', 'INM', liaisonRules('mx-inm')), 'H2');
    await userEvent.click(await screen.findByRole('button', { name: 'Reenviar a otra agencia' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('combobox', { name: /Agencia destinataria/ }));
    const options = screen.getAllByRole('option').map((option) => option.textContent);
    // Neither party, and not the Belizean agency: H2 stays in Mexico.
    expect(options).toEqual(['FGR · FGR agency (México)']);
  });

  it('under H3 asks for the sender’s approval, and under H1 offers nothing', async () => {
    const { unmount } = await open(me('mx-inm', 'INM', liaisonRules('mx-inm')), 'H3');
    await userEvent.click(await screen.findByRole('button', { name: 'Pedir reenvío a otra agencia' }));
    expect(await screen.findByText(/La agencia que envía debe aprobar este reenvío/)).toBeInTheDocument();
    unmount();

    await open(me('mx-inm', 'INM', liaisonRules('mx-inm')), 'H1');
    expect(await screen.findByText(/Código H1: solo para la agencia receptora/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /reenv/i })).not.toBeInTheDocument();
  });

  it('lets the sending officer approve or refuse a pending request, which a case worker only reads', async () => {
    const { unmount } = await open(me('gt-pnc', 'PNC', liaisonRules('gt-pnc')), 'H3', [requestedForward]);
    expect(await screen.findByRole('button', { name: 'Aprobar' })).toBeInTheDocument();
    expect(screen.getByText('FGR · FGR agency (México)')).toBeInTheDocument();
    expect(screen.getByText('Pendiente de aprobación')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Rechazar reenvío' }));
    const dialog = await screen.findByRole('dialog');
    // A refusal needs a reason before it can be confirmed.
    expect(within(dialog).getByRole('button', { name: 'Confirmar' })).toBeDisabled();
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Motivo/ }), 'Compromete la fuente.');
    expect(within(dialog).getByRole('button', { name: 'Confirmar' })).toBeEnabled();
    unmount();

    await open(me('gt-pnc', 'PNC', caseWorkerRules('gt-pnc')), 'H3', [requestedForward]);
    expect(await screen.findByText('Pendiente de aprobación')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Aprobar' })).not.toBeInTheDocument();
  });
});

describe('attachments in the conversation', () => {
  it('states the limits and refuses a file above the size limit before sending anything', async () => {
    const { container } = await open(me('mx-inm', 'INM', liaisonRules('mx-inm')), 'H1');
    expect(await screen.findByText(/Archivos permitidos: PDF, PNG, JPEG/)).toBeInTheDocument();
    const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;
    const big = new File([new Uint8Array(MAX_ATTACHMENT_BYTES + 1)], 'foto.png', { type: 'image/png' });
    await userEvent.upload(input, big);
    expect(await screen.findByText('El archivo supera el límite de 10 MB.')).toBeInTheDocument();
    expect(screen.queryByText(/foto\.png/)).not.toBeInTheDocument();
  });
});
