import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { renderWithApp } from '../../test/render-with-app';
import {
  SurvivorConsentsDocument,
  SurvivorDocument,
  SurvivorPersonalDataDocument,
  WithdrawConsentDocument,
} from '../protection-common/protection.operations';
import { forever, protectionMe } from '../protection-common/protection-test-support';
import { SurvivorServiceReferralsDocument } from '../protection-common/service-referrals.generated';
import { SurvivorScreen } from './survivor-screen';

const ID = '01a23ef1-583f-7718-83c7-bb0fdd2ddf32';
const PERSONAL = [
  'givenNames',
  'familyNames',
  'aliases',
  'dateOfBirth',
  'estimatedAge',
  'sex',
  'genderIdentity',
  'nationality',
  'languages',
  'identityDocuments',
  'phones',
  'email',
  'currentLocation',
  'exploitations',
];

const survivor = (assignedToMe: boolean) => ({
  __typename: 'Survivor',
  id: ID,
  code: 'SV-CR-2026-00311',
  status: 'OPEN',
  closureReason: null,
  vulnerabilities: ['MEDICAL_NEEDS'],
  registeredAt: '2026-11-02T15:00:00.000Z',
  assignedToMe,
  restrictedFields: assignedToMe ? [] : PERSONAL,
  holdingAgency: { __typename: 'Agency', id: 'cr-pani', acronym: 'PANI' },
  caseWorker: { __typename: 'User', id: 'user-1', name: 'Laura Vargas' },
  supervisor: null,
});

const personalData = {
  request: { query: SurvivorPersonalDataDocument, variables: { id: ID } },
  result: {
    data: {
      survivor: {
        __typename: 'Survivor',
        id: ID,
        restrictedFields: [],
        givenNames: 'María José',
        familyNames: 'Espinoza Téllez',
        aliases: ['Majo'],
        dateOfBirth: null,
        estimatedAge: 24,
        sex: 'FEMALE',
        genderIdentity: null,
        nationality: 'NI',
        languages: ['es', 'miq'],
        identityDocuments: [
          { __typename: 'SurvivorDocument', kind: 'NATIONAL_ID', number: '001-150302-1004X', issuingCountry: 'NI' },
        ],
        phones: [],
        email: null,
        currentLocation: 'Albergue temporal, Liberia',
        exploitations: [
          {
            __typename: 'Exploitation',
            kind: 'SEXUAL_EXPLOITATION',
            countryCode: 'CR',
            place: 'La Cruz',
            startedOn: '2026-03-01',
            endedOn: null,
            notes: null,
          },
        ],
      },
    },
  },
};

const consent = (status: string) => ({
  __typename: 'SurvivorConsent',
  id: 'c1',
  status,
  categories: ['IDENTITY', 'LANGUAGES'],
  purposes: ['SAFE_SHELTER'],
  validFrom: '2026-12-01',
  validUntil: '2027-01-31',
  method: 'VERBAL_WITH_WITNESS',
  givenBy: 'PERSON',
  childAssent: false,
  recipientAgencyKind: null,
  recipientCountryCode: null,
  recipientAgency: { __typename: 'Agency', id: 'cr-rahab', acronym: 'RAHAB', name: 'Fundación Rahab' },
  text: { __typename: 'ConsentText', language: 'es', version: 1 },
});
const consents = (status: string) => ({
  request: { query: SurvivorConsentsDocument, variables: { id: ID } },
  result: { data: { survivor: { __typename: 'Survivor', id: ID, consents: [consent(status)] } } },
});

function open(assignedToMe: boolean, extra: object[] = [], consentStatus = 'ACTIVE') {
  return renderWithApp(
    <Routes>
      <Route path="/protection/survivors/:id" element={<SurvivorScreen />} />
    </Routes>,
    {
      path: `/protection/survivors/${ID}`,
      mocks: [
        protectionMe('CASE_WORKER'),
        {
          request: { query: SurvivorDocument, variables: { id: ID } },
          result: { data: { survivor: survivor(assignedToMe) } },
          ...forever,
        },
        consents(consentStatus),
        {
          request: { query: SurvivorServiceReferralsDocument, variables: { id: ID } },
          result: { data: { survivor: { __typename: 'Survivor', id: ID, serviceReferrals: [] } } },
          ...forever,
        },
        ...(extra as never[]),
      ],
    },
  );
}

describe("a survivor's page", () => {
  it('shows the code first and asks for personal data only when the case worker chooses to show it', async () => {
    await open(true, [personalData]);
    expect(await screen.findByRole('heading', { name: 'SV-CR-2026-00311', level: 1 })).toBeInTheDocument();
    expect(screen.getByText('Necesidades médicas')).toBeInTheDocument();
    expect(screen.queryByText(/María José/)).not.toBeInTheDocument();
    // The personal-data query is mocked once: asking for it before the click would use it up and fail the test.
    await userEvent.click(screen.getByRole('button', { name: 'Mostrar datos personales' }));
    expect(await screen.findByText('María José')).toBeInTheDocument();
    expect(screen.getByText('Cédula de identidad: 001-150302-1004X (NI)')).toBeInTheDocument();
    expect(screen.getByText('Trata con fines de explotación sexual')).toBeInTheDocument();
    expect(screen.getByText('unos 24 años')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Ocultar datos personales' }));
    expect(screen.queryByText('María José')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Mostrar datos personales' })).toBeInTheDocument();
  });

  it('tells a colleague not assigned to the case that only the assigned people see personal data', async () => {
    await open(false);
    expect(
      await screen.findByText(
        'Solo la persona gestora y la supervisora asignadas a este caso ven los datos de la persona.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Mostrar datos personales' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cerrar el caso' })).not.toBeInTheDocument();
  });

  it('lists the consents in force and lets the assigned case worker withdraw one', async () => {
    await open(true, [
      {
        request: { query: WithdrawConsentDocument, variables: { id: 'c1' } },
        result: { data: { withdrawConsent: { __typename: 'SurvivorConsent', id: 'c1', status: 'WITHDRAWN' } } },
      },
      consents('WITHDRAWN'),
    ]);
    expect(await screen.findByText('RAHAB · Fundación Rahab')).toBeInTheDocument();
    expect(screen.getByText('Vigente')).toBeInTheDocument();
    expect(screen.getByText(/Albergue seguro/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retirar el consentimiento' }));
    expect(await screen.findByText('Retirado')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retirar el consentimiento' })).not.toBeInTheDocument();
  });
});
