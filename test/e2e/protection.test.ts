/**
 * @jest-environment node
 */
// Like every test file that starts the server: a database of its own, copied from the run's migrated template.
import '../support/per-file-database';
import { Agency, AgencyKind, User } from '../../server/src/modules/identity';
import { hashPassword } from '../../server/src/modules/identity/auth/secrets';
import { Role } from '../../server/src/platform/authz/roles';
import { startTestServer, type TestServer } from '../support/test-server';
import {
  type Browser,
  expectScreenLooksRight,
  launchChromium,
  openSignedInPage,
  pickFromList,
} from '../../web/e2e-support/browser.cjs';

const PASSWORD = 'correct horse battery staple';

/**
 * Survivor protection in a real browser: a Costa Rican case worker registers a survivor and reads her data
 * only after choosing to show it; the supervisor sees the case by its code, is refused the data until the case
 * is assigned to her, then assigns herself; a liaison officer of the same agency is offered none of it.
 */
describe('survivor protection in a real browser', () => {
  let api: TestServer;
  let browser: Browser;
  const pageErrors: string[] = [];
  let survivorPath = '';

  beforeAll(async () => {
    [api, browser] = await Promise.all([startTestServer(), launchChromium()]);
    const em = api.server.orm.em.fork();
    await em.execute(
      `insert into country (code, names, default_locale, time_zone)
       values ('CR', '{"es":"Costa Rica","en":"Costa Rica"}', 'es', 'America/Costa_Rica') on conflict (code) do nothing`,
    );
    const pani = em.create(Agency, {
      country: 'CR',
      kind: AgencyKind.PROTECTION_SERVICES,
      name: 'Patronato Nacional de la Infancia',
      acronym: 'PANI',
    });
    em.create(Agency, {
      country: 'CR',
      kind: AgencyKind.NGO_SERVICE_PROVIDER,
      name: 'Fundación Rahab',
      acronym: 'RAHAB',
    });
    const passwordHash = await hashPassword(PASSWORD);
    for (const [email, name, role] of [
      ['gestora@pani.example', 'Laura Vargas', Role.CASE_WORKER],
      ['supervisora@pani.example', 'Marcela Solís', Role.PROTECTION_SUPERVISOR],
      ['enlace@pani.example', 'Rodrigo Mora', Role.LIAISON_OFFICER],
    ] as const)
      em.create(User, { agency: pani, email, name, timeZone: 'America/Costa_Rica', roles: [role], passwordHash });
    await em.flush();
  }, 180_000);
  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  const signedInPage = (email: string, width = 1366) =>
    openSignedInPage(browser, {
      baseUrl: api.url,
      email,
      password: PASSWORD,
      pageErrors,
      context: { locale: 'es-CR', timezoneId: 'America/Costa_Rica', viewport: { width, height: 860 } },
    });

  it('a case worker registers a survivor and sees her data only after choosing to show it', async () => {
    const page = await signedInPage('gestora@pani.example');
    const menu = page.getByRole('navigation', { name: 'Navegación principal' });
    await menu.getByRole('link', { name: 'Registrar sobreviviente' }).click();
    await page.getByRole('heading', { name: 'Registrar sobreviviente', level: 1 }).waitFor();
    await page.getByLabel('Nombres').fill('María José');
    await page.getByLabel('Apellidos').fill('Espinoza Téllez');
    await page.getByLabel('Edad estimada').fill('24');
    await pickFromList(page, 'Nacionalidad', 'Nicar', 'Nicaragua');
    await pickFromList(page, 'Idiomas', 'esp', 'español');
    await pickFromList(page, 'Idiomas', 'misk', 'miskito');
    await page.getByLabel('Número de documento').fill('C 0458-2231');
    await page.getByRole('checkbox', { name: 'Necesidades médicas' }).check();
    await page.getByRole('button', { name: 'Añadir lo ocurrido' }).click();
    await page.getByRole('combobox', { name: /^Qué ocurrió/ }).click();
    await page.getByRole('option', { name: 'Trata con fines de explotación sexual' }).click();
    await page.getByLabel('Lugar').fill('La Cruz, Guanacaste');
    await expectScreenLooksRight(page, 'protection-register-es');
    await page.getByRole('button', { name: 'Registrar al sobreviviente' }).click();

    const year = new Intl.DateTimeFormat('en', { timeZone: 'America/Costa_Rica', year: 'numeric' }).format(new Date());
    await page.getByRole('heading', { name: `SV-CR-${year}-00001`, level: 1 }).waitFor();
    survivorPath = new URL(page.url()).pathname;
    // The code first; the name is not on the page until the case worker asks for it.
    expect(await page.locator('body').innerText()).not.toContain('María José');
    await expectScreenLooksRight(page, 'protection-survivor-hidden-es');
    await page.getByRole('button', { name: 'Mostrar datos personales' }).click();
    await page.getByText('María José').waitFor();
    await page.getByText('Pasaporte: C 0458-2231').waitFor();
    await expectScreenLooksRight(page, 'protection-survivor-shown-es');

    // Her consent to be sheltered by Fundación Rahab, read to her in Spanish with a witness; then withdrawn.
    await page.getByRole('button', { name: 'Registrar consentimiento' }).click();
    const dialog = page.getByRole('dialog', { name: 'Registrar consentimiento' });
    await dialog.getByText(/Le explicamos por qué pedimos su consentimiento/).waitFor();
    await dialog.getByRole('combobox', { name: /^Se comparte con/ }).click();
    await page.getByRole('option', { name: /RAHAB · Fundación Rahab/ }).click();
    await dialog.getByRole('checkbox', { name: 'Albergue seguro' }).check();
    await dialog.getByRole('checkbox', { name: 'Atención médica' }).check();
    await dialog.getByRole('checkbox', { name: 'Nombres y alias' }).check();
    // Typed in the interface language's order (dd/mm/aaaa), as the date field asks.
    const until = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10).split('-').reverse().join('/');
    await dialog.getByRole('textbox', { name: 'Hasta' }).fill(until);
    await dialog.getByLabel('Testigo').fill('Rebeca Quesada');
    await expectScreenLooksRight(page, 'protection-consent-es');
    await dialog.getByRole('button', { name: 'Registrar', exact: true }).click();
    await page.getByText('Consentimiento registrado.').waitFor();
    await page.getByText('Vigente').waitFor();
    await page.getByRole('button', { name: 'Retirar el consentimiento' }).click();
    await page.getByText('Retirado', { exact: true }).waitFor();

    // The caseload lists the code, never the name, and finds her by document number typed another way.
    await menu.getByRole('link', { name: 'Casos de protección' }).click();
    await page
      .getByRole('link', { name: `SV-CR-${year}-00001` })
      .first()
      .waitFor();
    expect(await page.locator('main').innerText()).not.toContain('María');
    await page.getByLabel('Número de documento de identidad').fill('c04582231');
    await page.getByRole('button', { name: 'Buscar' }).click();
    await page
      .getByRole('search')
      .getByRole('link', { name: `SV-CR-${year}-00001` })
      .waitFor();
    await expectScreenLooksRight(page, 'protection-caseload-es');
    await page.context().close();
  });

  it('a supervisor reads the data only once the case is assigned to her, on a phone too', async () => {
    const page = await signedInPage('supervisora@pani.example', 390);
    await page.goto(`${api.url}${survivorPath}`);
    await page
      .getByText('Solo la persona gestora y la supervisora asignadas a este caso ven los datos de la persona.')
      .waitFor();
    await page.getByRole('button', { name: 'Asignar' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: /^Supervisor/ }).click();
    await page.getByRole('option', { name: 'Marcela Solís' }).click();
    await expectScreenLooksRight(page, 'protection-assign-390');
    await dialog.getByRole('button', { name: 'Asignar' }).click();
    await page.getByText('Asignación guardada.').waitFor();
    await page.getByRole('button', { name: 'Mostrar datos personales' }).click();
    await page.getByText('María José').waitFor();
    await expectScreenLooksRight(page, 'protection-survivor-supervisor-390');
    await page.context().close();
  });

  it('offers a liaison officer of the same agency nothing of it', async () => {
    const page = await signedInPage('enlace@pani.example');
    const menu = page.getByRole('navigation', { name: 'Navegación principal' });
    expect(await menu.getByRole('link', { name: 'Casos de protección' }).count()).toBe(0);
    await page.goto(`${api.url}${survivorPath}`);
    await page.getByText('Esta pantalla es para las personas gestoras de casos y supervisoras de protección').waitFor();
    expect(await page.locator('body').innerText()).not.toContain('SV-CR-');
    await page.context().close();
  });
});
