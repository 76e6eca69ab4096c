import { screen } from '@testing-library/react';
import { renderWithApp } from '../../test/render-with-app';
import { ServiceStatusScreen } from './service-status-screen';
import { ServiceStatusDocument } from './service-status.generated';
import { MeDocument } from '../../session/me.generated';
import { IdentityReindexRunsDocument } from './reindex-runs.generated';

const signedIn = (roles: string[], locale = 'es') => ({
  request: { query: MeDocument },
  result: {
    data: {
      me: {
        __typename: 'Me',
        id: 'user-oim',
        name: 'Operator',
        email: 'operator@example.org',
        locale,
        timeZone: 'America/Guatemala',
        roles,
        totpEnabled: true,
        agency: { __typename: 'Agency', id: 'gt-oim', name: 'OIM', acronym: 'OIM' },
        permissions: [],
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
});
const operator = signedIn(['PLATFORM_ADMIN']);

const serviceStatus = {
  request: { query: ServiceStatusDocument },
  result: {
    data: {
      health: {
        __typename: 'Health',
        version: '0.1.0',
        database: 'PostgreSQL 18.4',
        databaseTime: '2026-03-05T18:30:00Z',
      },
      countries: [
        {
          __typename: 'Country',
          id: 'GT',
          names: { __typename: 'LocalizedNames', es: 'Guatemala', en: 'Guatemala', pt: 'Guatemala', fr: 'Guatemala' },
        },
        {
          __typename: 'Country',
          id: 'MX',
          names: { __typename: 'LocalizedNames', es: 'México', en: 'Mexico', pt: 'México', fr: 'Mexique' },
        },
      ],
    },
  },
};

const reindexRuns = {
  request: { query: IdentityReindexRunsDocument },
  result: {
    data: {
      identityReindexRuns: [
        {
          __typename: 'IdentityReindexProgress',
          id: 'run-1',
          targetVersion: 2,
          status: 'DONE',
          total: 130,
          done: 120,
          notReindexable: 10,
          startedAt: '2026-03-05T18:00:00Z',
          finishedAt: '2026-03-05T18:01:00Z',
          mechanism: {
            __typename: 'Mechanism',
            id: 'gt-mx',
            names: { __typename: 'LocalizedNames', es: 'Guatemala–México', en: null, pt: null, fr: null },
          },
        },
      ],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/** No re-indexing has run yet. */
const noRuns = { ...reindexRuns, result: { data: { identityReindexRuns: [] } } };

describe('the service status, for the platform operators', () => {
  it('shows how far re-indexing went after a check key rotation, in counts only', async () => {
    await renderWithApp(<ServiceStatusScreen />, { mocks: [operator, serviceStatus, reindexRuns] });
    expect(await screen.findByText('Guatemala–México, versión de clave 2 · terminada')).toBeInTheDocument();
    expect(
      screen.getByText(/120 de 120 registros reindexados; 10 registros anteriores conservan su versión/),
    ).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Avance de la reindexación de Guatemala–México' })).toHaveAttribute(
      'aria-valuenow',
      '100',
    );
  });

  it('tells an officer the service is up and which countries are on the network', async () => {
    await renderWithApp(<ServiceStatusScreen />, { mocks: [operator, serviceStatus, noRuns] });
    expect(await screen.findByText('Comprobando el servicio…')).toBeInTheDocument();
    expect(await screen.findByText('En servicio')).toBeInTheDocument();
    expect(screen.getByText('PostgreSQL 18.4')).toBeInTheDocument();
    expect(screen.getByText('2 países en la red')).toBeInTheDocument();
    expect(screen.getByText('México')).toBeInTheDocument();
  });

  it('names the countries in the interface language, with ICU plurals', async () => {
    await renderWithApp(<ServiceStatusScreen />, {
      language: 'fr',
      mocks: [signedIn(['PLATFORM_ADMIN'], 'fr'), serviceStatus, noRuns],
    });
    expect(await screen.findByText('Mexique')).toBeInTheDocument();
    expect(screen.getByText('2 pays dans le réseau')).toBeInTheDocument();
  });

  it('says so when the server does not answer', async () => {
    await renderWithApp(<ServiceStatusScreen />, {
      mocks: [operator, { ...serviceStatus, result: undefined, error: new TypeError('Failed to fetch') }],
    });
    expect(await screen.findByText(/El servidor no responde/)).toBeInTheDocument();
  });

  it('is not shown to anyone else, who is told what they can do instead', async () => {
    await renderWithApp(<ServiceStatusScreen />, { mocks: [signedIn(['AUDITOR'])] });
    expect(
      await screen.findByText('El estado del servicio es para los administradores de la plataforma.'),
    ).toBeInTheDocument();
    expect(screen.queryByText('En servicio')).not.toBeInTheDocument();
  });
});
