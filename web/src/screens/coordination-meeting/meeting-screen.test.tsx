import { packRules } from '@casl/ability/extra';
import { screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { MeDocument } from '../../session/me.generated';
import { renderWithApp } from '../../test/render-with-app';
import {
  CommentOnMinutesDocument,
  MeetingDetailDocument,
  MeetingFollowUpDocument,
  MinutesDiffDocument,
} from '../coordination-common/coordination.operations';
import { MeetingScreen } from './meeting-screen';

const ID = '0b6f5b0e-3f7a-4a51-9a43-1c5e2c7d9f10';
const names = { __typename: 'LocalizedNames', es: 'Guatemala–México', en: null, pt: null, fr: null };
const agency = (id: string, acronym: string) => ({ __typename: 'Agency', id, acronym });

function me(roles: string[], agencyId = 'igm', locale = 'es') {
  return {
    request: { query: MeDocument },
    result: {
      data: {
        me: {
          __typename: 'Me',
          id: 'user-1',
          name: 'Ana',
          email: 'ana@example.org',
          locale,
          timeZone: 'America/Guatemala',
          roles,
          totpEnabled: false,
          agency: { __typename: 'Agency', id: agencyId, name: 'Agencia', acronym: 'IGM' },
          permissions: packRules([{ action: 'read', subject: 'Meeting' }]),
        },
      },
    },
  };
}

function meeting(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Meeting',
    id: ID,
    title: 'Reunión ordinaria del tercer trimestre',
    kind: 'ORDINARY',
    startsAt: '2026-09-10T15:00:00Z',
    endsAt: '2026-09-10T19:00:00Z',
    timeZone: 'America/Guatemala',
    minutesStatus: 'APPROVED',
    minutesRevision: 2,
    placeText: null,
    videoLink: null,
    crossingPoint: { __typename: 'CrossingPoint', id: 'cp1', name: 'Tecún Umán–Ciudad Hidalgo' },
    languages: ['es'],
    commentDeadline: null,
    approvedAt: '2026-09-20T15:00:00Z',
    canReadMinutes: true,
    availableActions: [],
    mechanism: {
      __typename: 'Mechanism',
      id: 'm1',
      names,
      memberAgencies: [
        { __typename: 'Agency', id: 'igm', acronym: 'IGM', name: 'Instituto Guatemalteco de Migración' },
        { __typename: 'Agency', id: 'inm', acronym: 'INM', name: 'Instituto Nacional de Migración' },
      ],
      crossingPoints: [{ __typename: 'CrossingPoint', id: 'cp1', name: 'Tecún Umán–Ciudad Hidalgo' }],
    },
    invitedAgencies: [agency('inm', 'INM')],
    agenda: [
      {
        __typename: 'AgendaItem',
        id: 'a1',
        position: 1,
        title: 'Flujos migratorios',
        slotStart: '09:00',
        durationMinutes: 45,
        // Raw HTML in minutes must never be rendered as HTML.
        minutes: '## Flujos\n\n- Aumento del **25 %**\n\n<img src=x onerror="alert(1)"> [mal](javascript:alert(1))',
        presenterAgency: agency('igm', 'IGM'),
      },
    ],
    attendance: [
      {
        __typename: 'MeetingAttendance',
        id: 'p1',
        name: 'Jorge Herrera',
        jobTitle: 'Enlace fronterizo',
        status: 'BY_VIDEO',
        agency: agency('inm', 'INM'),
      },
    ],
    comments: [],
    revisions: [
      { __typename: 'MinutesRevision', id: 'r1', number: 1, reason: null, approvedAt: '2026-09-15T15:00:00Z' },
      {
        __typename: 'MinutesRevision',
        id: 'r2',
        number: 2,
        reason: 'Cifra corregida',
        approvedAt: '2026-09-20T15:00:00Z',
      },
    ],
    ...overrides,
  };
}

const detail = (data: object) => ({
  request: { query: MeetingDetailDocument, variables: { id: ID } },
  result: { data: { meeting: data } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});
const diff = {
  request: { query: MinutesDiffDocument, variables: { meetingId: ID, fromRevision: 1, toRevision: 2 } },
  result: {
    data: {
      minutesDiff: [
        {
          __typename: 'AgendaItemDiff',
          agendaItemId: 'a1',
          position: 1,
          title: 'Flujos migratorios',
          changed: true,
          lines: [
            { __typename: 'DiffLine', kind: 'REMOVED', text: '- Aumento del **20 %**' },
            { __typename: 'DiffLine', kind: 'ADDED', text: '- Aumento del **25 %**' },
          ],
        },
      ],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const followUp = {
  request: { query: MeetingFollowUpDocument, variables: { id: ID } },
  result: {
    data: {
      meeting: {
        __typename: 'Meeting',
        id: ID,
        decisions: [
          {
            __typename: 'Decision',
            id: 'd1',
            reference: 'GT-MX-2026-D07',
            text: 'Patrullaje conjunto mensual',
            status: 'IN_FORCE',
            agendaItemId: 'a1',
          },
        ],
        actionItems: [
          {
            __typename: 'ActionItem',
            id: 'x1',
            title: 'Designar un enlace estadístico',
            dueDate: '2026-10-01',
            dueAt: '2026-10-02T06:00:00Z',
            priority: 'HIGH',
            status: 'OPEN',
            overdue: true,
            canReport: false,
            ownerAgency: agency('inm', 'INM'),
            decision: { __typename: 'Decision', id: 'd1', reference: 'GT-MX-2026-D07' },
            meetingId: ID,
            meetingTitle: 'Reunión ordinaria del tercer trimestre',
            updates: [],
          },
        ],
        carriedActions: [],
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/** Renders the screen and waits for the session: the screen remounts once the user's rules have arrived. */
async function open(mocks: object[], language: 'es' | 'en' = 'es') {
  const view = await renderWithApp(
    <Routes>
      <Route path="/coordination/meetings/:id" element={<MeetingScreen />} />
    </Routes>,
    { path: `/coordination/meetings/${ID}`, mocks: [...mocks, followUp] as never, language },
  );
  await waitFor(() => expect(view.client.readQuery({ query: MeDocument })).not.toBeNull());
  return view;
}

describe('the meeting screen', () => {
  it('shows a member approved minutes rendered from Markdown without any HTML, and the revision differences', async () => {
    const { container } = await open([me(['AUDITOR'], 'inm'), detail(meeting()), diff]);
    expect(
      await screen.findByRole('heading', { name: 'Reunión ordinaria del tercer trimestre', level: 1 }),
    ).toBeVisible();
    expect(screen.getByText('Acta aprobada (revisión 2)')).toBeInTheDocument();
    const minutes = container.querySelector('.minutes')!;
    expect(within(minutes as HTMLElement).getByText('25 %').tagName).toBe('STRONG');
    expect(minutes.querySelector('img')).toBeNull();
    expect(minutes.querySelector('a')).toBeNull();
    expect(minutes.textContent).toContain('<img src=x onerror="alert(1)">');
    expect(screen.getByText('Jorge Herrera')).toBeInTheDocument();
    expect(screen.getByText('Por videoconferencia')).toBeInTheDocument();
    expect(screen.getByText('Motivo: Cifra corregida')).toBeInTheDocument();
    expect(await screen.findByText('- Aumento del **20 %**')).toBeInTheDocument();
    // Decisions and actions, the overdue mark as the server computed it.
    expect(await screen.findByText('Patrullaje conjunto mensual')).toBeInTheDocument();
    expect(screen.getByText('GT-MX-2026-D07')).toBeInTheDocument();
    expect(screen.getByText('Vencida')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Informar avance' })).not.toBeInTheDocument();
    // A reader takes no step and edits nothing.
    expect(screen.queryByRole('button', { name: 'Aprobar el acta' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Redactar el acta' })).not.toBeInTheDocument();
  });

  it('offers the secretariat the steps the server allows now, and the editors of a draft', async () => {
    const draft = meeting({
      minutesStatus: 'DRAFT',
      minutesRevision: 0,
      approvedAt: null,
      availableActions: ['update', 'circulate'],
      revisions: [],
    });
    await open([me(['SECRETARIAT']), detail(draft)]);
    expect(await screen.findByRole('button', { name: 'Enviar en consulta' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Aprobar el acta' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Editar el orden del día' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Registrar la asistencia' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Redactar el acta' }));
    await userEvent.click(screen.getByRole('tab', { name: 'Vista previa' }));
    expect(screen.getAllByText('25 %').some((node) => node.tagName === 'STRONG')).toBe(true);
  });

  it('lets a focal point comment on circulated minutes, in English too', async () => {
    const circulated = meeting({
      minutesStatus: 'CIRCULATED',
      minutesRevision: 0,
      approvedAt: null,
      commentDeadline: '2030-01-01T00:00:00Z',
      availableActions: ['comment'],
      revisions: [],
    });
    const comment = {
      request: {
        query: CommentOnMinutesDocument,
        variables: { agendaItemId: 'a1', body: 'Add minors.', replyToId: null },
      },
      result: { data: { commentOnMinutes: { __typename: 'MinutesComment', id: 'c1' } } },
    };
    await open([me(['LIAISON_OFFICER'], 'inm', 'en'), detail(circulated), comment], 'en');
    const box = await screen.findByRole('textbox', { name: 'Your comment on this item' });
    await userEvent.type(box, 'Add minors.');
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByRole('textbox', { name: 'Your comment on this item' })).toHaveValue('');
    expect(screen.getByText('Circulated for comment')).toBeInTheDocument();
  });

  it('shows the not-found page for a meeting the caller may not read', async () => {
    const refused = {
      request: { query: MeetingDetailDocument, variables: { id: ID } },
      result: { errors: [new GraphQLError('Meeting not found', { extensions: { code: 'NOT_FOUND' } })] },
      maxUsageCount: Number.POSITIVE_INFINITY,
    };
    await open([me(['LIAISON_OFFICER'], 'cr'), refused]);
    expect(await screen.findByRole('heading', { name: 'Página no encontrada' })).toBeInTheDocument();
  });
});
