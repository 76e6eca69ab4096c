/**
 * @jest-environment node
 */
// Like every test file that starts the server: a database of its own, copied from the run's migrated template.
import '../support/per-file-database';
import { startTestServer, type TestServer } from '../support/test-server';
import {
  launchChromium,
  screenshot,
  seriousAccessibilityViolations,
  type Browser,
  type Page,
  untranslatedKeyPattern,
} from '../../web/e2e-support/browser.cjs';

// Text that looks like a catalogue key ("home.title") means a translation is missing.
const untranslatedKey = untranslatedKeyPattern();

describe('a liaison officer opens Enlace in a real browser', () => {
  let api: TestServer;
  let browser: Browser;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    [api, browser] = await Promise.all([startTestServer(), launchChromium()]);
  }, 180_000);
  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  async function openPage(options: { viewport?: { width: number; height: number } } = {}): Promise<Page> {
    // A Guatemalan officer's browser: Spanish, Guatemala's time zone, a 13" laptop unless told otherwise.
    const context = await browser.newContext({
      locale: 'es-GT',
      timezoneId: 'America/Guatemala',
      viewport: options.viewport ?? { width: 1280, height: 800 },
    });
    const page = await context.newPage();
    // Fail in seconds, not at jest's timeout, when something never appears.
    page.setDefaultTimeout(15_000);
    // Any uncaught error in the page fails the test, even when the screen still looks right.
    page.on('pageerror', (error) => pageErrors.push(error.message));
    return page;
  }

  it('is taken from the address of Enlace to the sign-in page in Spanish, then reads it all in Portuguese', async () => {
    const page = await openPage();
    await page.goto(api.url);
    // A visitor's `/` is the sign-in page: the service status (build, database) is for the platform's operators.
    await page.waitForURL(`${api.url}/sign-in`);
    await page.getByRole('heading', { name: 'Iniciar sesión', level: 1 }).waitFor();
    expect(await page.getByText(/PostgreSQL/).count()).toBe(0);
    expect(await page.title()).toBe('Iniciar sesión · Enlace');
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'home-es');

    await page.getByRole('button', { name: 'Idioma: Español' }).click();
    await page.getByRole('menuitem', { name: 'Português' }).click();
    await page.getByRole('heading', { name: 'Entrar', level: 1 }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('pt-BR');
    expect(await page.locator('body').innerText()).not.toMatch(untranslatedKey);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'home-pt');

    // The choice survives a reload (and a deep link): the officer chose it once.
    await page.goto(`${api.url}/sign-in`);
    await page.getByRole('heading', { name: 'Entrar', level: 1 }).waitFor();
    expect(await page.locator('body').innerText()).not.toMatch(untranslatedKey);
    // The status page is not public either.
    await page.goto(`${api.url}/status`);
    await page.getByText('Entre para ver esta página.').waitFor();
    await page.context().close();
  });

  it('opens the sign-in page by its address and explains a wrong address', async () => {
    const page = await openPage();
    await page.goto(`${api.url}/sign-in`);
    await page.getByRole('heading', { name: 'Iniciar sesión', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Continuar' }).click();
    await page.getByText('Este campo es obligatorio.').first().waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'sign-in-es');

    await page.goto(`${api.url}/referrals/does-not-exist`);
    await page.getByRole('heading', { name: 'Página no encontrada' }).waitFor();
    await page.getByRole('link', { name: 'Ir al inicio' }).click();
    await page.getByRole('heading', { name: 'Iniciar sesión', level: 1 }).waitFor();
    await page.context().close();
  });

  it('works on a small screen: the menu folds into a drawer', async () => {
    const page = await openPage({ viewport: { width: 390, height: 780 } });
    await page.goto(api.url);
    await page.getByRole('heading', { name: 'Iniciar sesión', level: 1 }).waitFor();
    await screenshot(page, 'home-small-screen');
    await page.getByRole('button', { name: 'Abrir el menú' }).click();
    await page
      .getByRole('navigation', { name: 'Navegación principal' })
      .getByRole('link', { name: 'Iniciar sesión' })
      .click();
    await page.getByRole('heading', { name: 'Iniciar sesión', level: 1 }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'sign-in-small-screen');
    await page.context().close();
  });

  it('shows a banner while the connection is lost and clears it on recovery', async () => {
    const page = await openPage();
    await page.goto(api.url);
    await page.getByRole('heading', { name: 'Iniciar sesión', level: 1 }).waitFor();
    await page.context().setOffline(true);
    await page.getByTestId('connection-banner').waitFor();
    await screenshot(page, 'home-offline');
    await page.context().setOffline(false);
    await page.getByTestId('connection-banner').waitFor({ state: 'detached' });
    await page.context().close();
  });
});
