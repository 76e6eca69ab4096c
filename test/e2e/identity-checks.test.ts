/**
 * @jest-environment node
 */
// Issue 17: a liaison officer at a border post checks a document and a person (hit, possible match, no hit), and the
// agency that registered them reads who checked, when and why.
import '../support/per-file-database';
import { User } from '../../server/src/modules/identity';
import { hashPassword } from '../../server/src/modules/identity/auth/secrets';
import {
  callerOf,
  createCoordinationWorld,
  dataOf,
  type CoordinationWorld,
  type Who,
} from '../support/factories/coordination-world';
import { startTestServer, type TestServer } from '../support/test-server';
import {
  type Browser,
  launchChromium,
  type Page,
  pickFromList,
  screenshot,
  seriousAccessibilityViolations,
  untranslatedKeyPattern,
} from '../../web/e2e-support/browser.cjs';

const untranslatedKey = untranslatedKeyPattern();
const PASSWORD = 'correct horse battery staple';
const PURPOSE = 'Control migratorio en Ciudad Hidalgo: pasaporte con indicios de alteración';

describe('hit/no-hit identity checks at a border post', () => {
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
    const fgr = callerOf(api, world.cookieOf.otherMemberOfficer);
    const register = `mutation ($input: IdentityRecordInput!) { registerIdentityRecord(input: $input) }`;
    for (const input of [
      { reference: 'FGR-DOC-2026-112', document: { number: 'P-2039 4411', issuingCountry: 'GT' } },
      {
        reference: 'FGR-FEVIMTRA-2026-031',
        person: { familyNames: 'Hernández de León', givenNames: 'Rosa Amalia', dateOfBirth: '1999-08-21' },
      },
    ])
      dataOf(await fgr(register, { input: { mechanismId: world.mechanism.id, ...input } }));
  }, 180_000);
  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  async function signedInPage(who: Who, width: number): Promise<Page> {
    const context = await browser.newContext({
      locale: 'es-GT',
      timezoneId: 'America/Guatemala',
      viewport: { width, height: 800 },
    });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${api.url}/sign-in`);
    await page.getByLabel('Correo electrónico institucional').fill(world.userOf[who].email);
    await page.getByLabel('Contraseña').fill(PASSWORD);
    await page.getByRole('button', { name: 'Continuar' }).click();
    await page.waitForURL(`${api.url}/`);
    return page;
  }

  async function checkScreen(page: Page, name: string) {
    expect(await page.locator('body').innerText()).not.toMatch(untranslatedKey);
    await screenshot(page, name);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  }

  it('an INM liaison officer checks a document (hit), a person a year off (possible match) and a stranger', async () => {
    const page = await signedInPage('memberOfficer', 1366);
    await page.getByRole('link', { name: 'Consultas de identidad' }).first().click();
    await page.getByRole('heading', { name: 'Consultas de identidad', level: 1 }).waitFor();
    await checkScreen(page, 'identity-checks-form-es-1366');

    // Refused without a purpose, before anything reaches the server.
    await page.getByLabel(/^Número de documento/).fill('P20394411');
    await pickFromList(page, /^País emisor/, 'guate', 'Guatemala');
    await page.getByRole('button', { name: 'Consultar' }).click();
    await page.getByText('Indique el motivo de la consulta.').waitFor();
    expect(await page.getByRole('heading', { name: 'Respuesta' }).count()).toBe(0);

    await page.getByLabel(/^Motivo de la consulta/).fill(PURPOSE);
    await page.getByRole('button', { name: 'Consultar' }).click();
    await page.getByText('Conocido por Agencia FGR (MX)').waitFor();
    await page.getByText('FGR-DOC-2026-112').waitFor();
    expect(await page.getByText('Coincidencia', { exact: true }).count()).toBe(1);
    expect(await page.locator('body').innerText()).not.toMatch(/Hernández|Rosa|1999/);
    await checkScreen(page, 'identity-checks-hit-es-1366');

    await page.getByLabel('Una persona').check();
    await page.getByLabel(/^Apellidos/).fill('HERNANDEZ DE LEON');
    await page.getByLabel(/^Nombres/).fill('rosa amalia');
    await page.getByLabel(/^Fecha de nacimiento/).fill('21/08/2000');
    await page.getByRole('button', { name: 'Consultar' }).click();
    await page.getByText('Posible coincidencia', { exact: true }).waitFor();
    await page.getByText('FGR-FEVIMTRA-2026-031').waitFor();
    await checkScreen(page, 'identity-checks-possible-es-1366');

    await page.getByLabel(/^Apellidos/).fill('Pérez Molina');
    await page.getByRole('button', { name: 'Consultar' }).click();
    await page.getByText('Sin coincidencia', { exact: true }).waitFor();
    await page.context().close();
  });

  it('at 390 px the same officer gets a no-hit answer', async () => {
    const page = await signedInPage('memberOfficer', 390);
    await page.goto(`${api.url}/identity-checks`);
    await page.getByLabel(/^Número de documento/).fill('X-000111');
    await pickFromList(page, /^País emisor/, 'Méx', 'México');
    await page.getByLabel(/^Motivo de la consulta/).fill('Entrevista de primera línea en Tecún Umán');
    await page.getByRole('button', { name: 'Consultar' }).click();
    await page.getByText('Ninguna institución de este mecanismo ha registrado este documento o persona.').waitFor();
    await checkScreen(page, 'identity-checks-no-hit-es-390');
    await page.context().close();
  });

  it("FGR's officer reads who checked its records, when and why (1366 and 390 px)", async () => {
    for (const width of [1366, 390]) {
      const page = await signedInPage('otherMemberOfficer', width);
      await page.goto(`${api.url}/identity-checks`);
      await page.getByRole('heading', { name: 'Consultas sobre los registros de su institución' }).waitFor();
      await page.getByText(`Motivo declarado: ${PURPOSE}`).first().waitFor();
      // The hit on the document and the possible match on the person; not the no-hit checks.
      expect(await page.getByRole('heading', { name: 'INM (MX) consultó', level: 3 }).count()).toBe(2);
      await page.getByText('Sus referencias: FGR-FEVIMTRA-2026-031').waitFor();
      await checkScreen(page, `identity-checks-owner-log-es-${width}`);
      await page.context().close();
    }
  });

  it('an auditor is offered no identity checks', async () => {
    const page = await signedInPage('memberAuditor', 1366);
    expect(await page.getByRole('link', { name: 'Consultas de identidad' }).count()).toBe(0);
    await page.context().close();
  });
});
