import { screen } from '@testing-library/react';
import { renderWithApp } from '../../test/render-with-app';
import { HomeScreen } from './home-screen';
import { ServiceStatusDocument } from './service-status.generated';

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

describe('the home screen', () => {
  it('tells an officer the service is up and which countries are on the network', async () => {
    await renderWithApp(<HomeScreen />, { mocks: [serviceStatus] });
    expect(screen.getByText('Comprobando el servicio…')).toBeInTheDocument();
    expect(await screen.findByText('En servicio')).toBeInTheDocument();
    expect(screen.getByText('PostgreSQL 18.4')).toBeInTheDocument();
    expect(screen.getByText('2 países en la red')).toBeInTheDocument();
    expect(screen.getByText('México')).toBeInTheDocument();
  });

  it('names the countries in the interface language, with ICU plurals', async () => {
    await renderWithApp(<HomeScreen />, { language: 'fr', mocks: [serviceStatus] });
    expect(await screen.findByText('Mexique')).toBeInTheDocument();
    expect(screen.getByText('2 pays dans le réseau')).toBeInTheDocument();
  });

  it('says so when the server does not answer', async () => {
    await renderWithApp(<HomeScreen />, {
      mocks: [{ ...serviceStatus, result: undefined, error: new TypeError('Failed to fetch') }],
    });
    expect(await screen.findByText(/El servidor no responde/)).toBeInTheDocument();
  });
});
