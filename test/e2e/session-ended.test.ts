/**
 * @jest-environment node
 */
// Like every test file that starts the server: a database of its own, copied from the run's migrated template.
import '../support/per-file-database';
import { Role } from '../../server/src/platform/authz/roles';
import { aBorderWorld, referralIn, type WorldUser } from '../support/factories';
import { startTestServer, type TestServer } from '../support/test-server';
import {
  type Browser,
  launchChromium,
  openSignedInPage,
  screenshot,
  waitForShown,
} from '../../web/e2e-support/browser.cjs';

describe('a session that ends on the server ends in every open tab', () => {
  let api: TestServer;
  let browser: Browser;
  let officer: WorldUser;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    [api, browser] = await Promise.all([startTestServer(), launchChromium()]);
    const world = await aBorderWorld(api.server.orm);
    officer = await world.colleagueIn('sender', [Role.LIAISON_OFFICER], { password: true });
    await referralIn(api.server.orm, world, 'SENT', { title: 'Grupo retenido en el puente' });
  }, 180_000);
  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('signed out in another tab, the first tab goes to sign-in at its next request, says why, and comes back after', async () => {
    const first = await openSignedInPage(browser, {
      baseUrl: api.url,
      email: officer.email,
      password: officer.password!,
      pageErrors,
      context: { locale: 'es-GT', timezoneId: 'America/Guatemala', viewport: { width: 1366, height: 900 } },
    });
    await first.goto(`${api.url}/referrals/outbox`);
    await first.getByText('Grupo retenido en el puente').first().waitFor();
    const signOut = first.locator('header').getByRole('button', { name: 'Cerrar sesión', exact: true });
    await signOut.waitFor();

    // The same browser, a second tab: signing out there ends the one session both tabs share.
    const second = await first.context().newPage();
    second.on('pageerror', (error) => pageErrors.push(error.message));
    await second.goto(`${api.url}/`);
    await second.locator('header').getByRole('button', { name: 'Cerrar sesión', exact: true }).click();
    await second.getByRole('button', { name: 'Continuar' }).waitFor();

    // Back in the first tab, the officer opens another screen: its request is refused (UNAUTHENTICATED), the shell
    // then knows nobody is signed in and shows the sign-in page, saying why; nothing of the session stays on show.
    await first.getByRole('navigation').getByRole('link', { name: 'Remisiones recibidas' }).click();
    await first.waitForURL(`${api.url}/sign-in`);
    await first.getByRole('button', { name: 'Continuar' }).waitFor();
    await waitForShown(first.getByText('Su sesión terminó. Inicie sesión de nuevo.').first());
    expect(await signOut.count()).toBe(0);
    expect(await first.getByText('Grupo retenido en el puente').count()).toBe(0);
    await screenshot(first, 'session-ended-es-1366');
    // Signing in again in that tab leads back to the screen the officer was opening.
    await first.getByLabel('Correo electrónico institucional').fill(officer.email);
    await first.getByLabel('Contraseña').fill(officer.password!);
    await first.getByRole('button', { name: 'Continuar' }).click();
    await first.waitForURL(`${api.url}/referrals/inbox`);
    await signOut.waitFor();
    // Signing out here is the officer's own choice: the sign-in page then says nothing about a session ending.
    await signOut.click();
    await first.getByRole('button', { name: 'Continuar' }).waitFor();
    expect(await first.getByText('Su sesión terminó. Inicie sesión de nuevo.').count()).toBe(0);
    await first.context().close();
  }, 120_000);
});
