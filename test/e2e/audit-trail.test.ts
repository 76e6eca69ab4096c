/**
 * @jest-environment node
 */
import { readFile } from 'node:fs/promises';
import type { MikroORM } from '@mikro-orm/postgresql';
// Like every test file that starts the server: a database of its own, copied from the run's migrated template.
import '../support/per-file-database';
import { startTestServer, type TestServer } from '../support/test-server';
import { Role } from '../../server/src/platform/authz/roles';
import {
  type Browser,
  expectScreenLooksRight,
  launchChromium,
  openSignedInPage,
  type Page,
} from '../../web/e2e-support/browser.cjs';
import {
  aBorderWorld,
  anAuditEvent,
  anEntry,
  type BorderWorld,
  referralIn,
  startTestOrm,
  type TestUser,
} from '../support/factories';
import { at } from '../support/indexing';

const PASSWORD = 'correct horse battery staple';

/**
 * An auditor reads the trail as people talk about it: who by name, what in their language, which referral by
 * its reference; a page view's repeated reads as one line; filters; and a CSV copy that is itself audited.
 */
describe("an auditor reads the agency's audit trail in a real browser", () => {
  let api: TestServer;
  let browser: Browser;
  let orm: MikroORM;
  let world: BorderWorld;
  let auditor: TestUser;
  let reference = '';
  const pageErrors: string[] = [];

  beforeAll(async () => {
    [api, browser, { orm }] = await Promise.all([startTestServer(), launchChromium(), startTestOrm()]);
    world = await aBorderWorld(orm);
    auditor = await world.colleagueIn('sender', [Role.AUDITOR], { password: PASSWORD });
    const referralId = await referralIn(orm, world, 'SENT');
    const row = at(
      await orm.em
        .fork()
        .getConnection()
        .execute<{ reference: string; person_id: string }[]>(
          `select r.reference, p.id as person_id from referral r join referral_person p on p.referral_id = r.id
         where r.id = ?`,
          [referralId],
        ),
      0,
    );
    reference = row.reference;
    const officer = world.users.senderOfficer.actor;
    const owner = { ownerAgencyId: world.agencies.sender.id };
    await anAuditEvent(
      orm,
      officer,
      anEntry({ action: 'referral.send', entityType: 'Referral', entityId: referralId, ...owner }),
    );
    // One page view reads the person's fields through several queries: three events, one line.
    for (const fields of [['givenNames'], ['familyNames'], ['phones']])
      await anAuditEvent(
        orm,
        officer,
        anEntry({
          action: 'personal-data.read',
          entityType: 'ReferralPerson',
          entityId: row.person_id,
          fields,
          ...owner,
        }),
      );
  }, 180_000);
  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await orm?.close();
  });

  async function signedInPage(viewport: { width: number; height: number }): Promise<Page> {
    const page = await openSignedInPage(browser, {
      baseUrl: api.url,
      email: auditor.email,
      password: PASSWORD,
      pageErrors,
      // An English browser: the trail still speaks the auditor's Spanish, dates included.
      context: { locale: 'en-US', timezoneId: 'America/Guatemala', viewport, acceptDownloads: true },
      beforeSignIn: async (signIn) => {
        // On a phone the language is in the top bar's menu.
        const phone = viewport.width < 600;
        await signIn.getByRole('button', { name: phone ? /^(More|Más)/ : /Language|Idioma/ }).click();
        await signIn.getByRole('menuitem', { name: 'Español' }).click();
      },
    });
    await page.goto(`${api.url}/audit`);
    return page;
  }

  it('reads names, actions, fields and references, with repeated reads folded into one line', async () => {
    const page = await signedInPage({ width: 1366, height: 900 });
    const table = page.getByRole('table', { name: 'Actividad de nuestra agencia' });
    const reads = table.getByRole('row', { name: /Leyó datos personales/ });
    await reads.waitFor();
    expect(await reads.count()).toBe(1);
    await reads.getByText('× 3').waitFor();
    await reads.getByText(world.users.senderOfficer.user.name).waitFor();
    for (const field of ['Nombres', 'Apellidos', 'Teléfonos']) await reads.getByText(field).waitFor();
    await reads.getByRole('link', { name: reference }).waitFor();
    // The auditor's own sign-in is the agency's own activity, by name.
    await table
      .getByRole('row', { name: new RegExp(`Inició sesión.*${auditor.user.name}|${auditor.user.name}.*Inició sesión`) })
      .waitFor();
    expect(await table.innerText()).not.toMatch(/personal-data\.read|ReferralPerson|givenNames/);
    await expectScreenLooksRight(page, 'audit-trail-readable-es');
    await page.context().close();
  }, 120_000);

  it('filters by person, action, reference and days typed in Spanish, and exports what it shows', async () => {
    const page = await signedInPage({ width: 1366, height: 900 });
    const table = page.getByRole('table', { name: 'Actividad de nuestra agencia' });
    await table.getByText('Leyó datos personales').waitFor();
    await page.getByRole('combobox', { name: 'Persona' }).click();
    await page.getByRole('option', { name: world.users.senderOfficer.user.name, exact: true }).click();
    await page.getByRole('combobox', { name: 'Acción' }).click();
    await page.getByRole('option', { name: 'Envió una remisión' }).click();
    await page.getByLabel('Referencia del registro').fill(reference);
    // The days are the auditor's own (the profile's time zone, UTC for the test users), not the browser's.
    const today = new Intl.DateTimeFormat('es', {
      timeZone: 'UTC',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
    }).format(new Date());
    // Days are typed in the Spanish order, whatever the browser's own language says (not mm/dd/yyyy).
    await expect(page.getByLabel('Desde el día', { exact: true }).getAttribute('placeholder')).resolves.toBe(
      'dd/mm/aaaa',
    );
    await page.getByLabel('Desde el día', { exact: true }).fill(today);
    await page.getByLabel('Hasta el día', { exact: true }).fill(today);
    await page.getByRole('button', { name: 'Filtrar' }).click();
    await table.getByText('Leyó datos personales').waitFor({ state: 'detached' });
    await table.getByText('Envió una remisión').waitFor();
    await expectScreenLooksRight(page, 'audit-trail-filtered-es');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exportar CSV' }).click(),
    ]);
    const csv = await readFile((await download.path())!, 'utf8');
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`,referral.send,Referral,${reference},`);
    await page.getByText('Registro exportado: la exportación también quedó registrada.').waitFor();

    // The export is in the trail, by the auditor's name.
    await page.getByRole('button', { name: 'Quitar filtros' }).click();
    await table
      .getByRole('row', { name: /Exportó el registro de auditoría/ })
      .getByText(auditor.user.name)
      .waitFor();
    await page.context().close();
  }, 120_000);

  it('fits a phone at 390 px', async () => {
    const page = await signedInPage({ width: 390, height: 844 });
    // One card per event on a phone, what was done as its heading, instead of a table scrolling sideways.
    const cards = page.getByRole('list', { name: 'Actividad de nuestra agencia' });
    await cards
      .getByRole('heading', { name: /Leyó datos personales/ })
      .first()
      .waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await expectScreenLooksRight(page, 'audit-trail-390-es');
    await page.context().close();
  }, 120_000);
});
