import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { Route, Routes } from 'react-router';
import { renderWithApp } from '../../test/render-with-app';
import { RegisterSurvivorDocument } from '../protection-common/protection.operations';
import { protectionMe } from '../protection-common/protection-test-support';
import { RegisterSurvivorScreen } from './register-survivor-screen';

const input = (changes: Record<string, unknown> = {}) => ({
  givenNames: 'María José',
  familyNames: null,
  aliases: ['Majo'],
  dateOfBirth: null,
  estimatedAge: 24,
  sex: null,
  genderIdentity: null,
  nationality: 'NI',
  languages: ['es', 'miq'],
  identityDocuments: [{ kind: 'PASSPORT', number: 'C01234567', issuingCountry: null }],
  phones: [],
  email: null,
  currentLocation: null,
  vulnerabilities: ['PREGNANCY'],
  exploitations: [],
  ...changes,
});

function open(mocks: object[]) {
  return renderWithApp(
    <Routes>
      <Route path="/protection/survivors/new" element={<RegisterSurvivorScreen />} />
      <Route path="/protection/survivors/:id" element={<p>Página del sobreviviente</p>} />
    </Routes>,
    { path: '/protection/survivors/new', mocks: [protectionMe('CASE_WORKER'), ...(mocks as never[])] },
  );
}

/** Picks from a list by typing part of a name in Spanish, as a case worker does. */
async function pick(field: string, typed: string, option: string) {
  await userEvent.type(screen.getByRole('combobox', { name: field }), typed);
  await userEvent.click(await screen.findByRole('option', { name: option }));
}

async function fill() {
  await userEvent.type(await screen.findByRole('textbox', { name: 'Nombres' }), 'María José');
  await userEvent.type(screen.getByRole('textbox', { name: 'Alias' }), 'Majo');
  await userEvent.type(screen.getByRole('textbox', { name: 'Edad estimada' }), '24');
  // Countries and languages by their names, never as codes; the form sends the codes.
  await pick('Nacionalidad', 'Nicar', 'Nicaragua');
  await pick('Idiomas', 'españ', 'español');
  await pick('Idiomas', 'mísk', 'miskito');
  await userEvent.type(screen.getByRole('textbox', { name: 'Número de documento' }), 'C01234567');
  await userEvent.click(screen.getByRole('checkbox', { name: 'Embarazo' }));
}

describe('registering a survivor', () => {
  it('sends what the case worker typed and opens the new record', async () => {
    await open([
      {
        request: { query: RegisterSurvivorDocument, variables: { input: input() } },
        result: {
          data: { registerSurvivor: { __typename: 'Survivor', id: 's1', code: 'SV-CR-2026-00311' } },
        },
      },
    ]);
    await fill();
    await userEvent.click(screen.getByRole('button', { name: 'Registrar al sobreviviente' }));
    expect(await screen.findByText('Página del sobreviviente')).toBeInTheDocument();
  });

  it('shows the server’s refusal on the field it names', async () => {
    await open([
      {
        request: { query: RegisterSurvivorDocument, variables: { input: input() } },
        result: {
          errors: [
            new GraphQLError('Some fields are not valid', {
              extensions: {
                code: 'BAD_USER_INPUT',
                messageKey: 'error.badInput',
                fields: { 'input.identityDocuments.0.number': 'error.protection.documentNumberTooLong' },
              },
            }),
          ],
        },
      },
    ]);
    await fill();
    await userEvent.click(screen.getByRole('button', { name: 'Registrar al sobreviviente' }));
    expect(await screen.findByText('Un número de documento tiene como máximo 60 caracteres.')).toBeInTheDocument();
  });

  it('checks ages before sending', async () => {
    await open([]);
    await userEvent.type(await screen.findByRole('textbox', { name: 'Edad estimada' }), '130');
    await userEvent.click(screen.getByRole('button', { name: 'Registrar al sobreviviente' }));
    expect(await screen.findByText('Indique una edad entre 0 y 120.')).toBeInTheDocument();
  });
});
