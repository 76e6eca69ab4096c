import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../test/render-with-app';
import { formatDuration } from './deadlines-section';
import { MechanismForm } from './mechanism-form';

const names = (es: string) => ({ __typename: 'LocalizedNames' as const, es, en: null, pt: null, fr: null });
const country = (id: string, name: string) => ({ __typename: 'Country' as const, id, names: names(name) });
const agency = (id: string, acronym: string, countryId: string, active = true) => ({
  __typename: 'Agency' as const,
  id,
  name: `${acronym} agency`,
  acronym,
  active,
  country: { __typename: 'Country' as const, id: countryId },
});
const options = {
  countries: [country('AR', 'Argentina'), country('BR', 'Brasil'), country('PY', 'Paraguay'), country('CL', 'Chile')],
  agencies: [
    agency('ar-gna', 'GNA', 'AR'),
    agency('br-pf', 'PF', 'BR'),
    agency('py-dnm', 'DNM', 'PY'),
    agency('cl-pdi', 'PDI', 'CL'),
    agency('py-old', 'OLD', 'PY', false),
  ],
};

async function choose(label: RegExp, option: string) {
  await userEvent.click(screen.getByRole('combobox', { name: label }));
  await userEvent.click(await screen.findByRole('option', { name: option }));
}

describe('the mechanism form', () => {
  it('offers only active agencies of the member countries, and sends a valid trinational mechanism', async () => {
    const onSubmit = jest.fn(() => Promise.resolve());
    await renderWithApp(<MechanismForm options={options} onSubmit={onSubmit} />);
    await choose(/^Tipo/, 'Trinacional');
    await userEvent.type(screen.getByLabelText(/Nombre en español/), 'Triple Frontera');
    await userEvent.click(screen.getByRole('combobox', { name: /^Países miembros/ }));
    for (const name of ['Argentina (AR)', 'Brasil (BR)', 'Paraguay (PY)'])
      await userEvent.click(screen.getByRole('option', { name }));
    await userEvent.keyboard('{Escape}');

    await userEvent.click(screen.getByRole('combobox', { name: /^Agencias miembro/ }));
    const offered = within(screen.getByRole('listbox'))
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(offered).toEqual(['GNA · GNA agency (AR)', 'PF · PF agency (BR)', 'DNM · DNM agency (PY)']);
    await userEvent.click(screen.getByRole('option', { name: 'GNA · GNA agency (AR)' }));
    await userEvent.click(screen.getByRole('option', { name: 'PF · PF agency (BR)' }));
    await userEvent.keyboard('{Escape}');
    await choose(/^Secretaría/, 'PF · PF agency (BR)');
    await userEvent.click(screen.getByRole('button', { name: 'Añadir paso fronterizo' }));
    await userEvent.type(screen.getByLabelText(/Paso fronterizo 1/), 'Puente de la Amistad');
    await userEvent.type(screen.getByLabelText(/Latitud/), '-25.5088');

    await userEvent.click(screen.getByRole('button', { name: 'Guardar' }));
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({
        kind: 'TRINATIONAL',
        countryCodes: ['AR', 'BR', 'PY'],
        memberAgencyIds: ['ar-gna', 'br-pf'],
        secretariatAgencyId: 'br-pf',
        crossingPoints: [{ name: 'Puente de la Amistad', latitude: '-25.5088', longitude: '' }],
      }),
    );
  });

  it('explains in Spanish what is wrong before sending', async () => {
    const onSubmit = jest.fn(() => Promise.resolve());
    await renderWithApp(<MechanismForm options={options} onSubmit={onSubmit} />);
    await choose(/^Tipo/, 'Binacional');
    await choose(/^Países miembros/, 'Chile (CL)');
    await userEvent.keyboard('{Escape}');
    await userEvent.click(screen.getByRole('button', { name: 'Añadir paso fronterizo' }));
    await userEvent.type(screen.getByLabelText(/Longitud/), '200');
    await userEvent.click(screen.getByRole('button', { name: 'Guardar' }));
    expect(await screen.findByText('Un mecanismo binacional tiene exactamente 2 países.')).toBeInTheDocument();
    expect(screen.getByText('La longitud es un número entre -180 y 180.')).toBeInTheDocument();
    expect(screen.getAllByText('Este campo es obligatorio.').length).toBeGreaterThanOrEqual(3);
    expect(onSubmit).not.toHaveBeenCalled();
  });
});

describe('referral deadlines', () => {
  it('read in the largest whole unit, in the user’s language', () => {
    expect(formatDuration(1440, 'es')).toBe('1 día');
    expect(formatDuration(4320, 'pt')).toBe('3 dias');
    expect(formatDuration(120, 'en')).toBe('2 hours');
    expect(formatDuration(90, 'fr')).toBe('90 minutes');
  });
});
