/**
 * @jest-environment node
 */
import type { MikroORM } from '@mikro-orm/postgresql';
import '../support/per-file-database';
import { startTestServer, type TestServer } from '../support/test-server';
import { Role } from '../../server/src/platform/authz/roles';
import { User } from '../../server/src/modules/identity';
import { hashPassword } from '../../server/src/modules/identity/auth/secrets';
import {
  launchChromium,
  screenshot,
  seriousAccessibilityViolations,
  type Browser,
  type Page,
  untranslatedKeyPattern,
} from '../../web/e2e-support/browser.cjs';
import { aBorderWorld, type BorderWorld, referralIn, startTestOrm, type TestUser } from '../support/factories';

const untranslatedKey = untranslatedKeyPattern();
const PASSWORD = 'correct horse battery staple';

describe('a liaison officer puts a colleague in charge of a received referral; "my referrals" finds it', () => {
  let api: TestServer;
  let browser: Browser;
  let orm: MikroORM;
  let world: BorderWorld;
  let colleague: TestUser;
  let referralId: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    [api, browser, { orm }] = await Promise.all([startTestServer(), launchChromium(), startTestOrm()]);
    world = await aBorderWorld(orm);
    colleague = await world.colleagueIn('receiver', [Role.LIAISON_OFFICER], { name: 'Lucía Pérez Ortiz' });
    referralId = await referralIn(orm, world, 'SENT', { title: 'Grupo con menores' });
    await referralIn(orm, world, 'SENT', { title: 'Pasaportes alterados' });
    const em = orm.em.fork();
    const passwordHash = await hashPassword(PASSWORD);
    for (const who of [world.users.receiverOfficer, colleague, world.users.senderOfficer]) {
      const user = await em.findOneOrFail(User, who.user.id);
      user.passwordHash = passwordHash;
      user.timeZone = 'America/Mexico_City';
    }
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

  it('assigns from the referral page; the inbox shows who; the colleague filters to their own', async () => {
    const page = await signedInPage(world.users.receiverOfficer);
    await page.goto(`${api.url}/referrals/${referralId}`);
    await page.getByRole('heading', { name: 'Grupo con menores' }).waitFor();
    await page.getByRole('combobox', { name: 'Oficial a cargo' }).click();
    await page.getByRole('option', { name: 'Lucía Pérez Ortiz' }).click();
    await page.getByText('Oficial a cargo guardado.').waitFor();
    await looksRight(page, 'referral-assigned-es');

    await page.goto(`${api.url}/referrals/inbox`);
    await page.getByText('a cargo: Lucía Pérez Ortiz').waitFor();
    await page.context().close();

    const mine = await signedInPage(colleague);
    await mine.goto(`${api.url}/referrals/inbox`);
    await mine.getByRole('link', { name: 'Pasaportes alterados' }).waitFor();
    await mine.getByLabel('Mis remisiones').click(); // not check(): the switch follows the address, which changes just after the click
    await mine.waitForURL(/mine=true/);
    // Both links show before the filtered list arrives: wait for the other officer's referral to leave.
    await mine.getByRole('link', { name: 'Pasaportes alterados' }).waitFor({ state: 'detached' });
    await mine.getByRole('link', { name: 'Grupo con menores' }).waitFor();
    await looksRight(mine, 'referral-inbox-mine-es');
    // The filter is in the address: opened again, the list is still "mine".
    await mine.reload();
    await mine.getByRole('link', { name: 'Grupo con menores' }).waitFor();
    expect(await mine.getByLabel('Mis remisiones').isChecked()).toBe(true);
    await mine.context().close();
  }, 120_000);

  it('the sending agency sees that an officer is in charge, not who', async () => {
    const page = await signedInPage(world.users.senderOfficer);
    await page.goto(`${api.url}/referrals/${referralId}`);
    await page.getByText('Un oficial de la agencia receptora').waitFor();
    expect(await page.getByText('Lucía Pérez Ortiz').count()).toBe(0);
    expect(await page.getByRole('combobox', { name: 'Oficial a cargo' }).count()).toBe(0);
    await page.context().close();
  }, 60_000);
});
