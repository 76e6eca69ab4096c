import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { Route, Routes } from 'react-router';
import { signedInAs } from '../../test/admin-sessions';
import { renderWithApp } from '../../test/render-with-app';
import { AdminCountriesDocument, CreateCountryDocument } from './countries.operations';
import { CountriesScreen } from './countries-screen';

const guatemala = {
  __typename: 'Country',
  id: 'GT',
  names: { __typename: 'LocalizedNames', es: 'Guatemala', en: 'Guatemala', pt: null, fr: null },
  defaultLocale: 'es',
  timeZone: 'America/Guatemala',
};
const countries = {
  request: { query: AdminCountriesDocument },
  result: { data: { countries: [guatemala] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function open(path: string, mocks: MockLink.MockedResponse[]) {
  return renderWithApp(
    <Routes>
      <Route path="/admin/countries" element={<CountriesScreen />} />
      <Route path="/admin/countries/:code" element={<CountriesScreen />} />
    </Routes>,
    { path, mocks },
  );
}

describe('the countries screen', () => {
  it('lists the countries for a platform administrator', async () => {
    await open('/admin/countries', [signedInAs('platformAdmin'), countries]);
    const table = await screen.findByRole('table', { name: 'Países' }, { timeout: 10_000 });
    expect(within(table).getByRole('link', { name: 'GT' })).toHaveAttribute('href', '/admin/countries/GT');
    expect(within(table).getByText('America/Guatemala')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Añadir país' })).toBeInTheDocument();
  });

  it('refuses a liaison officer, without asking the server for anything', async () => {
    await open('/admin/countries', [signedInAs('officer')]);
    expect(
      await screen.findByText(
        /Esta página la llevan los administradores de la plataforma Enlace.*pídaselo a ellos/,
        undefined,
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Añadir país' })).not.toBeInTheDocument();
  });

  it('checks the form in Spanish before sending it', async () => {
    await open('/admin/countries/new', [signedInAs('platformAdmin'), countries]);
    const dialog = await screen.findByRole('dialog', { name: 'Añadir país' }, { timeout: 10_000 });
    await userEvent.type(within(dialog).getByLabelText(/Código ISO/), 'G1');
    await userEvent.type(within(dialog).getByLabelText(/Zona horaria/), 'Marte/Olimpo');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Guardar' }));
    expect(await within(dialog).findByText('Escriba el código ISO de dos letras, por ejemplo GT.')).toBeInTheDocument();
    expect(within(dialog).getByText('Este campo es obligatorio.')).toBeInTheDocument();
    expect(within(dialog).getByText(/Escriba una zona horaria IANA válida/)).toBeInTheDocument();
  });

  it("shows the server's refusal on the field it names", async () => {
    const input = {
      code: 'BZ',
      names: { es: 'Belice', en: 'Belize', pt: null, fr: null },
      defaultLocale: 'en',
      timeZone: 'America/Belize',
    };
    const refused = {
      request: { query: CreateCountryDocument, variables: { input } },
      result: {
        errors: [
          new GraphQLError('Some fields are not valid', {
            extensions: {
              code: 'BAD_USER_INPUT',
              messageKey: 'error.badInput',
              fields: { 'input.timeZone': 'error.timeZoneUnknown' },
            },
          }),
        ],
      },
    };
    await open('/admin/countries/new', [signedInAs('platformAdmin'), countries, refused]);
    const dialog = await screen.findByRole('dialog', { name: 'Añadir país' }, { timeout: 10_000 });
    await userEvent.type(within(dialog).getByLabelText(/Código ISO/), 'bz');
    await userEvent.type(within(dialog).getByLabelText(/Nombre en español/), 'Belice');
    await userEvent.type(within(dialog).getByLabelText(/Nombre en inglés/), 'Belize');
    await userEvent.click(within(dialog).getByLabelText(/Idioma predeterminado/));
    await userEvent.click(await screen.findByRole('option', { name: 'English' }));
    await userEvent.type(within(dialog).getByLabelText(/Zona horaria/), 'America/Belize');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Guardar' }));
    const field = within(dialog).getByLabelText(/Zona horaria/);
    expect(await within(dialog).findByText('Esta zona horaria no existe.')).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });
});
