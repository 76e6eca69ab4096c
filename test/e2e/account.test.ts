/**
 * @jest-environment node
 */
// Like every test file that starts the server: a database of its own, copied from the run's migrated template.
import '../support/per-file-database';
import type { Agency } from '../../server/src/modules/identity/agency.entity';
import { Role } from '../../server/src/platform/authz/roles';
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
import { anAgency, aUser, signInAs, type TestUser, totpCode, unique } from '../support/factories';
import { at } from '../support/indexing';

// Text that looks like a catalogue key ("account.title") means a translation is missing.
const untranslatedKey = untranslatedKeyPattern();
const INVITE = `mutation Invite($input: InviteUserInput!) { inviteUser(input: $input) { id } }`;
const PASSWORD = 'nieve en el volcán de Tacaná';

describe('a new case worker joins from an invitation; an auditor checks the trail', () => {
  let api: TestServer;
  let browser: Browser;
  let agency: Agency;
  let admin: TestUser;
  let auditor: TestUser;
  const email = `rosa.${unique()}@igm.gob.gt`;
  let totpSecret = '';
  const pageErrors: string[] = [];

  beforeAll(async () => {
    [api, browser] = await Promise.all([startTestServer(), launchChromium()]);
    const orm = api.server.orm;
    agency = await anAgency(orm, { countryCode: 'GT' });
    admin = await aUser(orm, agency, { password: true, roles: [Role.AGENCY_ADMIN], totp: true });
    auditor = await aUser(orm, agency, { password: true, roles: [Role.AUDITOR] });
  }, 180_000);
  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  /** A Guatemalan officer's browser, fresh: nothing remembered from an earlier visit. */
  async function openPage(): Promise<Page> {
    const context = await browser.newContext({
      locale: 'es-GT',
      timezoneId: 'America/Guatemala',
      viewport: { width: 1280, height: 800 },
    });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    return page;
  }

  async function signIn(page: Page, who: string, password: string) {
    await page.goto(`${api.url}/sign-in`);
    await page.getByLabel('Correo electrónico institucional').fill(who);
    await page.getByLabel('Contraseña').fill(password);
    await page.getByRole('button', { name: 'Continuar' }).click();
  }

  /** Waits until no CSS transition runs (a notice fading in, a dialog opening). */
  async function settled(page: Page) {
    // A string: this file is type-checked without the DOM library, and the expression runs in the page.
    await waitUntilTrue(
      page,
      `document.getAnimations().every((a) => !(a instanceof CSSTransition) || a.playState !== 'running')`,
    );
  }

  /** The link of the invitation mail the server wrote, pointed at this test's server. */
  async function invitationLink(): Promise<string> {
    const rows: { text: string }[] = await api.server.orm.em
      .fork()
      .execute('select text from mail_outbox where recipient = ? order by created_at desc', [email]);
    const link = new URL(/https?:\/\/\S+/.exec(at(rows, 0).text)![0]);
    return `${api.url}${link.pathname}${link.hash}`;
  }

  it('the invited person sets a password from the mailed link and is signed in', async () => {
    const adminCookie = await signInAs(api, admin);
    const invited = await api.graphql(
      INVITE,
      {
        input: {
          agencyId: agency.id,
          email,
          name: 'Rosa Tzul',
          roles: ['CASE_WORKER'],
          locale: 'es',
          timeZone: 'America/Guatemala',
        },
      },
      { cookie: adminCookie },
    );
    expect(invited.errors).toBeUndefined();
    // A case worker's role waits for a second admin of the agency; the link is mailed once they approve.
    const secondAdmin = await aUser(api.server.orm, agency, { password: true, roles: [Role.AGENCY_ADMIN], totp: true });
    const secondCookie = await signInAs(api, secondAdmin);
    const waiting = await api.graphql<{ roleGrantRequests: { id: string }[] }>(
      '{ roleGrantRequests { id } }',
      {},
      { cookie: secondCookie },
    );
    const approved = await api.graphql(
      'mutation ($id: ID!) { approveRoleGrant(id: $id) { id } }',
      { id: at(waiting.data!.roleGrantRequests, 0).id },
      { cookie: secondCookie },
    );
    expect(approved.errors).toBeUndefined();
    const link = await invitationLink();
    expect(link).toMatch(/\/accept-invitation#token=/);

    const page = await openPage();
    await page.goto(link);
    await page.getByRole('heading', { name: 'Activar su cuenta', level: 1 }).waitFor();
    // The token is read once and taken out of the address bar.
    await page.waitForURL(`${api.url}/accept-invitation`);
    expect(page.url()).not.toContain('token');

    await page.getByLabel(/^Nueva contraseña/).fill('corta');
    await page.getByLabel(/^Repita la nueva contraseña/).fill('corta');
    await page.getByRole('button', { name: 'Guardar contraseña y entrar' }).click();
    await page.getByText('La contraseña debe tener al menos 12 caracteres.').waitFor();
    expect(await page.locator('body').innerText()).not.toMatch(untranslatedKey);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'accept-invitation-es');

    await page.getByLabel(/^Nueva contraseña/).fill(PASSWORD);
    await page.getByLabel(/^Repita la nueva contraseña/).fill(PASSWORD);
    await page.getByRole('button', { name: 'Guardar contraseña y entrar' }).click();
    await page.waitForURL(`${api.url}/`);
    await page.getByText(agency.name).first().waitFor();
    // A case worker is not an auditor: no audit trail in the menu.
    const menu = page.getByRole('navigation', { name: 'Navegación principal' });
    await menu.getByRole('link', { name: 'Mi perfil' }).waitFor();
    expect(await menu.getByRole('link', { name: 'Auditoría' }).count()).toBe(0);
    await page.context().close();
  }, 120_000);

  it('turns on two-step verification and switches the profile to Portuguese, which the next sign-in keeps', async () => {
    const page = await openPage();
    await signIn(page, email, PASSWORD);
    await page.waitForURL(`${api.url}/`);
    await page
      .getByRole('navigation', { name: 'Navegación principal' })
      .getByRole('link', { name: 'Mi perfil' })
      .click();
    await page.getByRole('heading', { name: 'Mi perfil', level: 1 }).waitFor();

    await page.getByRole('button', { name: 'Activar la verificación en dos pasos' }).click();
    const key = page.getByText(/^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/);
    totpSecret = (await key.innerText()).replace(/\s/g, '');
    await page.getByRole('img', { name: 'Código QR para añadir Enlace a su aplicación de autenticación' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'profile-totp-enrolment-es');
    await page.getByLabel(/^Código que muestra la aplicación/).fill(await totpCode(totpSecret));
    await page.getByRole('button', { name: 'Confirmar' }).click();
    await page.getByRole('list', { name: 'Códigos de recuperación' }).waitFor();
    expect(await page.getByRole('list', { name: 'Códigos de recuperación' }).getByRole('listitem').count()).toBe(10);
    await screenshot(page, 'profile-recovery-codes-es');
    await page.getByRole('button', { name: 'Ya guardé los códigos' }).click();
    await page.getByText('La verificación en dos pasos está activada en su cuenta.').waitFor();

    await page.getByLabel('Idioma', { exact: true }).selectOption('pt');
    await page.getByRole('button', { name: 'Guardar preferencias' }).click();
    await page.getByRole('heading', { name: 'Meu perfil', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Sair', exact: true }).waitFor();
    // The confirmation, already in the language just chosen; checked once it has faded in (axe would measure
    // the contrast of a half-transparent notice).
    await page.getByText('Preferências salvas.').waitFor();
    await settled(page);
    expect(await page.locator('body').innerText()).not.toMatch(untranslatedKey);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'profile-pt');
    await page.getByRole('button', { name: 'Sair', exact: true }).click();
    await page.waitForURL(`${api.url}/sign-in`);
    await page.context().close();

    // Another browser, set to Spanish, that has never seen this user: the profile decides the language.
    const next = await openPage();
    await signIn(next, email, PASSWORD);
    await next.getByLabel('Código de verificación').fill(await totpCode(totpSecret));
    await next.getByRole('button', { name: 'Verificar' }).click();
    await next.waitForURL(`${api.url}/`);
    await next.getByRole('button', { name: 'Sair', exact: true }).waitFor();
    await next
      .getByRole('navigation', { name: 'Navegação principal' })
      .getByRole('link', { name: 'Meu perfil' })
      .waitFor();
    expect(await next.locator('html').getAttribute('lang')).toBe('pt-BR');
    expect(await next.locator('body').innerText()).not.toMatch(untranslatedKey);
    await screenshot(next, 'home-after-sign-in-pt');
    await next.context().close();
  }, 120_000);

  it('an auditor opens the audit trail, sees the chain verified and what the agency’s people did', async () => {
    const page = await openPage();
    await signIn(page, auditor.email, auditor.password!);
    await page.waitForURL(`${api.url}/`);
    await page
      .getByRole('navigation', { name: 'Navegación principal' })
      .getByRole('link', { name: 'Auditoría' })
      .click();
    await page.getByRole('heading', { name: 'Registro de auditoría', level: 1 }).waitFor();
    await page.getByText('Registro íntegro').waitFor();
    await page.getByText(/Se comprobaron \d+ eventos: ninguno fue modificado ni borrado/).waitFor();
    const trail = page.getByRole('table', { name: 'Actividad de nuestra agencia' });
    // Actions in the auditor's language, not their codes.
    await trail.getByText('Invitó a una persona', { exact: true }).first().waitFor();
    await trail.getByText('Cambió su perfil', { exact: true }).first().waitFor();
    expect(await page.locator('body').innerText()).not.toMatch(untranslatedKey);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'audit-trail-es');

    await page.getByRole('combobox', { name: 'Acción' }).click();
    await page.getByRole('option', { name: 'Activó la verificación en dos pasos' }).click();
    await page.getByRole('button', { name: 'Filtrar', exact: true }).click();
    await trail.getByText('Invitó a una persona', { exact: true }).first().waitFor({ state: 'detached' });
    await trail.getByText('Activó la verificación en dos pasos', { exact: true }).first().waitFor();

    await page.getByRole('tab', { name: 'Accesos de otras agencias' }).click();
    await page.waitForURL(/\/audit\?view=owner$/);
    // Another tab starts unfiltered. Actions on our records by nobody signed in (accepting the invitation)
    // belong to this view.
    const owner = page.getByRole('table', { name: 'Accesos de otras agencias' });
    const accepted = owner.getByRole('row', { name: /Activó su cuenta/ });
    await accepted.getByText('Sin sesión').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'audit-data-owner-es');
    await page.context().close();
  }, 120_000);
});
