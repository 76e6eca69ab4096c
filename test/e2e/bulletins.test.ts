/**
 * @jest-environment node
 */
// Issue 17, "Bulletins": an INM liaison officer drafts a route bulletin (a document number is refused on its field),
// the mechanism's secretariat publishes it, an FGR officer reads and acknowledges it on a phone, and the secretariat
// sees which member agencies have acknowledged and which have not.
import '../support/per-file-database';
import { specimenPng } from '../../server/src/demo/demo-bulletins';
import { User } from '../../server/src/modules/identity';
import { hashPassword } from '../../server/src/modules/identity/auth/secrets';
import { createCoordinationWorld, type CoordinationWorld, type Who } from '../support/factories/coordination-world';
import { startTestServer, type TestServer } from '../support/test-server';
import {
  expectScreenLooksRight,
  launchChromium,
  openSignedInPage,
  type Browser,
  type Page,
} from '../../web/e2e-support/browser.cjs';

const PASSWORD = 'correct horse battery staple';
const TITLE = 'Cruces nocturnos en balsa por el río Suchiate';
const BODY =
  'Las redes cruzan grupos de noche en balsas desde Tecún Umán y los trasladan en camiones refrigerados hacia Tapachula. ' +
  'Indicadores: grupos de cinco a ocho personas sin equipaje, pagos en efectivo al balsero, teléfonos nuevos.';

describe('bulletins from a mechanism to its member agencies', () => {
  let api: TestServer;
  let browser: Browser;
  let world: CoordinationWorld;
  let bulletinPath = '';
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
  }, 180_000);
  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  const signedIn = (who: Who, width: number): Promise<Page> =>
    openSignedInPage(browser, {
      baseUrl: api.url,
      email: world.userOf[who].email,
      password: PASSWORD,
      pageErrors,
      context: { locale: 'es-GT', timezoneId: 'America/Guatemala', viewport: { width, height: 800 } },
    });
  const spanish = (page: Page) =>
    page.locator('section').filter({ has: page.getByRole('heading', { name: 'Español', level: 2 }) });

  it('an INM liaison officer drafts a bulletin; a document number is refused on its field', async () => {
    const page = await signedIn('memberOfficer', 1366);
    await page.getByRole('link', { name: 'Boletines' }).first().click();
    await page.getByRole('heading', { name: 'Boletines', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Nuevo boletín' }).click();
    await page.getByRole('heading', { name: 'Nuevo boletín (borrador)', level: 1 }).waitFor();
    const until = new Date(Date.now() + 60 * 24 * 3600 * 1000);
    const day = `${String(until.getDate()).padStart(2, '0')}/${String(until.getMonth() + 1).padStart(2, '0')}/${until.getFullYear()}`;
    await page.getByLabel(/^Vigente hasta/).fill(day);
    await spanish(page).getByLabel('Título').fill(TITLE);
    await spanish(page).getByLabel('Texto').fill(`${BODY} Pasaporte G12345678 alterado.`);
    await page.getByRole('button', { name: 'Guardar borrador' }).click();
    await page.getByText('Quite lo que parece un número de documento de identidad.').waitFor();
    await expectScreenLooksRight(page, 'bulletins-draft-refused-es-1366');

    await spanish(page).getByLabel('Texto').fill(BODY);
    await page.getByRole('button', { name: 'Guardar borrador' }).click();
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    await page.getByText('Borrador', { exact: true }).waitFor();
    bulletinPath = new URL(page.url()).pathname;
    expect(bulletinPath).toMatch(/^\/bulletins\/[0-9a-f-]{36}$/);
    // A specimen image on the draft: sniffed as PNG by the server, shown on the page.
    await page.getByLabel('Añadir una imagen de espécimen (PNG o JPEG)').setInputFiles({
      name: 'balsa-especimen.png',
      mimeType: 'image/png',
      buffer: specimenPng(),
    });
    await page.getByRole('img', { name: 'Imagen de espécimen balsa-especimen.png' }).waitFor();
    await expectScreenLooksRight(page, 'bulletins-draft-es-1366');
    // A drafter does not publish: the secretariat does.
    expect(await page.getByRole('button', { name: 'Publicar boletín' }).count()).toBe(0);
    await page.context().close();
  });

  it('the drafter changes the draft: a document number is refused on its field, an English text is added', async () => {
    const page = await signedIn('memberOfficer', 1366);
    await page.goto(`${api.url}${bulletinPath}`);
    await page.getByRole('link', { name: 'Cambiar borrador' }).click();
    await page.getByRole('heading', { name: 'Cambiar el borrador', level: 1 }).waitFor();
    // The form starts from the draft as saved.
    expect(await spanish(page).getByLabel('Título').inputValue()).toBe(TITLE);
    expect(await spanish(page).getByLabel('Texto').inputValue()).toBe(BODY);
    const english = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Inglés', level: 2 }) });
    await english.getByLabel('Título').fill('Night raft crossings on the Suchiate river');
    await english.getByLabel('Texto').fill('Groups cross at night on rafts. Passport G12345678 altered.');
    await page.getByRole('button', { name: 'Guardar cambios' }).click();
    await english.getByText('Quite lo que parece un número de documento de identidad.').waitFor();
    // Refused: nothing changed on the draft.
    await page.goto(`${api.url}${bulletinPath}`);
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    expect(await page.getByText('Groups cross at night on rafts.', { exact: false }).count()).toBe(0);

    await page.getByRole('link', { name: 'Cambiar borrador' }).click();
    await english.getByLabel('Título').fill('Night raft crossings on the Suchiate river');
    await english.getByLabel('Texto').fill('Groups cross at night on rafts from Tecún Umán.');
    await page.getByRole('button', { name: 'Guardar cambios' }).click();
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe(bulletinPath);
    await page.getByText('Groups cross at night on rafts from Tecún Umán.').waitFor();
    await expectScreenLooksRight(page, 'bulletins-draft-changed-es-1366');
    await page.context().close();
  });

  it('the secretariat publishes it and sees that no member agency has acknowledged it yet', async () => {
    const page = await signedIn('secretariat', 1366);
    await page.goto(`${api.url}${bulletinPath}`);
    await page.getByRole('button', { name: 'Publicar boletín' }).click();
    await page.getByText('Publicado', { exact: true }).waitFor();
    const table = page.getByRole('table', { name: 'Acuses de recibo por agencia miembro' });
    await table.waitFor();
    expect(await table.getByText('Todavía no').count()).toBe(3);
    // Published: no longer a draft anybody changes, and its change page says so.
    expect(await page.getByRole('link', { name: 'Cambiar borrador' }).count()).toBe(0);
    await expectScreenLooksRight(page, 'bulletins-published-es-1366');
    await page.goto(`${api.url}${bulletinPath}/edit`);
    await page.getByText('Este boletín ya no es un borrador que usted pueda cambiar').waitFor();
    expect(await page.getByRole('button', { name: 'Guardar cambios' }).count()).toBe(0);
    await page.context().close();
  });

  it('an FGR officer finds it among the valid bulletins on a phone and acknowledges it for the agency', async () => {
    const page = await signedIn('otherMemberOfficer', 390);
    await page.goto(`${api.url}/bulletins`);
    await page.getByRole('link', { name: TITLE }).waitFor();
    await expectScreenLooksRight(page, 'bulletins-list-es-390');
    await page.getByRole('link', { name: TITLE }).click();
    await page.getByRole('button', { name: 'Acusar recibo por mi agencia' }).click();
    await page.getByText(/Su agencia acusó recibo de este boletín el/).waitFor();
    await page.getByRole('button', { name: 'Acusar recibo por mi agencia' }).waitFor({ state: 'detached' });
    // Members do not see the other agencies' acknowledgements.
    expect(await page.getByRole('table').count()).toBe(0);
    await expectScreenLooksRight(page, 'bulletins-acknowledged-es-390');
    await page.context().close();
  });

  it('the secretariat sees that FGR acknowledged it, and who has not (1366 and 390 px)', async () => {
    for (const width of [1366, 390]) {
      const page = await signedIn('secretariat', width);
      await page.goto(`${api.url}${bulletinPath}`);
      const table = page.getByRole('table', { name: 'Acuses de recibo por agencia miembro' });
      await table.waitFor();
      const fgr = table.getByRole('row').filter({ hasText: 'FGR' });
      await fgr.waitFor();
      expect(await fgr.getByText('Todavía no').count()).toBe(0);
      expect(await table.getByText('Todavía no').count()).toBe(2);
      await expectScreenLooksRight(page, `bulletins-acknowledgements-es-${width}`);
      await page.context().close();
    }
  });
});
