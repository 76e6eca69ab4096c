import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import {
  AuditAgenciesDocument,
  AuditPeopleDocument,
  AuditTrailDocument,
  DataOwnerAccessLogDocument,
  VerifyAuditChainDocument,
} from './audit-trail.generated';
import { connectionPage } from '../../test/connection-page';
import { renderWithApp } from '../../test/render-with-app';
import { AuditTrailScreen } from './audit-trail-screen';

const agencies = {
  request: { query: AuditAgenciesDocument },
  result: {
    data: {
      agencies: [{ __typename: 'Agency', id: 'agency-mx', acronym: 'INM', name: 'Instituto Nacional de Migración' }],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};
const people = {
  request: { query: AuditPeopleDocument },
  result: { data: { auditPeople: [{ __typename: 'AuditPerson', id: 'ana', name: 'Ana Ruiz' }] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};
const verified = {
  request: { query: VerifyAuditChainDocument },
  result: {
    data: {
      verifyAuditChain: {
        __typename: 'AuditChainVerification',
        valid: true,
        checkedCount: 1234,
        firstBrokenSeq: null,
        lastSeq: '1234',
        lastHash: 'ab12cd34',
      },
    },
  },
};
const event = {
  __typename: 'AuditEvent',
  id: 'e1',
  seq: '1200',
  occurredAt: '2026-03-03T15:30:00.000Z',
  actorKind: 'USER',
  actorId: '0190aaaa-0000-7000-8000-000000000001',
  actorAgencyId: 'agency-mx',
  actorCountryCode: 'MX',
  action: 'personal-data.read',
  entityType: 'ReferralPerson',
  entityId: 'p-42',
  fields: ['givenNames', 'familyNames'],
  requestId: null,
  restrictedFields: ['actorId', 'requestId'],
  actorName: 'Ana Ruiz' as string | null,
  recordLabel: 'GT-MX-2026-000042',
  recordPath: '/referrals/r42',
};
const page = (nodes: (typeof event)[], hasNextPage = false, after: string | null = null) =>
  connectionPage('AuditEvent', nodes, { hasNextPage, after });

describe('the audit trail viewer', () => {
  it('says plainly that the chain verified, and lists our agency’s events', async () => {
    await renderWithApp(<AuditTrailScreen />, {
      path: '/audit',
      mocks: [
        verified,
        agencies,
        people,
        {
          request: { query: AuditTrailDocument, variables: { first: 50, filter: {} } },
          result: { data: { auditTrail: page([{ ...event, actorAgencyId: 'own', actorCountryCode: 'GT' }]) } },
        },
      ],
    });
    expect(await screen.findByText('Registro íntegro')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Descargar los puntos de control firmados/ })).toHaveAttribute(
      'href',
      '/api/audit/checkpoints',
    );
    expect(screen.getByText(/Se comprobaron 1234 eventos: ninguno fue modificado ni borrado/)).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Actividad de nuestra agencia' });
    // People by name, actions and fields in the auditor's language, records by their reference (linked).
    expect(within(table).getByText('Ana Ruiz')).toBeInTheDocument();
    expect(within(table).getByText('Leyó datos personales')).toBeInTheDocument();
    expect(within(table).getByText('Nombres')).toBeInTheDocument();
    expect(within(table).getByText('Persona de una remisión')).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: 'GT-MX-2026-000042' })).toHaveAttribute('href', '/referrals/r42');
  });

  it('warns when an event was tampered with', async () => {
    await renderWithApp(<AuditTrailScreen />, {
      mocks: [
        {
          request: { query: VerifyAuditChainDocument },
          result: {
            data: {
              verifyAuditChain: {
                ...verified.result.data.verifyAuditChain,
                valid: false,
                firstBrokenSeq: '77',
              },
            },
          },
        },
        agencies,
        people,
        {
          request: { query: AuditTrailDocument, variables: { first: 50, filter: {} } },
          result: { data: { auditTrail: page([]) } },
        },
      ],
    });
    expect(await screen.findByText('El registro fue alterado')).toBeInTheDocument();
    expect(screen.getByText(/El evento n\.º 77 no coincide/)).toBeInTheDocument();
    expect(await screen.findByText('Ningún evento coincide con estos filtros.')).toBeInTheDocument();
  });

  it('shows who in other agencies read our records, naming the agency', async () => {
    await renderWithApp(<AuditTrailScreen />, {
      path: '/audit?view=owner',
      mocks: [
        verified,
        agencies,
        people,
        {
          request: { query: DataOwnerAccessLogDocument, variables: { first: 50, filter: {} } },
          result: {
            data: { dataOwnerAccessLog: page([{ ...event, actorId: null as unknown as string, actorName: null }]) },
          },
        },
      ],
    });
    const table = await screen.findByRole('table', { name: 'Accesos de otras agencias' });
    expect(await within(table).findByText('INM · MX')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Accesos de otras agencias' })).toHaveAttribute('aria-selected', 'true');
  });

  it('filters by action, and offers a retry when the list cannot be loaded', async () => {
    await renderWithApp(<AuditTrailScreen />, {
      mocks: [
        verified,
        agencies,
        people,
        {
          request: { query: AuditTrailDocument, variables: { first: 50, filter: {} } },
          result: { data: { auditTrail: page([event], true) } },
        },
        {
          request: { query: AuditTrailDocument, variables: { first: 50, filter: { action: 'referral.send' } } },
          result: { errors: [new GraphQLError('Nope', { extensions: { code: 'FORBIDDEN' } })] },
        },
      ],
    });
    expect(await screen.findByRole('button', { name: 'Ver más eventos' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('combobox', { name: 'Acción' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Envió una remisión' }));
    await userEvent.click(screen.getByRole('button', { name: 'Filtrar' }));
    expect(await screen.findByText('No tiene permiso para hacer esto.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reintentar' })).toBeInTheDocument();
  });

  it('adds older events below the ones shown, a page at a time, until there are no more', async () => {
    const older = { ...event, id: 'e0', seq: '1100', action: 'referral.send', fields: [] };
    await renderWithApp(<AuditTrailScreen />, {
      mocks: [
        verified,
        agencies,
        people,
        {
          request: { query: AuditTrailDocument, variables: { first: 50, filter: {} } },
          result: { data: { auditTrail: page([event], true) } },
        },
        {
          request: { query: AuditTrailDocument, variables: { first: 50, filter: {}, after: 'c:e1' } },
          result: { data: { auditTrail: page([older], false, 'c:e1') } },
        },
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Ver más eventos' }));
    const table = await screen.findByRole('table', { name: 'Actividad de nuestra agencia' });
    expect(await within(table).findByText('Envió una remisión')).toBeInTheDocument();
    expect(within(table).getByText('Leyó datos personales')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ver más eventos' })).not.toBeInTheDocument();
  });
});
