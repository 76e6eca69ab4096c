/**
 * @jest-environment node
 */
// Like every test file that starts the server: a database of its own, copied from the run's migrated template.
import '../support/per-file-database';
import { User } from '../../server/src/modules/identity';
import { hashPassword } from '../../server/src/modules/identity/auth/secrets';
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
  type Browser,
  expectScreenLooksRight,
  launchChromium,
  openSignedInPage,
} from '../../web/e2e-support/browser.cjs';

const PASSWORD = 'correct horse battery staple';
const ACTION = 'Instalar señalización bilingüe en Tecún Umán';

describe('follow-up in real browsers: evidence on an action, the board and the library, at 1366 and 390 px', () => {
  let api: TestServer;
  let browser: Browser;
  let world: CoordinationWorld;
  let actionId = '';
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
    const secretariat = callerOf(api, world.cookieOf.secretariat);
    const meeting = await meetingWithAgenda(secretariat, world);
    actionId = dataOf<{ addActionItem: { id: string } }>(
      await secretariat(
        `mutation ($m: ID!, $input: ActionItemInput!) { addActionItem(meetingId: $m, input: $input) { id } }`,
        {
          m: meeting.id,
          input: { title: ACTION, ownerAgencyId: world.agencies.inm.id, dueDate: '2027-01-15', priority: 'HIGH' },
        },
      ),
    ).addActionItem.id;
    await secretariat(
      `mutation ($m: ID!, $input: LibraryDocumentInput!) { createLibraryDocument(mechanismId: $m, input: $input) { id } }`,
      {
        m: world.mechanism.id,
        input: {
          kind: 'PROTOCOL',
          title: 'Protocolo de atención a niñez no acompañada',
          language: 'es',
          summary: 'Pasos de identificación y derivación.',
          handlingCode: 'H2',
        },
      },
    );
  }, 180_000);
  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  const signedInPage = (who: Who, width: number) =>
    openSignedInPage(browser, {
      baseUrl: api.url,
      email: world.userOf[who].email,
      password: PASSWORD,
      pageErrors,
      context: { locale: 'es-GT', timezoneId: 'America/Guatemala', viewport: { width, height: 800 } },
    });

  it('the owner agency reports progress with an evidence file, which another member downloads', async () => {
    const page = await signedInPage('memberOfficer', 1366);
    // The home lists what the agency owes, with its day in Spanish, and leads to it.
    const owed = page.getByRole('region', { name: 'Lo que debe su institución' });
    await owed.getByText(/vence el 15 ene 2027/).waitFor();
    await owed.getByRole('link', { name: new RegExp(ACTION) }).click();
    await page.getByRole('heading', { name: ACTION, level: 1 }).waitFor();
    await page.getByLabel('Avance', { exact: true }).fill('Señalización instalada; adjunto el acta firmada.');
    await page.getByLabel('Adjuntar evidencia (opcional)').setInputFiles({
      name: 'Acta de instalación.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n'),
    });
    await page.getByText('1 archivo elegido').waitFor();
    await page.getByRole('button', { name: 'Informar avance' }).click();
    await page.getByRole('link', { name: 'Descargar Acta de instalación.pdf' }).waitFor();
    await expectScreenLooksRight(page, 'coordination-action-evidence-es-1366');
    await page.context().close();

    const reader = await signedInPage('otherMemberOfficer', 390);
    await reader.goto(`${api.url}/coordination/actions/${actionId}`);
    const link = reader.getByRole('link', { name: 'Descargar Acta de instalación.pdf' });
    await link.waitFor();
    expect(await reader.getByRole('button', { name: 'Informar avance' }).count()).toBe(0);
    const path = await link.getAttribute('href');
    const download = await reader.context().request.get(`${api.url}${path}`);
    expect(download.status()).toBe(200);
    expect((await download.body()).subarray(0, 8).toString()).toBe('%PDF-1.4');
    await expectScreenLooksRight(reader, 'coordination-action-evidence-es-390');
    await reader.context().close();
  });

  it.each([1366, 390])('the board and the library pass axe at %i px', async (width) => {
    const page = await signedInPage('secretariat', width);
    // The secretariat's home counts the action among its mechanism's open ones and leads to the board.
    const mechanism = page.getByRole('region', { name: world.mechanism.names.es });
    await mechanism.getByText('1 acción abierta').waitFor();
    await mechanism.getByRole('link', { name: 'Seguimiento de acciones' }).click();
    await page.getByRole('heading', { name: 'Tablero de seguimiento', level: 1 }).waitFor();
    await page.getByText(ACTION).first().waitFor();
    await expectScreenLooksRight(page, `coordination-board-es-${width}`);
    await page.goto(`${api.url}/coordination/mechanisms/${world.mechanism.id}/library`);
    await page.getByRole('heading', { name: 'Biblioteca de documentos', level: 1 }).waitFor();
    await page.getByText('Protocolo de atención a niñez no acompañada').waitFor();
    await expectScreenLooksRight(page, `coordination-library-es-${width}`);
    await page.context().close();
  });
});
