/**
 * @jest-environment node
 */
// Like every test file that starts the server: a database of its own, copied from the run's migrated template.
import '../support/per-file-database';
import { User } from '../../server/src/modules/identity';
import { hashPassword } from '../../server/src/modules/identity/auth/secrets';
import { createCoordinationWorld, type CoordinationWorld, type Who } from '../support/factories/coordination-world';
import { startTestServer, type TestServer } from '../support/test-server';
import {
  type Browser,
  expectScreenLooksRight,
  launchChromium,
  openSignedInPage,
  seriousAccessibilityViolations,
} from '../../web/e2e-support/browser.cjs';

const PASSWORD = 'correct horse battery staple';

/** A local date and time a week from now, as `<input type="datetime-local">` takes it. */
/** A day from now as typed in a Spanish screen (dd/mm/aaaa). */
function spanishDay(daysFromNow: number): string {
  return new Date(Date.now() + daysFromNow * 86_400_000).toISOString().slice(0, 10).split('-').reverse().join('/');
}

describe("a mechanism's secretariat holds a meeting and its minutes are approved, in real browsers", () => {
  let api: TestServer;
  let browser: Browser;
  let world: CoordinationWorld;
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

  const signedInPage = (who: Who) =>
    openSignedInPage(browser, {
      baseUrl: api.url,
      email: world.userOf[who].email,
      password: PASSWORD,
      pageErrors,
      context: { locale: 'es-GT', timezoneId: 'America/Guatemala', viewport: { width: 1280, height: 800 } },
    });

  let meetingUrl = '';
  const title = 'Reunión ordinaria de diciembre';

  it('the secretariat schedules a meeting from the mechanism page, sets its agenda and writes the minutes', async () => {
    const page = await signedInPage('secretariat');
    await page.getByRole('link', { name: 'Coordinación' }).first().click();
    await page.getByRole('heading', { name: 'Mecanismos de coordinación', level: 1 }).waitFor();
    await expectScreenLooksRight(page, 'coordination-home-es');
    await page.getByRole('link', { name: /Guatemala–México/ }).click();
    await page.getByRole('heading', { name: 'Guatemala–México', level: 1 }).waitFor();
    await page.getByText('No hay ninguna reunión prevista.').waitFor();
    await expectScreenLooksRight(page, 'coordination-mechanism-es');

    await page.getByRole('button', { name: 'Nueva reunión' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nueva reunión' });
    await dialog.getByLabel(/^Título/).fill(title);
    await dialog.getByLabel(/^Inicio/).fill(spanishDay(-1));
    await dialog.getByLabel(/^Hora: Inicio/).fill('09:00');
    await dialog.getByLabel(/^Fin/).fill(spanishDay(-1));
    await dialog.getByLabel(/^Hora: Fin/).fill('13:00');
    await dialog.getByLabel(/^Zona horaria/).fill('America/Guatemala');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Crear' }).click();
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    meetingUrl = page.url();
    expect(meetingUrl).toMatch(/\/coordination\/meetings\/[0-9a-f-]{36}$/);

    await page.getByRole('button', { name: 'Editar el orden del día' }).click();
    await page.getByRole('button', { name: 'Añadir un punto' }).click();
    await page.getByLabel('Punto 1').fill('Flujos migratorios en Tecún Umán');
    await page.getByRole('button', { name: 'Añadir un punto' }).click();
    await page.getByLabel('Punto 2').fill('Operativo conjunto');
    await page.getByRole('button', { name: 'Guardar' }).click();
    await page.getByText('1. Flujos migratorios en Tecún Umán').waitFor();

    await page.getByRole('button', { name: 'Redactar el acta' }).first().click();
    await page.getByLabel('Acta de «Flujos migratorios en Tecún Umán»').fill('## Flujos\n\n- Aumento del **20 %**');
    await page.getByRole('tab', { name: 'Vista previa' }).click();
    await page.locator('.minutes strong', { hasText: '20 %' }).waitFor();
    await page.getByRole('button', { name: 'Guardar' }).click();
    await page.getByRole('button', { name: 'Redactar el acta' }).first().waitFor();
    await expectScreenLooksRight(page, 'coordination-meeting-draft-es');

    await page.getByRole('button', { name: 'Enviar en consulta' }).click();
    const circulate = page.getByRole('dialog', { name: 'Enviar en consulta' });
    await circulate.getByLabel('Observaciones hasta', { exact: true }).fill(spanishDay(7));
    await circulate.getByLabel('Hora: Observaciones hasta').fill('18:00');
    await circulate.getByRole('button', { name: 'Enviar en consulta' }).click();
    await page.getByText('En consulta').first().waitFor();
    await page.context().close();
  }, 180_000);

  it("a member agency's focal point reads the circulated minutes and comments on an item", async () => {
    const page = await signedInPage('memberOfficer');
    await page.goto(meetingUrl);
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    await page.locator('.minutes strong', { hasText: '20 %' }).waitFor();
    const comment = page.getByRole('textbox', { name: 'Su observación sobre este punto' }).first();
    await comment.fill('¿El 20 % incluye a menores no acompañados?');
    await page.getByRole('button', { name: 'Enviar' }).first().click();
    await page.getByText('¿El 20 % incluye a menores no acompañados?').waitFor();
    await expectScreenLooksRight(page, 'coordination-meeting-circulated-es');
    await page.context().close();
  }, 120_000);

  it('the secretariat sees the comment and approves; the minutes are locked and read by every member agency user', async () => {
    const page = await signedInPage('secretariat');
    await page.goto(meetingUrl);
    await page.getByText('¿El 20 % incluye a menores no acompañados?').waitFor();
    await page.getByRole('button', { name: 'Aprobar el acta' }).click();
    await page
      .getByRole('dialog', { name: 'Aprobar el acta' })
      .getByRole('button', { name: 'Aprobar el acta' })
      .click();
    await page.getByText('Acta aprobada').first().waitFor();
    // The status can change before the page has its new actions: wait for those, then nothing to write remains.
    await page.getByRole('button', { name: 'Corregir el acta' }).waitFor();
    expect(await page.getByRole('button', { name: 'Redactar el acta' }).count()).toBe(0);
    await page.context().close();

    const auditor = await signedInPage('memberAuditor');
    await auditor.goto(meetingUrl);
    await auditor.locator('.minutes strong', { hasText: '20 %' }).waitFor();
    await auditor.getByText('Revisión 1, aprobada el', { exact: false }).waitFor();
    await expectScreenLooksRight(auditor, 'coordination-meeting-approved-es');
    await auditor.context().close();
  }, 120_000);

  it("a non-member agency's user opening the meeting's address gets the not-found page", async () => {
    const page = await signedInPage('foreignOfficer');
    await page.goto(meetingUrl);
    await page.getByRole('heading', { name: 'Página no encontrada' }).waitFor();
    expect(await page.getByText(title).count()).toBe(0);
    await page.context().close();
  }, 60_000);
});
