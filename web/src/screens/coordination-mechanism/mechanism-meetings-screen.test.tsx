import { packRules } from '@casl/ability/extra';
import { screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { MeDocument } from '../../session/me.generated';
import { renderWithApp } from '../../test/render-with-app';
import { MechanismMeetingsDocument } from '../coordination-common/coordination.operations';
import { AssessmentTemplatesDocument, MechanismAssessmentsDocument } from '../coordination-work/assessments.generated';
import { MechanismMeetingsScreen } from './mechanism-meetings-screen';

const ID = '0b6f5b0e-3f7a-4a51-9a43-1c5e2c7d9f11';

function me(roles: string[], agencyId: string) {
  return {
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
          agency: { __typename: 'Agency', id: agencyId, name: 'Agencia', acronym: 'X' },
          permissions: packRules([{ action: 'read', subject: 'Meeting' }]),
        },
      },
    },
  };
}

const summary = (id: string, title: string, status: string, startsAt: string) => ({
  __typename: 'Meeting',
  id,
  title,
  kind: 'ORDINARY',
  startsAt,
  endsAt: startsAt.replace('T15', 'T19'),
  timeZone: 'America/Guatemala',
  minutesStatus: status,
  minutesRevision: status === 'APPROVED' ? 1 : 0,
  placeText: null,
  videoLink: null,
  crossingPoint: { __typename: 'CrossingPoint', id: 'cp1', name: 'Tecún Umán–Ciudad Hidalgo' },
});

const page = {
  request: { query: MechanismMeetingsDocument, variables: { mechanismId: ID } },
  result: {
    data: {
      mechanism: {
        __typename: 'Mechanism',
        id: ID,
        kind: 'BINATIONAL',
        names: {
          __typename: 'LocalizedNames',
          es: 'Mecanismo binacional Guatemala–México',
          en: null,
          pt: null,
          fr: null,
        },
        secretariatAgency: { __typename: 'Agency', id: 'igm', acronym: 'IGM' },
        memberAgencies: [{ __typename: 'Agency', id: 'inm', acronym: 'INM', name: 'Instituto Nacional de Migración' }],
        crossingPoints: [{ __typename: 'CrossingPoint', id: 'cp1', name: 'Tecún Umán–Ciudad Hidalgo' }],
      },
      upcoming: [summary('u1', 'Reunión del primer trimestre', 'DRAFT', '2027-01-20T15:00:00Z')],
      past: [summary('p1', 'Balance del operativo', 'APPROVED', '2026-11-20T15:00:00Z')],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

async function open(who: ReturnType<typeof me>) {
  const view = await renderWithApp(
    <Routes>
      <Route path="/coordination/mechanisms/:id" element={<MechanismMeetingsScreen />} />
    </Routes>,
    { path: `/coordination/mechanisms/${ID}`, mocks: [who, page, noAssessments, noChecklists] },
  );
  await waitFor(() => expect(view.client.readQuery({ query: MeDocument })).not.toBeNull());
}

/** The mechanism's assessments and trainings tab: none yet. */
const noAssessments = {
  request: { query: MechanismAssessmentsDocument, variables: { mechanismId: ID } },
  result: { data: { assessments: [], trainings: [] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/** The checklists its secretariat may change: none yet. */
const noChecklists = {
  request: { query: AssessmentTemplatesDocument, variables: { mechanismId: ID } },
  result: { data: { assessmentTemplates: [] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

describe("a mechanism's page", () => {
  it('lists upcoming and past meetings with the state of their minutes, and lets the secretariat schedule one', async () => {
    await open(me(['SECRETARIAT'], 'igm'));
    expect(await screen.findByRole('link', { name: 'Reunión del primer trimestre' })).toHaveAttribute(
      'href',
      '/coordination/meetings/u1',
    );
    expect(screen.getByRole('link', { name: 'Balance del operativo' })).toBeInTheDocument();
    expect(screen.getByText('Acta aprobada')).toBeInTheDocument();
    expect(screen.getByText('Acta en borrador')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Nueva reunión' })).toBeInTheDocument();
  });

  it('offers no new meeting to a member agency', async () => {
    await open(me(['LIAISON_OFFICER'], 'inm'));
    expect(await screen.findByRole('link', { name: 'Balance del operativo' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Nueva reunión' })).not.toBeInTheDocument();
  });
});
