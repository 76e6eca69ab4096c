/**
 * @jest-environment node
 */
import type { MikroORM } from '@mikro-orm/postgresql';
import '../support/per-file-database';
import { Role } from '../../server/src/platform/authz/roles';
import { startTestServer, type TestServer } from '../support/test-server';
import {
  expectScreenLooksRight,
  launchChromium,
  openPage,
  openSignedInPage,
  type Browser,
  type Page,
} from '../../web/e2e-support/browser.cjs';
import { aBorderWorld, type TestUser } from '../support/factories';

const PASSWORD = 'la frontera de Tecún Umán a las seis';
const WIDTHS = [1366, 390] as const;

/**
 * Every screen that needs no record of its own, for the role that uses it, at a laptop's and a phone's width:
 * settled, translated, axe 0 serious or critical, saved as test-artifacts/screens/<screen>-<width>.png to be
 * looked at. (Screens of one record — a referral, a meeting, a survivor — are shot by their own tests; the
 * administrators' screens, behind a second factor, too.)
 */
describe('every screen, for the role that uses it, at 1366 and 390 px', () => {
  let api: TestServer;
  let orm: MikroORM;
  let browser: Browser;
  const pageErrors: string[] = [];
  const who = {} as Record<'officer' | 'secretariat' | 'auditor', TestUser>;

  beforeAll(async () => {
    [api, browser] = await Promise.all([startTestServer(), launchChromium()]);
    orm = api.server.orm;
    const world = await aBorderWorld(orm);
    const user = (which: 'sender' | 'fellowMember', roles: Role[]) =>
      world.colleagueIn(which, roles, { password: PASSWORD });
    who.officer = await user('sender', [Role.LIAISON_OFFICER]);
    who.secretariat = await user('fellowMember', [Role.SECRETARIAT]);
    who.auditor = await user('sender', [Role.AUDITOR]);
  }, 180_000);
  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  type Who = 'officer' | 'secretariat' | 'auditor';
  const screens: Record<Who, [string, string][]> = {
    officer: [
      ['home', '/'],
      ['inbox', '/referrals/inbox'],
      ['outbox', '/referrals/outbox'],
      ['forwarded', '/referrals/forwarded'],
      ['new-referral', '/referrals/new'],
      ['statistics', '/statistics'],
      ['notifications', '/notifications'],
      ['profile', '/profile'],
    ],
    secretariat: [['coordination', '/coordination']],
    auditor: [['audit-trail', '/audit']],
  };

  async function walk(page: Page, list: [string, string][], width: number) {
    for (const [name, path] of list) {
      await page.goto(`${api.url}${path}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.locator('.MuiSkeleton-root').first().waitFor({ state: 'detached' });
      await expectScreenLooksRight(page, `screens/${name}-${width}`);
    }
  }

  it.each(WIDTHS)(
    'a visitor at %i px: sign-in and forgotten password',
    async (width) => {
      const page = await openPage(
        browser,
        { locale: 'es-GT', timezoneId: 'America/Guatemala', viewport: { width, height: 800 } },
        pageErrors,
      );
      await walk(
        page,
        [
          ['sign-in', '/sign-in'],
          ['forgot-password', '/forgot-password'],
        ],
        width,
      );
      await page.context().close();
    },
    60_000,
  );

  it.each((Object.keys(screens) as Who[]).flatMap((role) => WIDTHS.map((width) => [role, width] as const)))(
    '%s at %i px',
    async (role, width) => {
      const page = await openSignedInPage(browser, {
        baseUrl: api.url,
        email: who[role].email,
        password: PASSWORD,
        pageErrors,
        context: { locale: 'es-GT', timezoneId: 'America/Guatemala', viewport: { width, height: 800 } },
      });
      await walk(page, screens[role], width);
      await page.context().close();
    },
    120_000,
  );
});
