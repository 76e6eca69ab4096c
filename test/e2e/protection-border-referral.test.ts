/**
 * @jest-environment node
 */
// Like every test file that starts the server: a database of its own, copied from the run's migrated template.
import '../support/per-file-database';
import { Agency, AgencyKind, MechanismKind, User } from '../../server/src/modules/identity';
import { hashPassword } from '../../server/src/modules/identity/auth/secrets';
import { Role } from '../../server/src/platform/authz/roles';
import { aMechanism } from '../support/factories';
import { startTestServer, type TestServer } from '../support/test-server';
import {
  type Browser,
  launchChromium,
  type Page,
  pickFromList,
  screenshot,
  seriousAccessibilityViolations,
  untranslatedKeyPattern,
  waitUntilTrue,
} from '../../web/e2e-support/browser.cjs';

const untranslatedKey = untranslatedKeyPattern();
const PASSWORD = 'correct horse battery staple';

/**
 * A referral to protection from a border post, in a real browser: a migration liaison officer at Peñas Blancas
 * screens Yessenia, finds trafficking indicators, reads her the consent text in Spanish and refers her to PANI
 * (only names, age, languages, where she is); PANI's case worker reads it on a phone, accepts, and a survivor record
 * opens; the officer then sees the survivor's code and nothing of what was sent.
 */
jest.setTimeout(180_000);

describe('a referral to protection from a border post, in a real browser', () => {
  let api: TestServer;
  let browser: Browser;
  const pageErrors: string[] = [];
  let referralCode = '';

  beforeAll(async () => {
    [api, browser] = await Promise.all([startTestServer(), launchChromium()]);
    const em = api.server.orm.em.fork();
    await em.execute(
      `insert into country (code, names, default_locale, time_zone)
       values ('CR', '{"es":"Costa Rica","en":"Costa Rica"}', 'es', 'America/Costa_Rica') on conflict (code) do nothing`,
    );
    const dgme = em.create(Agency, {
      country: 'CR',
      kind: AgencyKind.MIGRATION_AUTHORITY,
      name: 'Dirección General de Migración y Extranjería',
      acronym: 'DGME',
    });
    const pani = em.create(Agency, {
      country: 'CR',
      kind: AgencyKind.PROTECTION_SERVICES,
      name: 'Patronato Nacional de la Infancia',
      acronym: 'PANI',
    });
    const passwordHash = await hashPassword(PASSWORD);
    const person = (agency: Agency, email: string, name: string, role: Role) =>
      em.create(User, { agency, email, name, timeZone: 'America/Costa_Rica', roles: [role], passwordHash });
    person(dgme, 'enlace@dgme.example', 'Luis Rojas', Role.LIAISON_OFFICER);
    person(pani, 'gestora@pani.example', 'Laura Vargas', Role.CASE_WORKER);
    await em.flush();
    await aMechanism(api.server.orm, { kind: MechanismKind.NATIONAL, countries: ['CR'], members: [dgme, pani] });
  }, 180_000);
  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  async function signedInPage(email: string, width = 1366): Promise<Page> {
    const context = await browser.newContext({
      locale: 'es-CR',
      timezoneId: 'America/Costa_Rica',
      viewport: { width, height: 860 },
    });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${api.url}/sign-in`);
    await page.getByLabel('Correo electrónico institucional').fill(email);
    await page.getByLabel('Contraseña').fill(PASSWORD);
    await page.getByRole('button', { name: 'Continuar' }).click();
    await page.waitForURL(`${api.url}/`);
    return page;
  }

  async function looksRight(page: Page, name: string) {
    await waitUntilTrue(
      page,
      `[...document.querySelectorAll('.MuiDialog-container, .MuiBackdrop-root, .MuiSnackbar-root > *')]
        .every((element) => getComputedStyle(element).opacity === '1')`,
    );
    expect(await page.locator('body').innerText()).not.toMatch(untranslatedKey);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.evaluate('window.scrollTo(0, 0)');
    await screenshot(page, name);
  }

  it('the liaison officer screens the person and refers her to protection with her consent', async () => {
    const page = await signedInPage('enlace@dgme.example');
    await page.getByRole('link', { name: 'Remisiones a protección' }).click();
    await page.getByRole('heading', { name: 'Remisiones a protección', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Tamizar y remitir a protección' }).click();
    await page.getByRole('heading', { name: 'Tamizar y remitir a protección', level: 1 }).waitFor();
    for (const indicator of ['Engaño sobre el trabajo', 'Comercio sexual forzado', 'Documentos retenidos por otros'])
      await page.getByRole('radiogroup', { name: indicator }).getByRole('radio', { name: 'Sí' }).check();
    await page.getByLabel('Lugar (p. ej. puesto fronterizo)').fill('Peñas Blancas');
    await page
      .getByLabel(/^Motivos de la conclusión/)
      .fill('Le ofrecieron trabajo de mesera; le retuvieron el pasaporte.');
    await page.getByLabel('Nombres', { exact: true }).fill('Yessenia');
    await page.getByLabel(/^Edad estimada/).fill('24');
    await pickFromList(page, 'Nacionalidad', 'Nica', 'Nicaragua');
    await pickFromList(page, /^Idiomas/, 'espa', 'español');
    await page.getByLabel(/^Dónde está la persona ahora/).fill('Oficina de migración, Peñas Blancas');
    await page.getByLabel(/^Testigo/).fill('Oficial Marta Solís');

    // Without the consent read and a protection agency, nothing is sent.
    await page.getByRole('button', { name: 'Enviar remisión' }).click();
    await page.getByText('Confirme que leyó el texto de consentimiento y que la persona aceptó.').waitFor();
    await page.getByRole('checkbox', { name: /^Leí este texto a la persona/ }).check();
    await page.getByRole('combobox', { name: /^Remitir a/ }).click();
    await page.getByRole('option', { name: 'Patronato Nacional de la Infancia' }).click();
    await looksRight(page, 'protection-border-referral-form-es');
    await page.getByRole('button', { name: 'Enviar remisión' }).click();
    await page.getByText(/^Remisión PR-CR-\d{4}-00001 enviada\.$/).waitFor();
    referralCode = (await page.getByRole('heading', { level: 1, name: /^PR-CR-/ }).innerText()).trim();
    expect(referralCode).toMatch(/^PR-CR-\d{4}-00001$/);
    await page.getByText('Esperando respuesta').waitFor();
    await page.getByText('Lo que se envió sobre la persona solo lo ve la institución de protección.').waitFor();
    expect(await page.locator('main').innerText()).not.toContain('Yessenia');
    await looksRight(page, 'protection-border-referral-sent-es');
    await page.context().close();
  });

  it('the protection case worker reads it on a phone and accepts: a survivor record opens', async () => {
    const page = await signedInPage('gestora@pani.example', 390);
    await page.getByRole('button', { name: 'Abrir el menú' }).click();
    await page.getByRole('link', { name: 'Remisiones a protección' }).click();
    await page
      .getByRole('tab', { name: 'Recibidas', selected: true })
      .waitFor()
      .catch(() => undefined);
    await page.getByRole('link', { name: referralCode }).click();
    await page.getByText('Yessenia').waitFor();
    await page.getByText('Oficina de migración, Peñas Blancas').waitFor();
    await page.getByText('Comercio sexual forzado').waitFor();
    await looksRight(page, 'protection-border-referral-received-390');
    await page.getByRole('button', { name: 'Aceptar y abrir expediente' }).click();
    await page.getByText(/^Aceptada: expediente SV-CR-\d{4}-00001 abierto\.$/).waitFor();
    await page.getByText('Aceptada', { exact: true }).first().waitFor();
    await page.goto(`${api.url}/protection/caseload`);
    await page
      .getByText(/SV-CR-\d{4}-00001/)
      .first()
      .waitFor();
    await page.context().close();
  });

  it('the officer sees the survivor code and never the person', async () => {
    const page = await signedInPage('enlace@dgme.example', 390);
    await page.goto(`${api.url}/protection/border-referrals`);
    await page.getByRole('link', { name: referralCode }).click();
    await page.getByText(/SV-CR-\d{4}-00001/).waitFor();
    await page.getByText('Aceptada', { exact: true }).first().waitFor();
    const main = await page.locator('main').innerText();
    for (const secret of ['Yessenia', 'Peñas Blancas', 'Marta']) expect(main).not.toContain(secret);
    await looksRight(page, 'protection-border-referral-outline-390');
    await page.context().close();
  });
});
