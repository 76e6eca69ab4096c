/**
 * @jest-environment node
 */
import '../support/per-file-database';
import { Role } from '../../server/src/platform/authz/roles';
import { startTestServer, type TestServer } from '../support/test-server';
import {
  launchChromium,
  openSignedInPage,
  screenshot,
  seriousAccessibilityViolations,
  type Browser,
  type Page,
  untranslatedKeyPattern,
} from '../../web/e2e-support/browser.cjs';
import { anAgency, aUser, type TestUser } from '../support/factories';
import { at } from '../support/indexing';

const untranslatedKey = untranslatedKeyPattern();
const NEW_PASSWORD = 'el río Suchiate baja crecido en mayo';
const SIGNED_IN_PASSWORD = 'la garita de Tecún Umán abre temprano';

describe('a liaison officer who forgot the password resets it through the mailed link', () => {
  let api: TestServer;
  let browser: Browser;
  let officer: TestUser;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    [api, browser] = await Promise.all([startTestServer(), launchChromium()]);
    const agency = await anAgency(api.server.orm, { countryCode: 'GT' });
    officer = await aUser(api.server.orm, agency, { password: true, roles: [Role.LIAISON_OFFICER] });
  }, 180_000);
  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  async function openPage(width = 1366): Promise<Page> {
    const context = await browser.newContext({
      locale: 'es-GT',
      timezoneId: 'America/Guatemala',
      viewport: { width, height: 800 },
    });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    return page;
  }

  /** Waits for the newest reset mail (sent by a job, shortly after the request). */
  async function waitForMail(): Promise<void> {
    for (let tries = 0; tries < 50; tries += 1) {
      const rows: unknown[] = await api.server.orm.em
        .fork()
        .execute("select 1 from mail_outbox where recipient = ? and created_at > now() - interval '5 minutes'", [
          officer.email,
        ]);
      if (rows.length > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error('no reset mail arrived');
  }

  /** The link of the latest mail to the officer, as they would open it from their inbox, pointed at this server. */
  async function mailedLink(): Promise<string> {
    const rows: { text: string }[] = await api.server.orm.em
      .fork()
      .execute('select text from mail_outbox where recipient = ? order by created_at desc', [officer.email]);
    const link = new URL(/https?:\/\/\S+/.exec(at(rows, 0).text)![0]);
    return `${api.url}${link.pathname}${link.hash}`;
  }

  it('asks from the sign-in page, reads the mail, sets a new password and signs in with it', async () => {
    const page = await openPage();
    await page.goto(`${api.url}/sign-in`);
    await page.getByRole('link', { name: '¿Olvidó su contraseña?' }).click();
    await page.getByRole('heading', { name: 'Contraseña olvidada', level: 1 }).waitFor();
    await page.getByLabel('Correo electrónico institucional').fill('no es un correo');
    await page.getByRole('button', { name: 'Enviar el enlace' }).click();
    await page.getByText('Escriba un correo electrónico válido.').waitFor();
    await page.getByLabel('Correo electrónico institucional').fill(officer.email);
    await page.getByRole('button', { name: 'Enviar el enlace' }).click();
    await page
      .getByText(
        /Si este correo corresponde a una cuenta, el enlace ya va en camino. Sirve una sola vez, durante 30 minutos/,
      )
      .waitFor();
    expect(await page.locator('body').innerText()).not.toMatch(untranslatedKey);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'password-reset-requested-es');

    const link = await mailedLink();
    expect(link).toMatch(/\/reset-password#token=/);
    await page.goto(link);
    await page.getByRole('heading', { name: 'Elegir una nueva contraseña', level: 1 }).waitFor();
    await page.waitForURL(`${api.url}/reset-password`);
    expect(page.url()).not.toContain('token');
    await page.getByLabel(/^Nueva contraseña/).fill('corta');
    await page.getByLabel(/^Repita la nueva contraseña/).fill('corta');
    await page.getByRole('button', { name: 'Guardar la nueva contraseña' }).click();
    await page.getByText('La contraseña debe tener al menos 12 caracteres.').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'password-reset-new-password-es');

    await page.getByLabel(/^Nueva contraseña/).fill(NEW_PASSWORD);
    await page.getByLabel(/^Repita la nueva contraseña/).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Guardar la nueva contraseña' }).click();
    await page.waitForURL(`${api.url}/sign-in`);
    await page.getByText('Su contraseña se cambió. Entre con la nueva contraseña.').waitFor();

    // The old password no longer opens the account; the new one does.
    await page.getByLabel('Correo electrónico institucional').fill(officer.email);
    await page.getByLabel('Contraseña').fill(officer.password!);
    await page.getByRole('button', { name: 'Continuar' }).click();
    await page.getByText('El correo o la contraseña no son correctos.').waitFor();
    await page.getByLabel('Contraseña').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Continuar' }).click();
    await page.waitForURL(`${api.url}/`);
    await page.getByRole('navigation', { name: 'Navegación principal' }).waitFor();

    await page.context().close();

    // The link worked once: opened again from the mail (on another computer), it says so and offers a new one.
    const again = await openPage();
    await again.goto(link);
    await again.getByLabel(/^Nueva contraseña/).fill('otra frase larga para probar');
    await again.getByLabel(/^Repita la nueva contraseña/).fill('otra frase larga para probar');
    await again.getByRole('button', { name: 'Guardar la nueva contraseña' }).click();
    await again.getByText('El enlace ya se usó o ha caducado. Pida uno nuevo.').waitFor();
    await again.getByRole('link', { name: 'Pedir un nuevo enlace' }).waitFor();
    await again.context().close();
  }, 120_000);

  it('opened while signed in, the link still gives the form, says every session ends, and ends them', async () => {
    const page = await openSignedInPage(browser, {
      baseUrl: api.url,
      email: officer.email,
      password: NEW_PASSWORD,
      pageErrors,
      context: { locale: 'es-GT', timezoneId: 'America/Guatemala', viewport: { width: 1366, height: 800 } },
    });
    await page.getByRole('navigation', { name: 'Navegación principal' }).waitFor();
    await api.server.orm.em
      .fork()
      .execute("update mail_outbox set created_at = created_at - interval '1 hour' where recipient = ?", [
        officer.email,
      ]);
    await page.evaluate(async (email) => {
      await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
        body: JSON.stringify({
          query: 'mutation($email: String!) { requestPasswordReset(email: $email) }',
          variables: { email },
        }),
      });
    }, officer.email);
    await waitForMail();
    await page.goto(await mailedLink());
    await page.getByRole('heading', { name: 'Elegir una nueva contraseña', level: 1 }).waitFor();
    await page.getByText(/Usted tiene una sesión abierta/).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'password-reset-signed-in-es');
    await page.getByLabel(/^Nueva contraseña/).fill(SIGNED_IN_PASSWORD);
    await page.getByLabel(/^Repita la nueva contraseña/).fill(SIGNED_IN_PASSWORD);
    await page.getByRole('button', { name: 'Guardar la nueva contraseña' }).click();
    await page.waitForURL(`${api.url}/sign-in`);
    await page.getByText('Su contraseña se cambió. Entre con la nueva contraseña.').waitFor();
    // This browser's session ended with the others: the home page asks to sign in again.
    await page.goto(`${api.url}/`);
    await page.waitForURL(`${api.url}/sign-in`);
    await page.getByLabel('Correo electrónico institucional').fill(officer.email);
    await page.getByLabel('Contraseña').fill(SIGNED_IN_PASSWORD);
    await page.getByRole('button', { name: 'Continuar' }).click();
    await page.waitForURL(`${api.url}/`);
    await page.context().close();
  }, 120_000);

  it('fits a phone', async () => {
    const page = await openPage(390);
    await page.goto(`${api.url}/forgot-password`);
    await page.getByRole('heading', { name: 'Contraseña olvidada', level: 1 }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'password-reset-forgot-390-es');
    await page.context().close();
  }, 60_000);
});
