import { packRules } from '@casl/ability/extra';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { NewReferralOptionsDocument } from '../new-referral/new-referral.generated';
import { ReferralDraftDocument } from './referral-draft.generated';
import { MeDocument } from '../../session/me.generated';
import { renderWithApp } from '../../test/render-with-app';
import { ReferralDraftScreen } from './referral-draft-screen';

const ID = '7d1c3e55-5a0b-4c1e-8f4e-2b9a6c0d1e23';
const names = (es: string) => ({ __typename: 'LocalizedNames', es, en: null, pt: null, fr: null });
const member = (id: string, acronym: string, countryId: string, countryName: string) => ({
  __typename: 'Agency',
  id,
  name: `${acronym} agency`,
  acronym,
  active: true,
  country: { __typename: 'Country', id: countryId, names: names(countryName) },
});
const forever = { maxUsageCount: Number.POSITIVE_INFINITY };

const me = (mayUpdate: boolean) => ({
  request: { query: MeDocument },
  result: {
    data: {
      me: {
        __typename: 'Me',
        id: 'user-pnc',
        name: 'Officer',
        email: 'officer@example.org',
        locale: 'es',
        timeZone: 'America/Guatemala',
        roles: [mayUpdate ? 'LIAISON_OFFICER' : 'CASE_WORKER'],
        agency: { __typename: 'Agency', id: 'gt-pnc', name: 'PNC agency', acronym: 'PNC' },
        permissions: packRules([
          { action: 'read', subject: 'Referral', conditions: { 'sendingAgency.id': 'gt-pnc' } },
          ...(mayUpdate
            ? [{ action: ['create', 'update'], subject: 'Referral', conditions: { 'sendingAgency.id': 'gt-pnc' } }]
            : []),
        ]),
      },
    },
  },
});

const draft = (status: string) => ({
  __typename: 'Referral',
  id: ID,
  status,
  category: 'DOCUMENT_FRAUD',
  urgency: 'ROUTINE',
  title: 'Pasaportes alterados en El Carmen',
  narrative: 'Tres pasaportes con la misma foto.',
  incidentDate: null,
  placeDescription: 'Aduana de El Carmen',
  crossingPoint: { __typename: 'CrossingPoint', id: 'cp1' },
  handlingCode: 'H2',
  sourceReliability: 'B',
  informationAccuracy: 2,
  mechanism: { __typename: 'Mechanism', id: 'm1' },
  sendingAgency: { __typename: 'Agency', id: 'gt-pnc' },
  receivingAgency: { __typename: 'Agency', id: 'mx-inm' },
  persons: [
    {
      __typename: 'ReferralPerson',
      id: 'p1',
      role: 'SUSPECTED_SMUGGLER',
      givenNames: 'Juan',
      familyNames: 'Pérez',
      aliases: ['Juanito', 'El Flaco'],
      sex: 'MALE',
      dateOfBirth: null,
      nationality: 'GT',
      estimatedAge: 40,
      identityDocuments: [
        { __typename: 'IdentityDocument', kind: 'PASSPORT', number: 'G1234567', issuingCountry: 'GT' },
      ],
      phones: ['+502 5555 1234'],
      vehicles: null,
    },
  ],
});

const options = {
  request: { query: NewReferralOptionsDocument },
  result: {
    data: {
      mechanisms: [
        {
          __typename: 'Mechanism',
          id: 'm1',
          active: true,
          names: names('Guatemala-México'),
          countries: [
            { __typename: 'Country', id: 'GT' },
            { __typename: 'Country', id: 'MX' },
          ],
          crossingPoints: [{ __typename: 'CrossingPoint', id: 'cp1', name: 'El Carmen - Talismán' }],
          memberAgencies: [member('gt-pnc', 'PNC', 'GT', 'Guatemala'), member('mx-inm', 'INM', 'MX', 'México')],
        },
      ],
    },
  },
  ...forever,
};

async function open(status: string, mayUpdate = true) {
  return renderWithApp(
    <Routes>
      <Route path="/referrals/:id/edit" element={<ReferralDraftScreen />} />
    </Routes>,
    {
      path: `/referrals/${ID}/edit`,
      mocks: [
        me(mayUpdate),
        options,
        {
          request: { query: ReferralDraftDocument, variables: { id: ID } },
          result: { data: { referral: draft(status) } },
          ...forever,
        },
      ],
    },
  );
}

describe('a draft reopened from the outbox', () => {
  beforeEach(() => localStorage.clear());

  it('fills the referral form with the server’s draft, and keeps unsaved typing across a reload', async () => {
    const { unmount } = await open('DRAFT');
    const title = await screen.findByRole('textbox', { name: /^Título/ });
    expect(title).toHaveValue('Pasaportes alterados en El Carmen');
    expect(screen.getByRole('textbox', { name: 'Nombres' })).toHaveValue('Juan');
    // Everything the draft holds comes back: the country by its name, documents, phones, aliases, the place.
    expect(screen.getByRole('combobox', { name: 'Nacionalidad' })).toHaveValue('Guatemala');
    expect(screen.getByRole('textbox', { name: /^Número de documento/ })).toHaveValue('G1234567');
    expect(screen.getByRole('textbox', { name: /^Teléfono/ })).toHaveValue('+502 5555 1234');
    expect(screen.getByRole('textbox', { name: 'Alias' })).toHaveValue('Juanito, El Flaco');
    expect(screen.getByRole('textbox', { name: 'Lugar' })).toHaveValue('Aduana de El Carmen');
    expect(screen.getByRole('heading', { name: 'Borrador de remisión', level: 1 })).toBeInTheDocument();
    await userEvent.type(title, ' y Tecún Umán');
    unmount();

    await open('DRAFT');
    expect(await screen.findByRole('textbox', { name: /^Título/ })).toHaveValue(
      'Pasaportes alterados en El Carmen y Tecún Umán',
    );
  });

  it('does not open a referral already sent, nor a draft for someone who may not edit it', async () => {
    const { unmount } = await open('SENT');
    expect(await screen.findByText('Esta remisión ya fue enviada: ya no se puede editar.')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /^Título/ })).not.toBeInTheDocument();
    unmount();

    await open('DRAFT', false);
    expect(await screen.findByText('No tiene permiso para hacer esto.')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /^Título/ })).not.toBeInTheDocument();
  });
});
