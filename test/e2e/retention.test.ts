/**
 * @jest-environment node
 */
// Like every test file that starts the server: a database of its own, copied from the run's migrated template.
import '../support/per-file-database';
import { createAuditTrail } from '../../server/src/modules/audit';
import { runRetention } from '../../server/src/modules/retention';
import { Role } from '../../server/src/platform/authz/roles';
import { localFileStore } from '../../server/src/platform/files/file-store';
import { testConfig } from '../support/test-config';
import { startTestServer, type TestServer } from '../support/test-server';
import {
  launchChromium,
  screenshot,
  seriousAccessibilityViolations,
  type Browser,
  type Page,
  untranslatedKeyPattern,
  waitUntilTrue,
} from '../../web/e2e-support/browser.cjs';
import { aBorderWorld, referralIn, TEST_TOTP_SECRET, totpCode } from '../support/factories';
import { at } from '../support/indexing';

const untranslatedKey = untranslatedKeyPattern();
const PASSWORD = 'correct horse battery staple';

/**
 * Retention in a real browser (issue 11): an agency administrator reads the agency's retention (terms, what is
 * due, what the sweep anonymised when, by reference), sets a shorter term within the platform's bounds (a term
 * outside them is refused beside the field) and sees what became due; the agency's auditor reads the same
 * screen without the means to change it. At 1366 and 390 px, axe without serious or critical findings.
 */
describe("an agency's retention in a real browser", () => {
  let api: TestServer;
  let browser: Browser;
  const pageErrors: string[] = [];
  let anonymisedReference = '';

  beforeAll(async () => {
    [api, browser] = await Promise.all([startTestServer(), launchChromium()]);
    const orm = api.server.orm;
    const world = await aBorderWorld(orm);
    const options = (email: string, name: string, totp: boolean) => ({
      email,
      name,
      password: PASSWORD,
      totp,
      timeZone: 'America/Guatemala',
    });
    await world.colleagueIn('sender', [Role.AGENCY_ADMIN], options('admin@retencion.example', 'Ana López', true));
    await world.colleagueIn('sender', [Role.AUDITOR], options('auditora@retencion.example', 'Eva Say', false));
    const sql = (statement: string, parameters: unknown[]) => orm.em.fork().execute(statement, parameters);
    const age = async (id: string, days: number) => {
      await sql(`update referral_transition set at = now() - make_interval(days => ?) where referral_id = ?`, [
        days,
        id,
      ]);
      await sql(`update referral set updated_at = now() - make_interval(days => ?) where id = ?`, [days, id]);
    };
    const old = await referralIn(orm, world, 'CLOSED');
    await age(old, 6 * 365);
    await age(await referralIn(orm, world, 'DECLINED'), 400);
    await runRetention({
      orm,
      config: api.server.config,
      files: localFileStore('/tmp/enlace-e2e-retention'),
      audit: createAuditTrail(
        { actor: null, requestId: 'e2e-retention', clientAddress: undefined },
        testConfig().audit.signingKey,
      ),
    });
    ({ reference: anonymisedReference } = at(await sql('select reference from referral where id = ?', [old]), 0));
  }, 180_000);
  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  async function signedInPage(email: string, totp: boolean, width: number): Promise<Page> {
    const context = await browser.newContext({
      locale: 'es-GT',
      timezoneId: 'America/Guatemala',
      viewport: { width, height: 800 },
    });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${api.url}/sign-in`);
    await page.getByLabel('Correo electrónico institucional').fill(email);
    await page.getByLabel('Contraseña').fill(PASSWORD);
    await page.getByRole('button', { name: 'Continuar' }).click();
    if (totp) {
      await page.getByLabel(/Código de verificación/).fill(await totpCode(TEST_TOTP_SECRET));
      await page.getByRole('button', { name: 'Verificar' }).click();
    }
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

  // The kind is the row's header; cells follow: term, due now, (due soon), anonymised, (last), (action).
  const referralsRow = (page: Page) => page.getByRole('row', { name: /Remisiones enviadas por su institución/ });

  it('the agency administrator reads what is due and done, and sets a shorter term within the bounds', async () => {
    const page = await signedInPage('admin@retencion.example', true, 1366);
    await page
      .getByRole('navigation', { name: 'Navegación principal' })
      .getByRole('link', {
        name: 'Conservación de casos cerrados',
      })
      .click();
    await page.waitForURL(`${api.url}/admin/retention`);
    const row = referralsRow(page);
    await expect(row.getByRole('cell').nth(0).innerText()).resolves.toMatch(/1825 días\s+Plazo de la plataforma/);
    await expect(row.getByRole('cell').nth(1).innerText()).resolves.toBe('0');
    await expect(row.getByRole('cell').nth(3).innerText()).resolves.toBe('1');
    const recent = page.getByRole('table', { name: 'Anonimizados recientemente' });
    await expect(recent.getByRole('cell', { name: anonymisedReference }).count()).resolves.toBe(1);
    await looksRight(page, 'retention-admin-es-1366');

    await page.getByRole('button', { name: /Plazo para Remisiones enviadas/ }).click();
    const dialog = page.getByRole('dialog');
    const days = dialog.getByLabel(/Días después del cierre/);
    await days.fill('30');
    await dialog.getByRole('button', { name: 'Guardar' }).click();
    await expect(dialog.getByText('De 365 a 9125 días.').count()).resolves.toBe(1);
    await looksRight(page, 'retention-term-refused-es-1366');
    await days.fill('365');
    await dialog.getByRole('button', { name: 'Guardar' }).click();
    await dialog.waitFor({ state: 'detached' });
    await waitUntilTrue(page, `document.body.innerText.includes('Plazo de su institución')`);
    await expect(row.getByRole('cell').nth(0).innerText()).resolves.toMatch(/^365 días/);
    await expect(row.getByRole('cell').nth(1).innerText()).resolves.toBe('1');
    await page.context().close();
  }, 180_000);

  it("the agency's auditor reads the same at 390 px, with nothing to change", async () => {
    const page = await signedInPage('auditora@retencion.example', false, 390);
    await page.goto(`${api.url}/admin/retention`);
    // On a phone each kind of record is a card: its name, then "Se conservan: 365 días"...
    const card = page
      .getByRole('list', { name: 'Plazos y pendientes' })
      .getByRole('listitem')
      .filter({ hasText: /Remisiones enviadas por su institución/ });
    await expect(card.innerText()).resolves.toMatch(/Se conservan\s+365 días/);
    await expect(page.getByRole('button', { name: /Plazo para/ }).count()).resolves.toBe(0);
    await looksRight(page, 'retention-auditor-es-390');
    await page.context().close();
  }, 180_000);
});
