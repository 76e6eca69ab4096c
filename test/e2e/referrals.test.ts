/**
 * @jest-environment node
 */
import type { MikroORM } from '@mikro-orm/postgresql';
// Like every test file that starts the server: a database of its own, copied from the run's migrated template.
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
} from '../../web/e2e-support/browser.cjs';
import { aBorderWorld, type BorderWorld, startTestOrm, type TestUser } from '../support/factories';

// Text that looks like a catalogue key ("referrals.status") means a translation is missing.
const untranslatedKey = untranslatedKeyPattern();
const PASSWORD = 'correct horse battery staple';
// A real 1x1 PNG: the server believes a declared type only when the bytes agree.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

describe('a referral crosses the Guatemala-Mexico border in real browsers', () => {
  let api: TestServer;
  let browser: Browser;
  let orm: MikroORM;
  let world: BorderWorld;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    [api, browser, { orm }] = await Promise.all([startTestServer(), launchChromium(), startTestOrm()]);
    world = await aBorderWorld(orm);
    // The world's officers get passwords and the time zones they work in, so they can sign in through the UI.
    const em = orm.em.fork();
    const passwordHash = await hashPassword(PASSWORD);
    const zones: [TestUser, string][] = [
      [world.users.senderOfficer, 'America/Guatemala'],
      [world.users.receiverOfficer, 'America/Mexico_City'],
      [world.users.receiverCaseWorker, 'America/Mexico_City'],
      [world.users.foreignOfficer, 'America/Belize'],
      [world.users.fellowMemberOfficer, 'America/Mexico_City'],
    ];
    for (const [who, timeZone] of zones) {
      const user = await em.findOneOrFail(User, who.user.id);
      user.passwordHash = passwordHash;
      user.timeZone = timeZone;
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

  async function signedInPage(who: TestUser, timezoneId: string): Promise<Page> {
    const context = await browser.newContext({ locale: 'es-GT', timezoneId, viewport: { width: 1280, height: 800 } });
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

  async function choose(page: Page, field: RegExp, option: string | RegExp) {
    await page.getByRole('combobox', { name: field }).click();
    await page.getByRole('option', { name: option }).click();
  }

  let referralPath = '';
  const title = 'Camión con 23 migrantes hacia Ciudad Hidalgo';

  // Kept open across the tests: the Mexican officer's inbox sees the referral arrive, the sender sees the reply.
  let receiverPage: Page;
  let senderPage: Page;
  const reply = 'Recibido. Una patrulla del INM espera el camión en Ciudad Hidalgo.';

  it('the Mexican counterpart signs in to a home with the agency figures and opens the inbox', async () => {
    receiverPage = await signedInPage(world.users.receiverOfficer, 'America/Mexico_City');
    await receiverPage.getByRole('heading', { name: 'Trabajo de INM', level: 1 }).waitFor();
    await receiverPage.getByText('Nada pendiente por ahora.').waitFor();
    expect(await receiverPage.locator('body').innerText()).not.toMatch(untranslatedKey);
    await screenshot(receiverPage, 'home-member-es');
    expect(await seriousAccessibilityViolations(receiverPage)).toEqual([]);
    await receiverPage
      .getByRole('link', { name: /Recibidas/ })
      .first()
      .click();
    await receiverPage.getByRole('heading', { name: 'Remisiones recibidas', level: 1 }).waitFor();
    await receiverPage.getByText(/Su agencia no ha recibido remisiones/).waitFor();
  }, 120_000);

  it('a Guatemalan liaison officer writes an URGENT referral with a person involved, keeps it across a reload, sends it with a photo attached, and it arrives live in the open inbox', async () => {
    const page = await signedInPage(world.users.senderOfficer, 'America/Guatemala');
    senderPage = page;
    await page.goto(`${api.url}/referrals/new`);
    await page.getByRole('heading', { name: 'Nueva remisión', level: 1 }).waitFor();

    // Sending with nothing filled in: messages in Spanish next to the fields.
    await page.getByRole('button', { name: 'Guardar y enviar' }).click();
    await page.getByText('Este campo es obligatorio.').first().waitFor();

    await choose(page, /^Mecanismo de coordinación/, new RegExp(`Guatemala-México ${world.tag}`));
    // Only active members of the mechanism in another country: never the Belize or another Guatemalan agency.
    await page.getByRole('combobox', { name: /^Agencia receptora/ }).click();
    const receivers = await page.getByRole('option').allInnerTexts();
    expect(receivers).toHaveLength(2);
    expect(receivers.every((text) => text.includes('México'))).toBe(true);
    await page.getByRole('option', { name: new RegExp(`^INM · INM ${world.tag}`) }).click();
    await choose(page, /^Categoría/, 'Incidente de tráfico ilícito de migrantes');
    await choose(page, /^Urgencia/, 'Urgente');
    await page.getByLabel(/^Título/).fill(title);
    await page
      .getByLabel(/^Relato/)
      .fill('Un camión salió de Tecún Umán a las 22:00 con 23 personas, entre ellas una menor no acompañada.');
    await page.getByRole('button', { name: 'Añadir persona' }).click();
    await choose(page, /^Papel/, 'Posible víctima');
    await page.getByLabel('Nombres').fill('María José');
    await page.getByLabel('Apellidos').fill('López Cruz');
    // The nationality is chosen by its name in Spanish, never typed as a code.
    await page.getByRole('combobox', { name: /^Nacionalidad/ }).fill('Hondu');
    await page.getByRole('option', { name: 'Honduras' }).click();
    await page.getByLabel('Edad aproximada').fill('16');

    // A dropped connection or a reload loses nothing, and nothing personal went into the address.
    await page.reload();
    await expect(page.getByLabel(/^Título/).inputValue()).resolves.toBe(title);
    await expect(page.getByLabel('Nombres').inputValue()).resolves.toBe('María José');
    expect(page.url()).toBe(`${api.url}/referrals/new`);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'referral-new-es');

    await page.getByRole('button', { name: 'Guardar y enviar' }).click();
    await page.waitForURL(/\/referrals\/[0-9a-f-]{36}$/);
    referralPath = new URL(page.url()).pathname;
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    await page.getByText(/^GT-MX-\d{4}-\d+$/).waitFor();
    await page.getByText('Enviada', { exact: true }).first().waitFor();
    // The sender may withdraw, not acknowledge.
    await page.getByRole('button', { name: 'Retirar' }).waitFor();
    expect(await page.getByRole('button', { name: 'Confirmar recepción' }).count()).toBe(0);
    expect(await page.locator('body').innerText()).not.toMatch(untranslatedKey);

    // A file the server refuses (it says PDF, it is not): a translated message, nothing attached.
    await page.locator('input[type="file"]').setInputFiles({
      name: 'informe.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('not really a pdf'),
    });
    await page.getByText('Ese tipo de archivo no se admite.', { exact: false }).waitFor();
    await page.getByText(/Archivos permitidos: PDF, PNG/).waitFor();
    // The photo of the truck goes with the first message.
    await page.getByLabel('Mensaje a la otra agencia').fill('Foto del camión tomada en Tecún Umán.');
    await page.locator('input[type="file"]').setInputFiles({ name: 'camion.png', mimeType: 'image/png', buffer: PNG });
    await page.getByText(/^camion\.png · \d+ (B|byte)/).waitFor();
    await page.getByRole('button', { name: 'Enviar mensaje' }).click();
    await page.getByRole('link', { name: 'camion.png' }).waitFor();
    expect(await page.locator('body').innerText()).not.toMatch(untranslatedKey);
    await screenshot(page, 'referral-detail-sender-es');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // The download goes through the authenticated route: without the session it is refused.
    const downloadPath = await page.getByRole('link', { name: 'camion.png' }).getAttribute('href');
    expect(downloadPath).toMatch(/^\/api\/attachments\/[0-9a-f-]{36}$/);
    expect((await fetch(`${api.url}${downloadPath}`)).status).toBe(401);

    // The Mexican officer's inbox, open since before the referral was sent, shows it without a reload.
    await receiverPage.getByRole('row', { name: new RegExp(title) }).waitFor();
  }, 120_000);

  it('the Mexican counterpart acknowledges and accepts it, downloads the photo and replies; the sender sees the reply live', async () => {
    const page = receiverPage;
    const row = page.getByRole('row', { name: new RegExp(title) });
    await row.waitFor();
    await row.getByText('Urgente').waitFor();
    await row.getByText(`PNC`).waitFor();
    expect(await page.locator('body').innerText()).not.toMatch(untranslatedKey);
    await screenshot(page, 'referral-inbox-es');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('combobox', { name: 'Urgencia' }).click();
    await page.getByRole('option', { name: 'Inmediata' }).click();
    await page.getByText('Ninguna remisión coincide con estos filtros.').waitFor();
    await page.getByRole('combobox', { name: 'Urgencia' }).click();
    await page.getByRole('option', { name: 'Cualquier urgencia' }).click();

    await row.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    // A liaison officer of the receiving agency reads the person's identifying data.
    await page.getByRole('cell', { name: 'María José López Cruz' }).waitFor();
    await page.getByRole('button', { name: 'Confirmar recepción' }).click();
    await page.getByText('Recibida', { exact: true }).first().waitFor();
    await page.getByRole('button', { name: 'Aceptar', exact: true }).click();
    await page.getByText('Aceptada', { exact: true }).first().waitFor();
    await page.getByRole('button', { name: 'Iniciar trabajo' }).waitFor();
    await page.getByText('Aceptada por INM').waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'camion.png' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('camion.png');
    await page.getByLabel('Mensaje a la otra agencia').fill(reply);
    await page.getByRole('button', { name: 'Enviar mensaje' }).click();
    await page.getByText('Mensaje enviado.').waitFor();
    expect(await page.locator('body').innerText()).not.toMatch(untranslatedKey);
    await screenshot(page, 'referral-detail-es');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // The sender's page, left open on the referral, shows the new status and the reply by itself.
    await senderPage.getByText(reply).waitFor();
    await senderPage.getByText('Aceptada', { exact: true }).first().waitFor();
    await screenshot(senderPage, 'referral-detail-sender-reply-es');
    await senderPage.context().close();

    // The same screen in Portuguese: every text translated, dates still in the officer's time zone.
    await page.getByRole('button', { name: 'Idioma: Español' }).click();
    await page.getByRole('menuitem', { name: 'Português' }).click();
    await page.getByRole('heading', { name: 'Pessoas envolvidas' }).waitFor();
    await page.getByText('Aceito por INM').waitFor();
    expect(await page.locator('body').innerText()).not.toMatch(untranslatedKey);
    await screenshot(page, 'referral-detail-pt');
    // The choice is saved in the officer's profile: back to Spanish for the tests that follow.
    await page.getByRole('button', { name: /Português/ }).click();
    await page.getByRole('menuitem', { name: 'Español' }).click();
    await page.getByRole('heading', { name: 'Personas involucradas' }).waitFor();
    await page.waitForLoadState('networkidle'); // the profile update has been answered
    await page.context().close();
  }, 120_000);

  it('a case worker of the receiving agency sees the person marked restricted', async () => {
    const page = await signedInPage(world.users.receiverCaseWorker, 'America/Mexico_City');
    await page.goto(`${api.url}${referralPath}`);
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    await page.getByText('Restringido').first().waitFor();
    expect(await page.getByText('María José').count()).toBe(0);
    await screenshot(page, 'referral-detail-restricted-es');
    await page.context().close();
  }, 120_000);

  const draftTitle = 'Pasaportes alterados en El Carmen';
  let draftPath = '';

  it('a draft saved on the server is reopened from the outbox, finished across a reload, and sent', async () => {
    const page = await signedInPage(world.users.senderOfficer, 'America/Guatemala');
    await page.goto(`${api.url}/referrals/new`);
    await page.getByRole('heading', { name: 'Nueva remisión', level: 1 }).waitFor();
    // The referral sent earlier left nothing behind in the form.
    await expect(page.getByLabel(/^Título/).inputValue()).resolves.toBe('');
    await choose(page, /^Mecanismo de coordinación/, new RegExp(`Guatemala-México ${world.tag}`));
    await choose(page, /^Agencia receptora/, new RegExp(`^INM · INM ${world.tag}`));
    await choose(page, /^Categoría/, 'Fraude documental');
    await choose(page, /^Urgencia/, 'Ordinaria');
    // H3: passed on to a third agency only with the sender's approval (the next test).
    await choose(page, /^Código de tratamiento/, /^H3/);
    await page.getByLabel(/^Título/).fill(draftTitle);
    await page.getByLabel(/^Relato/).fill('Tres pasaportes con la misma fotografía.');
    await page.getByRole('button', { name: 'Guardar borrador' }).click();
    await page.getByText('Borrador guardado.').waitFor();

    await page.goto(`${api.url}/referrals/outbox`);
    const row = page.getByRole('row', { name: new RegExp(draftTitle) });
    await row.getByText('Borrador', { exact: true }).waitFor();
    await row.getByRole('link', { name: draftTitle }).click();
    await page.waitForURL(/\/referrals\/[0-9a-f-]{36}\/edit$/);
    await page.getByRole('heading', { name: 'Borrador de remisión', level: 1 }).waitFor();
    await expect(page.getByLabel(/^Título/).inputValue()).resolves.toBe(draftTitle);
    const narrative = 'Tres pasaportes con la misma fotografía, sellos de entrada falsos.';
    await page.getByLabel(/^Relato/).fill(narrative);
    // Unsaved typing survives a reload of the opened draft.
    await page.reload();
    await expect(page.getByLabel(/^Relato/).inputValue()).resolves.toBe(narrative);
    expect(await page.locator('body').innerText()).not.toMatch(untranslatedKey);
    await screenshot(page, 'referral-draft-es');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Guardar y enviar' }).click();
    await page.waitForURL(/\/referrals\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: draftTitle, level: 1 }).waitFor();
    await page.getByText(/^GT-MX-\d{4}-\d+$/).waitFor();
    await page.getByText(narrative).waitFor();
    draftPath = new URL(page.url()).pathname;
    await page.context().close();
  }, 120_000);

  it('under H3 the receiver asks to forward it, the sender approves, and the third agency finds it forwarded to it', async () => {
    const receiver = await signedInPage(world.users.receiverOfficer, 'America/Mexico_City');
    await receiver.goto(`${api.url}${draftPath}`);
    await receiver.getByRole('button', { name: 'Confirmar recepción' }).click();
    await receiver.getByText('Recibida', { exact: true }).first().waitFor();
    await receiver.getByRole('button', { name: 'Pedir reenvío a otra agencia' }).click();
    const dialog = receiver.getByRole('dialog');
    await dialog.getByText(/La agencia que envía debe aprobar este reenvío/).waitFor();
    await dialog.getByRole('combobox', { name: /Agencia destinataria/ }).click();
    await receiver.getByRole('option', { name: new RegExp(`^FGR · FGR ${world.tag}`) }).click();
    await dialog.getByLabel('Comentario (opcional)').fill('La FGR investiga la misma red.');
    await dialog.getByRole('button', { name: 'Confirmar' }).click();
    await receiver.getByText('Pendiente de aprobación').waitFor();
    expect(await receiver.locator('body').innerText()).not.toMatch(untranslatedKey);
    await screenshot(receiver, 'referral-forward-requested-es');
    expect(await seriousAccessibilityViolations(receiver)).toEqual([]);

    const sender = await signedInPage(world.users.senderOfficer, 'America/Guatemala');
    await sender.goto(`${api.url}${draftPath}`);
    await sender.getByText('La FGR investiga la misma red.').waitFor();
    await sender.getByRole('button', { name: 'Aprobar' }).click();
    await sender.getByText('Activo', { exact: true }).waitFor();
    // The receiving officer's page shows the decision by itself.
    await receiver.getByText('Activo', { exact: true }).waitFor();
    await sender.context().close();
    await receiver.context().close();

    const third = await signedInPage(world.users.fellowMemberOfficer, 'America/Mexico_City');
    await third.goto(`${api.url}/referrals/forwarded`);
    const row = third.getByRole('row', { name: new RegExp(draftTitle) });
    await row.getByText('PNC → INM').waitFor();
    expect(await third.locator('body').innerText()).not.toMatch(untranslatedKey);
    await screenshot(third, 'referrals-forwarded-es');
    expect(await seriousAccessibilityViolations(third)).toEqual([]);
    await row.getByRole('link', { name: draftTitle }).click();
    await third.getByRole('heading', { name: draftTitle, level: 1 }).waitFor();
    await screenshot(third, 'referral-detail-forwarded-es');
    await third.context().close();
  }, 150_000);

  it('an officer of an agency outside the mechanism gets the not-found page from its address', async () => {
    const page = await signedInPage(world.users.foreignOfficer, 'America/Belize');
    await page.goto(`${api.url}${referralPath}`);
    await page.getByRole('heading', { name: 'Página no encontrada' }).waitFor();
    expect(await page.getByText(title).count()).toBe(0);
    // Nor does it reach it as a forward: nothing was passed on to that agency.
    await page.goto(`${api.url}/referrals/forwarded`);
    await page.getByText('Ninguna remisión ha sido reenviada a su agencia.').waitFor();
    expect(await page.getByText(title).count()).toBe(0);
    await screenshot(page, 'referrals-forwarded-empty-es');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('an open inbox reconnects after the server was away, and still updates by itself', async () => {
    const inbox = await signedInPage(world.users.receiverOfficer, 'America/Mexico_City');
    const firstSocket = inbox.waitForEvent('websocket');
    await inbox.goto(`${api.url}/referrals/inbox`);
    await inbox.getByRole('row', { name: new RegExp(title) }).waitFor();
    const socket = await firstSocket;
    const closed = new Promise((resolve) => socket.on('close', resolve));

    // The server goes away and comes back on the same address (sessions live in the database).
    const port = new URL(api.url).port;
    await api.stop();
    await closed;
    api = await startTestServer({ PORT: port });

    const later = 'Lancha con 9 personas frente a Ocós';
    const page = await signedInPage(world.users.senderOfficer, 'America/Guatemala');
    await page.goto(`${api.url}/referrals/new`);
    await choose(page, /^Mecanismo de coordinación/, new RegExp(`Guatemala-México ${world.tag}`));
    await choose(page, /^Agencia receptora/, new RegExp(`^INM · INM ${world.tag}`));
    await choose(page, /^Categoría/, 'Incidente de tráfico ilícito de migrantes');
    await choose(page, /^Urgencia/, 'Inmediata');
    await page.getByLabel(/^Título/).fill(later);
    await page.getByLabel(/^Relato/).fill('Una lancha salió de Ocós hacia Puerto Madero con 9 personas.');
    await page.getByRole('button', { name: 'Guardar y enviar' }).click();
    await page.waitForURL(/\/referrals\/[0-9a-f-]{36}$/);

    // The inbox, never reloaded, got its socket back and shows the new referral.
    await inbox.getByRole('row', { name: new RegExp(later) }).waitFor({ timeout: 45_000 });
    await inbox.context().close();
    await page.context().close();
  }, 150_000);
});
