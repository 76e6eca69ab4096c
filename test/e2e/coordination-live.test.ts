/**
 * @jest-environment node
 */
// Like every test file that starts the server: a database of its own, copied from the run's migrated template.
import '../support/per-file-database';
import { User } from '../../server/src/modules/identity';
import { hashPassword } from '../../server/src/modules/identity/auth/secrets';
import { TEST_TOTP_SECRET, totpCode } from '../support/factories';
import {
  callerOf,
  createCoordinationWorld,
  dataOf,
  meetingWithAgenda,
  type CoordinationWorld,
  type Who,
} from '../support/factories/coordination-world';
import { startTestServer, type TestServer } from '../support/test-server';
import {
  launchChromium,
  screenshot,
  seriousAccessibilityViolations,
  type Browser,
  type Page,
  untranslatedKeyPattern,
} from '../../web/e2e-support/browser.cjs';

const untranslatedKey = untranslatedKeyPattern();
const PASSWORD = 'correct horse battery staple';
const ACTION = 'Compartir el protocolo de recepción de niñez';

describe('owner person, live updates and roster changes in real browsers', () => {
  let api: TestServer;
  let browser: Browser;
  let world: CoordinationWorld;
  let meetingId = '';
  const pageErrors: string[] = [];

  beforeAll(async () => {
    [api, browser] = await Promise.all([startTestServer(), launchChromium()]);
    world = await createCoordinationWorld(api.server.orm);
    const em = api.server.orm.em.fork();
    const passwordHash = await hashPassword(PASSWORD);
    for (const user of Object.values(world.userOf)) {
      const loaded = await em.findOneOrFail(User, user.id);
      loaded.passwordHash = passwordHash;
    }
    await em.flush();
    meetingId = (await meetingWithAgenda(callerOf(api, world.cookieOf.secretariat), world, 24)).id;
  }, 180_000);
  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  async function signedInPage(who: Who, width = 1366): Promise<Page> {
    const context = await browser.newContext({
      locale: 'es-GT',
      timezoneId: 'America/Guatemala',
      viewport: { width, height: 900 },
    });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${api.url}/sign-in`);
    await page.getByLabel('Correo electrónico institucional').fill(world.userOf[who].email);
    await page.getByLabel('Contraseña').fill(PASSWORD);
    await page.getByRole('button', { name: 'Continuar' }).click();
    if (who === 'memberAdmin') {
      await page.getByLabel(/Código de verificación/).fill(await totpCode(TEST_TOTP_SECRET));
      await page.getByRole('button', { name: 'Verificar' }).click();
    }
    await page.waitForURL(`${api.url}/`);
    return page;
  }

  async function checkScreen(page: Page, name: string) {
    expect(await page.locator('body').innerText()).not.toMatch(untranslatedKey);
    await screenshot(page, name);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  }

  it("the secretariat names the owner agency's focal point; the owner's progress appears live on its open pages", async () => {
    const secretariat = await signedInPage('secretariat');
    await secretariat.goto(`${api.url}/coordination/meetings/${meetingId}`);
    const form = secretariat.getByRole('form', { name: 'Asignar una acción' });
    await form.getByLabel(/^Qué hay que hacer/).fill(ACTION);
    await form.getByRole('combobox', { name: /^Institución responsable/ }).click();
    await secretariat.getByRole('option', { name: /^INM/ }).click();
    await form.getByRole('combobox', { name: /^Persona responsable/ }).click();
    // Only the INM's focal point is offered: not its auditor nor its admin, nobody of another agency.
    expect(await secretariat.getByRole('option').allInnerTexts()).toEqual(['Nadie en particular', 'inm-officer']);
    await secretariat.getByRole('option', { name: 'inm-officer' }).click();
    await form.getByLabel(/^Fecha límite/).fill('31/03/2099');
    await checkScreen(secretariat, 'coordination-owner-person-form-es-1366');
    await form.getByRole('button', { name: 'Asignar' }).click();
    await secretariat.getByRole('link', { name: ACTION }).first().click();
    await secretariat.getByRole('heading', { name: ACTION, level: 1 }).waitFor();
    const actionUrl = secretariat.url();
    await secretariat.getByText('Persona responsable', { exact: true }).waitFor();
    await secretariat.getByText('inm-officer', { exact: true }).waitFor();
    await secretariat.getByText('Todavía no se informó ningún avance.').waitFor();

    // The owner reports in another browser; the secretariat's open action page shows it without reloading.
    const owner = await signedInPage('memberOfficer', 390);
    await owner.goto(actionUrl);
    await owner.getByLabel('Avance', { exact: true }).fill('Protocolo enviado a las delegaciones.');
    await owner.getByRole('button', { name: 'Informar avance' }).click();
    await owner.getByText('Protocolo enviado a las delegaciones.').waitFor();
    await secretariat.getByText('Protocolo enviado a las delegaciones.').waitFor();
    await checkScreen(secretariat, 'coordination-action-live-es-1366');
    await checkScreen(owner, 'coordination-action-owner-person-es-390');

    // The open board follows: the action disappears from "open" once the owner reports it done.
    await secretariat.goto(`${api.url}/coordination/mechanisms/${world.mechanism.id}/follow-up`);
    await secretariat.getByRole('link', { name: ACTION }).first().waitFor();
    await owner.getByLabel('Avance', { exact: true }).fill('Cumplido.');
    await owner.getByRole('combobox', { name: 'Estado' }).click();
    await owner.getByRole('option', { name: 'Cumplida' }).click();
    await owner.getByRole('button', { name: 'Informar avance' }).click();
    await owner.getByText('Cumplido.').waitFor();
    await secretariat.getByRole('link', { name: ACTION }).first().waitFor({ state: 'detached' });
    await secretariat.context().close();
    await owner.context().close();
  }, 180_000);

  it("a member's comment on circulated minutes appears live on the secretariat's open meeting page", async () => {
    const secretariatApi = callerOf(api, world.cookieOf.secretariat);
    const { id, first } = await meetingWithAgenda(secretariatApi, world);
    dataOf(
      await secretariatApi(
        `mutation ($id: ID!, $deadline: DateTimeISO!) { circulateMinutes(meetingId: $id, commentDeadline: $deadline) { id } }`,
        { id, deadline: new Date(Date.now() + 86_400_000).toISOString() },
      ),
    );
    const page = await signedInPage('secretariat');
    await page.goto(`${api.url}/coordination/meetings/${id}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    dataOf(
      await callerOf(api, world.cookieOf.otherMemberOfficer)(
        `mutation ($itemId: ID!, $body: String!) { commentOnMinutes(agendaItemId: $itemId, body: $body) { id } }`,
        { itemId: first, body: 'Sugerimos precisar la fecha del patrullaje.' },
      ),
    );
    await page.getByText('Sugerimos precisar la fecha del patrullaje.').waitFor();
    await page.context().close();
  }, 120_000);

  it('an agency admin changes its roster line; the change is checked and shown', async () => {
    dataOf(
      await callerOf(api, world.cookieOf.memberAdmin)(
        `mutation ($m: ID!, $input: DutyContactInput!) { createDutyContact(mechanismId: $m, input: $input) { id } }`,
        {
          m: world.mechanism.id,
          input: {
            deskName: 'Guardia INM Ciudad Hidalgo',
            timeZone: 'America/Mexico_City',
            alwaysOn: true,
            days: [],
            languages: ['es'],
            phone: '+52 962 000 0000',
          },
        },
      ),
    );
    const page = await signedInPage('memberAdmin');
    await page.goto(`${api.url}/coordination/mechanisms/${world.mechanism.id}/roster`);
    await page.getByRole('button', { name: 'Cambiar Guardia INM Ciudad Hidalgo' }).click();
    const form = page.getByRole('form', { name: 'Cambiar Guardia INM Ciudad Hidalgo' });
    await expect(form.getByLabel(/^Teléfono/).inputValue()).resolves.toBe('+52 962 000 0000');
    await form.getByLabel(/^Huso horario/).fill('Marte/Olimpo');
    await form.getByRole('button', { name: 'Guardar cambios' }).click();
    await form.getByText('Zona horaria desconocida.').waitFor();
    await checkScreen(page, 'coordination-roster-edit-error-es-1366');
    await form.getByLabel(/^Huso horario/).fill('America/Mexico_City');
    await form.getByLabel(/^Mesa/).fill('Guardia nocturna INM');
    await form.getByLabel(/^Teléfono/).fill('+52 962 111 1111');
    await form.getByRole('button', { name: 'Guardar cambios' }).click();
    await page.getByRole('heading', { name: 'Guardia nocturna INM', level: 3 }).waitFor();
    await page.getByText('+52 962 111 1111').waitFor();
    expect(await page.getByText('Guardia INM Ciudad Hidalgo').count()).toBe(0);
    await checkScreen(page, 'coordination-roster-edited-es-1366');
    await page.context().close();
  }, 120_000);
});
