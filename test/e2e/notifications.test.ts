/**
 * @jest-environment node
 */
import type { MikroORM } from '@mikro-orm/postgresql';
import '../support/per-file-database';
import { startTestServer, type TestServer } from '../support/test-server';
import { User } from '../../server/src/modules/identity';
import { hashPassword } from '../../server/src/modules/identity/auth/secrets';
import {
  launchChromium,
  screenshot,
  seriousAccessibilityViolations,
  type Browser,
  type Page,
  untranslatedKeyPattern,
  waitUntilTrue,
} from '../../web/e2e-support/browser.cjs';
import { aBorderWorld, type BorderWorld, referralIn, startTestOrm, type TestUser } from '../support/factories';
import { at } from '../support/indexing';

const untranslatedKey = untranslatedKeyPattern();
const PASSWORD = 'correct horse battery staple';

describe('the notification centre: a referral arrives while the page is open', () => {
  let api: TestServer;
  let browser: Browser;
  let orm: MikroORM;
  let world: BorderWorld;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    [api, browser, { orm }] = await Promise.all([startTestServer(), launchChromium(), startTestOrm()]);
    world = await aBorderWorld(orm);
    const em = orm.em.fork();
    const passwordHash = await hashPassword(PASSWORD);
    const user = await em.findOneOrFail(User, world.users.receiverOfficer.user.id);
    user.passwordHash = passwordHash;
    user.timeZone = 'America/Mexico_City';
    await em.flush();
  }, 180_000);
  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await orm?.close();
  });

  async function signedInPage(who: TestUser, width = 1366): Promise<Page> {
    const context = await browser.newContext({
      locale: 'es-MX',
      timezoneId: 'America/Mexico_City',
      viewport: { width, height: 800 },
    });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${api.url}/sign-in`);
    await page.getByLabel('Correo electrónico institucional').fill(who.user.email!);
    await page.getByLabel('Contraseña').fill(PASSWORD);
    await page.getByRole('button', { name: 'Continuar' }).click();
    await page.waitForURL(`${api.url}/`);
    return page;
  }

  async function looksRight(page: Page, name: string) {
    expect(await page.locator('body').innerText()).not.toMatch(untranslatedKey);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, name);
  }

  const bell = (page: Page, unread: number) => page.locator(`header a[href="/notifications"][data-unread="${unread}"]`);

  async function referenceOf(id: string) {
    const rows = await orm.em
      .fork()
      .getConnection()
      .execute<{ reference: string }[]>('select reference from referral where id = ?', [id]);
    return at(rows, 0).reference;
  }

  it('the bell counts up live; the panel lists it; following it opens the referral and reads it', async () => {
    const page = await signedInPage(world.users.receiverOfficer);
    await bell(page, 0).waitFor();
    expect(await page.getByRole('link', { name: 'Notificaciones, ninguna sin leer' }).count()).toBe(1);

    // Sent by the other agency while the page is open: no reload.
    const referralId = await referralIn(orm, world, 'SENT', { title: 'Grupo con menores en el paso' });
    await bell(page, 1).waitFor();
    await page.getByRole('link', { name: 'Notificaciones, 1 sin leer' }).waitFor();
    await looksRight(page, 'notifications-bell-es');

    await page.getByRole('link', { name: 'Notificaciones, 1 sin leer' }).click();
    await page.waitForURL(`${api.url}/notifications`);
    const reference = await referenceOf(referralId);
    const item = page.getByRole('link', { name: new RegExp(`Nueva remisión ${reference} recibida`) });
    await item.waitFor();
    expect(await item.getAttribute('data-unread')).toBe('true');
    // "Mark all as read" turns from disabled to enabled as the list settles, its colour fading over 250 ms: axe
    // must see it settled, or it measures the contrast of a colour half way.
    await waitUntilTrue(
      page,
      `[...document.querySelectorAll('button')].some((button) => button.textContent === 'Marcar todas como leídas'
        && !button.disabled && getComputedStyle(button).color === 'rgb(11, 85, 99)')`,
    );
    await looksRight(page, 'notifications-es');

    await item.click();
    await page.waitForURL(`${api.url}/referrals/${referralId}`);
    await page.getByRole('heading', { name: 'Grupo con menores en el paso' }).waitFor();
    await bell(page, 0).waitFor();

    await page.getByRole('link', { name: 'Notificaciones, ninguna sin leer' }).click();
    await page.waitForURL(`${api.url}/notifications`);
    await page.locator('[data-unread="false"]').first().waitFor();
    expect(await page.locator('li [data-unread="true"], a[data-unread="true"]').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Marcar todas como leídas' }).isDisabled()).toBe(true);
    await page.context().close();
  }, 120_000);

  it('on a phone (390 px) the top bar keeps "Enlace" whole and the bell; language and sign-out are in a menu', async () => {
    await referralIn(orm, world, 'SENT', { title: 'Documentos alterados' });
    const page = await signedInPage(world.users.receiverOfficer, 390);
    await bell(page, 1).waitFor();
    const name = page.locator('header p', { hasText: 'Enlace' }).first();
    expect(await name.innerText()).toBe('Enlace');
    expect(await name.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    // No sign-out or language button in the bar itself.
    expect(await page.locator('header').getByRole('button', { name: 'Cerrar sesión', exact: true }).count()).toBe(0);
    await looksRight(page, 'notifications-top-bar-390-es');

    await page.getByRole('button', { name: 'Más: idioma y cerrar sesión' }).click();
    await page.getByRole('menuitem', { name: 'Cerrar sesión' }).waitFor();
    await page.getByRole('menuitem', { name: 'English' }).waitFor();
    // The menu fades in: judge its contrast once it is fully shown.
    await waitUntilTrue(
      page,
      `(() => { const paper = document.querySelector('[role="menu"]')?.closest('.MuiPaper-root');
        return !!paper && getComputedStyle(paper).opacity === '1'; })()`,
    );
    await looksRight(page, 'notifications-top-bar-menu-390-es');
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('link', { name: 'Notifications, 1 unread' }).waitFor();

    await page.getByRole('link', { name: 'Notifications, 1 unread' }).click();
    await page.waitForURL(`${api.url}/notifications`);
    await page.getByRole('button', { name: 'Mark all as read' }).click();
    await bell(page, 0).waitFor();
    await looksRight(page, 'notifications-390-en');
    await page.getByRole('button', { name: 'More: language and sign out' }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.waitForURL(`${api.url}/sign-in`);
    await page.context().close();
  }, 120_000);
});
