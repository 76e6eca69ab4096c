/**
 * @jest-environment node
 */
// Like every test file that starts the server: a database of its own, copied from the run's migrated template.
import '../support/per-file-database';
import { type Agency, AgencyKind } from '../../server/src/modules/identity';
import { Role } from '../../server/src/platform/authz/roles';
import { startTestServer, type TestServer } from '../support/test-server';
import {
  type Browser,
  expectScreenLooksRight,
  launchChromium,
  openSignedInPage,
  type Page,
  screenshot,
  seriousAccessibilityViolations,
} from '../../web/e2e-support/browser.cjs';
import { anAgency, aUser, TEST_TOTP_SECRET, totpCode } from '../support/factories';
import { at } from '../support/indexing';

const PASSWORD = 'correct horse battery staple';

interface BrowserUser {
  email: string;
  totp: boolean;
}

/**
 * Administration in real browsers: a platform administrator (with a second factor) adds an agency and sets up
 * a Guatemala–Mexico mechanism; an agency administrator invites a person and disables another; a liaison
 * officer sees no administration and is refused by URL.
 */
describe('administering Enlace in real browsers', () => {
  let api: TestServer;
  let browser: Browser;
  const pageErrors: string[] = [];
  const people = {} as Record<
    'platformAdmin' | 'agencyAdmin' | 'secondAgencyAdmin' | 'officer' | 'secretariat',
    BrowserUser
  >;
  let leavingName = '';
  let mechanismPath = '';

  beforeAll(async () => {
    [api, browser] = await Promise.all([startTestServer(), launchChromium()]);
    const orm = api.server.orm;
    const agency = (countryCode: string, acronym: string, name: string, kind: AgencyKind) =>
      anAgency(orm, { countryCode, kind, name, acronym });
    const igm = await agency('GT', 'IGM', 'Instituto Guatemalteco de Migración', AgencyKind.MIGRATION_AUTHORITY);
    const pnc = await agency('GT', 'PNC', 'Policía Nacional Civil', AgencyKind.BORDER_POLICE);
    await agency('MX', 'INM', 'Instituto Nacional de Migración', AgencyKind.MIGRATION_AUTHORITY);
    const oim = await agency(
      'GT',
      'OIM',
      'Organización Internacional para las Migraciones',
      AgencyKind.INTERNATIONAL_ORGANISATION,
    );
    const person = async (home: Agency, email: string, name: string, role: Role, totp = false) => {
      await aUser(orm, home, { email, name, timeZone: 'America/Guatemala', roles: [role], password: PASSWORD, totp });
      return { email, totp };
    };
    people.platformAdmin = await person(oim, 'plataforma@oim.example', 'Carla Méndez', Role.PLATFORM_ADMIN, true);
    people.agencyAdmin = await person(igm, 'admin@igm.example', 'Ana López', Role.AGENCY_ADMIN, true);
    people.secondAgencyAdmin = await person(igm, 'admin2@igm.example', 'Berta Ramos', Role.AGENCY_ADMIN, true);
    people.officer = await person(pnc, 'oficial@pnc.example', 'Jorge Ixcoy', Role.LIAISON_OFFICER);
    people.secretariat = await person(igm, 'secretaria@igm.example', 'Eva Say', Role.SECRETARIAT);
    leavingName = 'Luis Pérez';
    await person(igm, 'luis.perez@igm.example', leavingName, Role.LIAISON_OFFICER);
  }, 180_000);
  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  const signedInPage = (who: BrowserUser) =>
    openSignedInPage(browser, {
      baseUrl: api.url,
      email: who.email,
      password: PASSWORD,
      pageErrors,
      context: { locale: 'es-GT', timezoneId: 'America/Guatemala', viewport: { width: 1280, height: 800 } },
      // The code the person's authenticator app would show now, computed from the same secret.
      secondFactorCode: who.totp ? () => totpCode(TEST_TOTP_SECRET) : undefined,
    });

  async function choose(page: Page, field: RegExp, ...options: string[]) {
    await page.getByRole('combobox', { name: field }).click();
    for (const option of options) await page.getByRole('option', { name: option, exact: true }).click();
    if (options.length > 1) await page.keyboard.press('Escape');
  }

  it('a platform administrator adds an agency and sets up a Guatemala–Mexico mechanism', async () => {
    const page = await signedInPage(people.platformAdmin);
    const menu = page.getByRole('navigation', { name: 'Navegación principal' });
    await menu.getByRole('link', { name: 'Agencias' }).click();
    await page.getByRole('heading', { name: 'Agencias', level: 1 }).waitFor();
    await page.getByRole('row', { name: /INM/ }).waitFor();
    await expectScreenLooksRight(page, 'admin-agencies-es');

    await page.getByRole('link', { name: 'Añadir agencia' }).click();
    const dialog = page.getByRole('dialog', { name: 'Añadir agencia' });
    // Nothing filled in: the messages are in Spanish, next to the fields, and nothing is sent.
    await dialog.getByRole('button', { name: 'Guardar' }).click();
    await dialog.getByText('Este campo es obligatorio.').first().waitFor();
    await choose(page, /^País/, 'Guatemala (GT)');
    await choose(page, /^Tipo de agencia/, 'Fiscalía');
    await dialog.getByLabel(/^Nombre/).fill('Ministerio Público — Fiscalía contra la Trata');
    await dialog.getByLabel(/^Sigla/).fill('MP');
    await dialog.getByLabel(/^Punto de contacto/).fill('enlace@mp.gob.gt');
    await expectScreenLooksRight(page, 'admin-agency-form-es');
    await dialog.getByRole('button', { name: 'Guardar' }).click();
    await page.getByText('Agencia MP añadida.').waitFor();
    await page.getByRole('row', { name: /Ministerio Público — Fiscalía contra la Trata/ }).waitFor();
    expect(page.url()).toBe(`${api.url}/admin/agencies`);

    // The country filter is in the address, so it survives a reload.
    await choose(page, /^País/, 'México');
    await page.waitForURL(`${api.url}/admin/agencies?country=MX`);
    await page.reload();
    await page.getByRole('row', { name: /INM/ }).waitFor();
    expect(await page.getByRole('row', { name: /IGM/ }).count()).toBe(0);

    await menu.getByRole('link', { name: 'Mecanismos' }).click();
    await page.getByText('Todavía no hay mecanismos. Cree el primero.').waitFor();
    await page.getByRole('link', { name: 'Crear mecanismo' }).click();
    await page.getByRole('heading', { name: 'Crear mecanismo', level: 1 }).waitFor();
    await choose(page, /^Tipo/, 'Binacional');
    await page.getByLabel(/^Nombre en español/).fill('Mesa binacional Guatemala-México');
    await page.getByLabel(/^Nombre en inglés/).fill('Guatemala-Mexico binational desk');
    await choose(page, /^Países miembros/, 'Guatemala (GT)', 'México (MX)');
    await choose(
      page,
      /^Agencias miembro/,
      'IGM · Instituto Guatemalteco de Migración (GT)',
      'MP · Ministerio Público — Fiscalía contra la Trata (GT)',
      'INM · Instituto Nacional de Migración (MX)',
    );
    await choose(page, /^Secretaría/, 'IGM · Instituto Guatemalteco de Migración (GT)');
    await page.getByRole('button', { name: 'Añadir paso fronterizo' }).click();
    await page.getByLabel(/^Paso fronterizo 1/).fill('Tecún Umán – Ciudad Hidalgo');
    await page.getByLabel(/^Latitud/).fill('14.6778');
    await page.getByLabel(/^Longitud/).fill('-92.1436');
    await expectScreenLooksRight(page, 'admin-mechanism-new-es');
    await page.getByRole('button', { name: 'Guardar' }).click();

    await page.waitForURL(/\/admin\/mechanisms\/[0-9a-f-]{36}$/);
    mechanismPath = new URL(page.url()).pathname;
    await page.getByRole('heading', { name: 'Mesa binacional Guatemala-México', level: 1 }).waitFor();
    await page.getByText('Mecanismo «Mesa binacional Guatemala-México» creado.').waitFor();
    // The deadlines are the portal's defaults, and only the secretariat may change them.
    await page.getByRole('table', { name: 'Plazos de las remisiones' }).waitFor();
    await page.getByText(/Solo la secretaría del mecanismo puede cambiarlos/).waitFor();
    expect(await page.getByRole('button', { name: 'Cambiar plazos' }).count()).toBe(0);
    await expectScreenLooksRight(page, 'admin-mechanism-detail-es');

    // A deep link to the page opens it as it is saved.
    await page.reload();
    await expect(page.getByLabel(/^Paso fronterizo 1/).inputValue()).resolves.toBe('Tecún Umán – Ciudad Hidalgo');
    await page.context().close();
  }, 180_000);

  it('an agency administrator invites a person and disables another', async () => {
    const page = await signedInPage(people.agencyAdmin);
    const menu = page.getByRole('navigation', { name: 'Navegación principal' });
    expect(await menu.getByRole('link', { name: 'Países' }).count()).toBe(0);
    await menu.getByRole('link', { name: 'Personas de la agencia' }).click();
    const table = page.getByRole('table', { name: 'Personas de la agencia' });
    await table.getByRole('row', { name: new RegExp(leavingName) }).waitFor();
    // Nobody can disable their own account.
    expect(await table.getByRole('button', { name: 'Desactivar a Ana López' }).count()).toBe(0);
    await expectScreenLooksRight(page, 'admin-users-es');

    await page.getByRole('button', { name: 'Invitar a una persona' }).click();
    const invite = page.getByRole('dialog', { name: 'Invitar a una persona' });
    await invite.getByLabel(/^Nombre/).fill('Rosa Cux');
    await invite.getByLabel(/^Correo electrónico/).fill('rosa.cux@igm.example');
    await invite.getByLabel('Oficial de enlace').check();
    await invite.getByLabel('Gestor de casos').check();
    await expectScreenLooksRight(page, 'admin-user-invite-es');
    await invite.getByRole('button', { name: 'Enviar invitación' }).click();
    // Operational roles wait for a second administrator: listed, and not decidable by the one who asked.
    await page
      .getByText('Se solicitaron funciones operativas: se aplicarán cuando otro administrador las apruebe.')
      .waitFor();
    const waiting = page.getByRole('region', { name: 'Funciones pendientes de un segundo administrador' });
    await waiting.getByText('Rosa Cux: Oficial de enlace, Gestor de casos').waitFor();
    await waiting.getByText(/Usted lo solicitó/).waitFor();
    expect(await waiting.getByRole('button', { name: /Aprobar/ }).count()).toBe(0);
    const invited = table.getByRole('row', { name: /Rosa Cux/ });
    // An invited person's account waits for their password: marked as such, nothing to reactivate.
    await invited.getByText('Invitación pendiente').waitFor();
    expect(await invited.getByRole('button', { name: /Reactivar/ }).count()).toBe(0);

    // The same e-mail again: the server's refusal shows on the e-mail field, in Spanish.
    await page.getByRole('button', { name: 'Invitar a una persona' }).click();
    await invite.getByLabel(/^Nombre/).fill('Rosa Cux');
    await invite.getByLabel(/^Correo electrónico/).fill('rosa.cux@igm.example');
    await invite.getByLabel('Oficial de enlace').check();
    await invite.getByRole('button', { name: 'Enviar invitación' }).click();
    await invite.getByRole('alert').getByText('Ya hay una persona con este correo en Enlace.').waitFor();
    await invite.getByRole('button', { name: 'Cancelar' }).click();

    await table.getByRole('button', { name: `Desactivar a ${leavingName}` }).click();
    const confirm = page.getByRole('dialog', { name: `¿Desactivar a ${leavingName}?` });
    await confirm.getByRole('button', { name: 'Desactivar' }).click();
    await page.getByText(`Se desactivó la cuenta de ${leavingName} y se cerraron sus sesiones.`).waitFor();
    await table.getByRole('button', { name: `Reactivar a ${leavingName}` }).waitFor();
    await expectScreenLooksRight(page, 'admin-users-after-es');

    // The server agrees: the disabled person can no longer sign in.
    const signIn = await api.graphql<{ signIn: { status: string } }>(
      'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { status } }',
      { email: 'luis.perez@igm.example', password: PASSWORD },
    );
    expect(signIn.errors?.[0]?.extensions?.code).toBeDefined();

    // API tokens: the secret is shown once; revoking is asked first.
    await menu.getByRole('link', { name: 'Credenciales de sistema' }).click();
    await page.getByText('Su agencia todavía no tiene credenciales de sistema.').waitFor();
    await page.getByRole('button', { name: 'Crear credencial' }).click();
    const create = page.getByRole('dialog', { name: 'Crear credencial' });
    await create.getByLabel(/^Nombre/).fill('Sistema de gestión de casos');
    await create.getByLabel(/^Alcances/).fill('referrals:read');
    await create.getByLabel('Oficial de enlace').check();
    await create.getByRole('button', { name: 'Crear' }).click();
    const secret = page.getByRole('dialog', { name: 'Copie el secreto ahora' });
    const token = await secret.getByLabel('Secreto de la credencial').inputValue();
    expect(token.length).toBeGreaterThan(20);
    await expectScreenLooksRight(page, 'admin-api-token-secret-es');
    await secret.getByRole('button', { name: 'Ya lo copié, cerrar' }).click();
    const row = page.getByRole('row', { name: /Sistema de gestión de casos/ });
    await row.getByRole('button', { name: '¿Revocar «Sistema de gestión de casos»?' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Revocar' }).click();
    await row.getByText(/^Revocada el /).waitFor();
    expect(await page.locator('body').innerText()).not.toContain(token);
    await expectScreenLooksRight(page, 'admin-api-tokens-es');

    // Home: the roles asked for Rosa Cux and for the credential wait for another administrator, not for the one
    // who asked.
    await page.goto(api.url);
    const home = page.getByRole('region', { name: 'Lo que espera de la administración' });
    await home.getByRole('link', { name: '2 solicitudes suyas esperan a otro administrador' }).waitFor();
    expect(await home.getByText(/Funciones pedidas para/).count()).toBe(0);
    await expectScreenLooksRight(page, 'home-agency-admin-es');
    await page.context().close();
  }, 180_000);

  it("the agency's other administrator finds the roles to decide on the home page", async () => {
    const page = await signedInPage(people.secondAgencyAdmin);
    const home = page.getByRole('region', { name: 'Lo que espera de la administración' });
    await home.getByRole('link', { name: 'Funciones pedidas para Rosa Cux: apruebe o rechace' }).click();
    const waiting = page.getByRole('region', { name: 'Funciones pendientes de un segundo administrador' });
    await waiting.getByText('Rosa Cux: Oficial de enlace, Gestor de casos').waitFor();
    await waiting
      .getByRole('button', { name: /Aprobar/ })
      .first()
      .waitFor();
    await page.context().close();
  }, 120_000);

  it("the mechanism's secretariat sets its referral deadlines", async () => {
    const page = await signedInPage(people.secretariat);
    const menu = page.getByRole('navigation', { name: 'Navegación principal' });
    await menu.getByRole('link', { name: 'Mecanismos' }).click();
    expect(await page.getByRole('link', { name: 'Crear mecanismo' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Mesa binacional Guatemala-México' }).click();
    await page.getByRole('heading', { name: 'Mesa binacional Guatemala-México', level: 1 }).waitFor();
    // A secretariat reads the mechanism but may not change its membership.
    await page.getByText('IGM · Instituto Guatemalteco de Migración').first().waitFor();
    expect(await page.getByRole('button', { name: 'Guardar' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Cambiar plazos' }).click();
    // Deadlines in hours and days, as people think of them (the API still counts minutes).
    await page.getByLabel('Confirmar recepción (Inmediata)', { exact: true }).fill('2');
    await page.getByLabel('Responder (Inmediata)', { exact: true }).fill('1');
    await page.getByLabel('Unidad de «Responder (Inmediata)»').selectOption('HOURS');
    await page.getByRole('button', { name: 'Guardar' }).click();
    await page.getByText('El plazo para responder no puede ser menor que el de confirmar la recepción.').waitFor();
    await page.getByLabel('Responder (Inmediata)', { exact: true }).fill('4');
    await page.getByLabel('Responder (Ordinaria)', { exact: true }).fill('10');
    await page.getByLabel('Unidad de «Responder (Ordinaria)»').selectOption('DAYS');
    await expectScreenLooksRight(page, 'admin-deadlines-form-es');
    await page.getByRole('button', { name: 'Guardar' }).click();
    await page.getByText('Plazos guardados.').waitFor();
    const immediate = page.getByRole('row', { name: /Inmediata/ });
    await immediate.getByText('2 horas').waitFor();
    await immediate.getByText('4 horas').waitFor();
    await page
      .getByRole('row', { name: /Ordinaria/ })
      .getByText('10 días')
      .waitFor();
    await immediate.getByText('Fijado por la secretaría').waitFor();
    await expectScreenLooksRight(page, 'admin-mechanism-secretariat-es');
    await page.context().close();
  }, 120_000);

  it('a platform administrator sees the mails that failed for good, and retries or discards them', async () => {
    // Two mails the server refused (the real path through an SMTP server is tested in test/jobs).
    const connection = api.server.orm.em.fork().getConnection();
    for (const recipient of ['buzon.cerrado@pnc.example', 'otro.buzon@igm.example']) {
      const mail = at(
        await connection.execute<{ id: string }[]>(
          `insert into mail_outbox (id, recipient, subject, text, status, attempts, last_error)
         values (gen_random_uuid(), ?, 'Aviso', 'Hola', 'FAILED', 1, 'SMTP_550') returning id`,
          [recipient],
        ),
        0,
      );
      await connection.execute(
        `insert into pgboss.job (name, data, state, retry_limit, started_on, completed_on, output)
         values ('mail.send', ?::jsonb, 'failed', 0, now(), now(), '{"code":"SMTP_550"}')`,
        [JSON.stringify({ mailId: mail.id })],
      );
    }
    const page = await signedInPage(people.platformAdmin);
    // The home says so first, and leads to them.
    const waiting = page.getByRole('region', { name: 'Lo que espera de la administración' });
    await waiting.getByRole('link', { name: '2 tareas fallaron definitivamente: revíselas' }).click();
    await page.getByRole('heading', { name: 'Tareas fallidas', level: 1 }).waitFor();
    const failedMails = page.getByRole('row', { name: /Correo.*SMTP_550/ });
    await failedMails.nth(1).waitFor();
    expect(await failedMails.count()).toBe(2);
    // Never whom the mail was for, nor what it said.
    expect(await page.locator('body').innerText()).not.toMatch(/buzon|Aviso/);
    await expectScreenLooksRight(page, 'admin-failed-jobs-es');
    await page.setViewportSize({ width: 390, height: 844 });
    await expectScreenLooksRight(page, 'admin-failed-jobs-390-es');
    await page.setViewportSize({ width: 1366, height: 800 });

    await page
      .getByRole('button', { name: /^Reintentar la tarea/ })
      .first()
      .click();
    await page.getByText('La tarea se reintentará en un momento.').waitFor();
    // The retried one leaves the list (without SMTP its mail is kept in the outbox: delivered).
    for (let tries = 0; (await failedMails.count()) !== 1; tries += 1) {
      if (tries > 50) throw new Error('the retried job stayed in the list');
      await page.waitForTimeout(100);
    }
    await page.getByRole('button', { name: /^Descartar la tarea/ }).click();
    await page
      .getByRole('dialog', { name: '¿Descartar esta tarea?' })
      .getByRole('button', { name: 'Descartar' })
      .click();
    await page.getByText('No hay tareas fallidas.').waitFor();
    await page.context().close();
  }, 120_000);

  it("an agency administrator opening the platform's pages is told who keeps them and what they can do instead", async () => {
    const page = await signedInPage(people.agencyAdmin);
    await page.goto(`${api.url}/admin/agencies`);
    const refusal = page.getByTestId('refusal');
    await refusal.getByText(/Esta página la llevan los administradores de la plataforma Enlace/).waitFor();
    // They are their agency's administrator: never told to ask themselves.
    expect(await refusal.innerText()).not.toMatch(/administrador de su agencia|pídaselo/);
    await refusal.getByRole('link', { name: 'Personas de la agencia' }).click();
    await page.getByRole('heading', { name: 'Personas de la agencia', level: 1 }).waitFor();
    await page.goto(`${api.url}/admin/agencies`);
    await expectScreenLooksRight(page, 'admin-refused-agency-admin-es');
    await page.context().close();
  }, 120_000);

  it('a liaison officer sees no administration, and is refused by URL', async () => {
    const page = await signedInPage(people.officer);
    const menu = page.getByRole('navigation', { name: 'Navegación principal' });
    await menu.getByRole('link', { name: 'Remisiones recibidas' }).waitFor();
    for (const entry of [
      'Países',
      'Agencias',
      'Mecanismos',
      'Personas de la agencia',
      'Credenciales de sistema',
      'Tareas fallidas',
    ])
      expect(await menu.getByRole('link', { name: entry }).count()).toBe(0);

    for (const path of [
      '/admin/countries',
      '/admin/agencies/new',
      '/admin/users',
      '/admin/api-tokens',
      '/admin/failed-jobs',
    ]) {
      await page.goto(`${api.url}${path}`);
      // Who keeps the page, whom to ask, and what the officer can do instead, as links.
      await page
        .getByText(/Esta página la llevan los administradores .*Si necesita un cambio en ella, pídaselo a ellos/)
        .waitFor();
      await page.getByTestId('refusal').getByRole('link', { name: 'Remisiones recibidas' }).waitFor();
      expect(await page.getByRole('table').count()).toBe(0);
    }
    await screenshot(page, 'admin-refused-officer-es');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // A mechanism the officer's agency is not in looks exactly like one that does not exist.
    await page.goto(`${api.url}${mechanismPath}`);
    await page.getByText('No se encontró este mecanismo, o no tiene acceso a él.').waitFor();
    expect(await page.getByText('Tecún Umán').count()).toBe(0);
    await screenshot(page, 'admin-mechanism-not-found-officer-es');
    await page.context().close();
  }, 120_000);
});
