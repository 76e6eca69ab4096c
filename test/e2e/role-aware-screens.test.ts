/**
 * @jest-environment node
 */
import type { MikroORM } from '@mikro-orm/postgresql';
// Like every test file that starts the server: a database of its own, copied from the run's migrated template.
import '../support/per-file-database';
import { startTestServer, type TestServer } from '../support/test-server';
import { ReferralCategory } from '../../server/src/modules/referrals';
import { Role } from '../../server/src/platform/authz/roles';
import { User } from '../../server/src/modules/identity';
import { hashPassword } from '../../server/src/modules/identity/auth/secrets';
import {
  type Browser,
  expectScreenLooksRight,
  launchChromium,
  openSignedInPage,
} from '../../web/e2e-support/browser.cjs';
import { aBorderWorld, type BorderWorld, referralIn, startTestOrm, type TestUser } from '../support/factories';
import { graphqlAs } from '../support/factories/calls';
import { CREATE_MEETING, inHours } from '../support/factories/coordination-world';
import { signInAs } from '../support/factories/sessions';

const PASSWORD = 'correct horse battery staple';

/**
 * Each role meets screens that are true for it: no button its rules refuse, no figure it cannot see, a refusal
 * that says what to do instead, and its own sign-ins counted as its own. The inbox's filters live in the address.
 */
describe('screens true for each role, in real browsers', () => {
  let api: TestServer;
  let browser: Browser;
  let orm: MikroORM;
  let world: BorderWorld;
  let auditor: TestUser;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    [api, browser, { orm }] = await Promise.all([startTestServer(), launchChromium(), startTestOrm()]);
    world = await aBorderWorld(orm);
    auditor = await world.colleagueIn('receiver', [Role.AUDITOR]);
    // Two referrals in the Mexican inbox: one suspected trafficking, one document fraud.
    await referralIn(orm, world, 'SENT', {
      title: 'Grupo con menores',
      category: ReferralCategory.SUSPECTED_TRAFFICKING,
    });
    await referralIn(orm, world, 'SENT', { title: 'Pasaportes alterados', category: ReferralCategory.DOCUMENT_FRAUD });
    const em = orm.em.fork();
    const passwordHash = await hashPassword(PASSWORD);
    for (const who of [world.users.receiverCaseWorker, world.users.receiverOfficer, world.users.secretariat, auditor]) {
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

  const signedInPage = (who: TestUser, viewport = { width: 1366, height: 800 }) =>
    openSignedInPage(browser, {
      baseUrl: api.url,
      email: who.user.email!,
      password: PASSWORD,
      pageErrors,
      context: { locale: 'es-MX', timezoneId: 'America/Mexico_City', viewport },
      // A visitor's `/` is the sign-in page.
      throughHome: true,
    });

  it('a case worker reads the referrals but is offered no step of a liaison officer', async () => {
    const page = await signedInPage(world.users.receiverCaseWorker);
    await page.getByRole('link', { name: /2 Recibidas/ }).waitFor();
    // Two referrals wait for an acknowledgement, but not from a case worker.
    expect(await page.getByText(/por confirmar recepción/).count()).toBe(0);
    await expectScreenLooksRight(page, 'home-case-worker-es');

    await page
      .getByRole('navigation', { name: 'Navegación principal' })
      .getByRole('link', { name: 'Remisiones recibidas' })
      .click();
    await page.getByRole('link', { name: 'Grupo con menores' }).waitFor();
    expect(await page.getByRole('link', { name: 'Nueva remisión' }).count()).toBe(0);

    // By its address, the form is refused before a word is typed, with what the case worker can do instead.
    await page.goto(`${api.url}/referrals/new`);
    await page.getByText('Las remisiones las crean y envían los oficiales de enlace de su agencia.').waitFor();
    expect(await page.getByRole('textbox').count()).toBe(0);
    await page.getByTestId('refusal').getByRole('link', { name: 'Remisiones recibidas' }).waitFor();
    await expectScreenLooksRight(page, 'new-referral-refused-case-worker-es');
    await page.context().close();
  }, 120_000);

  it("a mechanism's secretariat sees no referral figure it cannot read, but its own work", async () => {
    // A meeting the secretariat scheduled for next week, through the API as the secretariat's browser does.
    const secretariat = { email: world.users.secretariat.email, password: PASSWORD };
    const scheduled = await graphqlAs(api, await signInAs(api, secretariat))(CREATE_MEETING, {
      mechanismId: world.mechanism.id,
      input: {
        title: 'Reunión técnica de la semana próxima',
        kind: 'ORDINARY',
        startsAt: inHours(24 * 7),
        endsAt: inHours(24 * 7 + 3),
        timeZone: 'America/Mexico_City',
        crossingPointId: world.crossingPoint.id,
        languages: ['es'],
        invitedAgencyIds: [world.agencies.sender.id, world.agencies.receiver.id],
      },
    });
    expect(scheduled.errors).toBeUndefined();
    const page = await signedInPage(world.users.secretariat);
    // The mechanism it runs first: the meeting ahead, the actions open, links to the meetings and the board.
    const mechanism = page.getByRole('region', { name: world.mechanism.names.es });
    await mechanism.getByRole('link', { name: /^Reunión técnica de la semana próxima/ }).waitFor();
    await mechanism.getByText('Ninguna acción abierta').waitFor();
    await mechanism.getByRole('link', { name: 'Seguimiento de acciones' }).waitFor();
    await page.getByRole('heading', { name: 'Su trabajo en Enlace' }).waitFor();
    expect(await page.getByText(/Recibidas|no ha recibido/).count()).toBe(0);
    await page.getByRole('main').getByRole('link', { name: 'Coordinación' }).waitFor();
    await expectScreenLooksRight(page, 'home-secretariat-es');
    await page.context().close();
  }, 120_000);

  it("an auditor's own sign-in is the agency's own activity, not another agency's access", async () => {
    const page = await signedInPage(auditor);
    const accesses = page.getByRole('region', { name: 'Accesos de otras agencias en los últimos 7 días' });
    await accesses.getByText('Ninguna otra agencia leyó ni modificó los registros de su agencia.').waitFor();
    await page.goto(`${api.url}/audit?view=owner`);
    await page.getByText('Ninguna otra agencia accedió a sus registros con estos filtros.').waitFor();
    await expectScreenLooksRight(page, 'audit-owner-view-auditor-es');

    await page.context().close();
  }, 120_000);

  it('the inbox keeps its category, mechanism and days in the address, and a bookmarked address opens filtered', async () => {
    const page = await signedInPage(world.users.receiverOfficer);
    await page.goto(`${api.url}/referrals/inbox`);
    await page.getByRole('link', { name: 'Pasaportes alterados' }).waitFor();

    await page.getByRole('combobox', { name: 'Categoría' }).click();
    await page.getByRole('option', { name: 'Fraude documental' }).click();
    await page.waitForURL(/category=DOCUMENT_FRAUD/);
    await page.getByRole('link', { name: 'Grupo con menores' }).waitFor({ state: 'detached' });
    await page.getByRole('link', { name: 'Pasaportes alterados' }).waitFor();

    await page.getByRole('combobox', { name: 'Mecanismo de coordinación' }).click();
    await page.getByRole('option', { name: world.mechanism.names.es }).click();
    await page.waitForURL(new RegExp(`mechanism=${world.mechanism.id}`));

    // Days in the interface language's order (día/mes/año), whatever the browser's own.
    const today = new Intl.DateTimeFormat('es', {
      timeZone: 'America/Mexico_City',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
    }).format(new Date());
    await page.getByLabel('Creadas desde', { exact: true }).fill(today);
    const [day, month, year] = today.split('/');
    await page.waitForURL(new RegExp(`from=${year}-${month}-${day}`));
    await page.getByLabel('Creadas hasta', { exact: true }).fill('31/02/2026');
    await page.getByText('Escriba una fecha como dd/mm/aaaa.').waitFor();
    await page.getByLabel('Creadas hasta', { exact: true }).fill('');
    await page.getByRole('link', { name: 'Pasaportes alterados' }).waitFor();
    await expectScreenLooksRight(page, 'inbox-filtered-es');

    // The address, sent to a colleague or bookmarked, opens the same list.
    const address = page.url();
    const again = await page.context().newPage();
    await again.goto(address);
    await again.getByRole('link', { name: 'Pasaportes alterados' }).waitFor();
    expect(await again.getByRole('link', { name: 'Grupo con menores' }).count()).toBe(0);
    expect(await again.getByRole('combobox', { name: 'Categoría' }).innerText()).toContain('Fraude documental');
    expect(await again.getByLabel('Creadas desde', { exact: true }).inputValue()).toBe(today);

    // A day from which nothing was created.
    await again.getByLabel('Creadas desde', { exact: true }).fill('01/01/2099');
    await again.getByText('Ninguna remisión coincide con estos filtros.').waitFor();
    await page.context().close();
  }, 120_000);

  it('on a phone at 390 px: the top bar keeps the name, the inbox is cards with urgency, status and deadline', async () => {
    const page = await signedInPage(world.users.receiverOfficer, { width: 390, height: 844 });
    const bar = page.getByRole('banner');
    // The product's name in full (not "Enl…").
    expect(
      await bar
        .getByText('Enlace', { exact: true })
        .evaluate((name: { scrollWidth: number; clientWidth: number }) => name.scrollWidth <= name.clientWidth),
    ).toBe(true);
    // Language and sign-out wait in the bar's menu on a phone.
    await bar.getByRole('button', { name: 'Más: idioma y cerrar sesión' }).click();
    await page.getByRole('menuitem', { name: 'Cerrar sesión' }).waitFor();
    await page.getByRole('menuitem', { name: 'English' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('menu').waitFor({ state: 'detached' });
    await page.goto(`${api.url}/referrals/inbox`);
    const cards = page.getByRole('list', { name: 'Remisiones recibidas' });
    const card = cards.getByRole('listitem').filter({ hasText: 'Pasaportes alterados' });
    await card.getByText('Urgente').waitFor();
    await card.getByText('Enviada').waitFor();
    await card.getByText(/Plazo:/).waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    // The filters fold under one button, so the first card is on the first screen, not under eight fields.
    expect((await cards.getByRole('listitem').first().boundingBox())!.y).toBeLessThan(844);
    expect(await page.getByRole('combobox', { name: 'Urgencia' }).isVisible()).toBe(false);
    await expectScreenLooksRight(page, 'inbox-390-es');
    const folded = page.getByRole('button', { name: 'Filtros' });
    await folded.click();
    await page.getByRole('combobox', { name: 'Urgencia' }).click();
    await page.getByRole('option', { name: 'Urgente' }).click();
    await page.getByRole('button', { name: 'Filtros (1)' }).waitFor();
    await card.waitFor();
    await expectScreenLooksRight(page, 'inbox-390-filters-es');
    await page.context().close();
  }, 120_000);
});
