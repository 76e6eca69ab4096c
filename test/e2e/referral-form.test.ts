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
  expectScreenLooksRight,
  launchChromium,
  openSignedInPage,
  type Browser,
  type Page,
  pickFromList,
} from '../../web/e2e-support/browser.cjs';
import { aBorderWorld, type BorderWorld, startTestOrm } from '../support/factories';

const PASSWORD = 'correct horse battery staple';
const WIDE = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };

describe('the full referral form: the urgent minimum in a few steps, everything the API takes when there is time', () => {
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
    for (const who of [world.users.senderOfficer, world.users.receiverOfficer]) {
      const user = await em.findOneOrFail(User, who.user.id);
      user.passwordHash = passwordHash;
      user.timeZone = 'America/Guatemala';
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

  const signedIn = (who: BorderWorld['users']['senderOfficer'], viewport = WIDE) =>
    openSignedInPage(browser, {
      baseUrl: api.url,
      email: who.user.email!,
      password: PASSWORD,
      pageErrors,
      context: { locale: 'es-GT', timezoneId: 'America/Guatemala', viewport },
    });

  async function choose(page: Page, field: RegExp, option: string | RegExp) {
    await page.getByRole('combobox', { name: field }).click();
    await page.getByRole('option', { name: option }).click();
  }

  async function fillTheMinimum(page: Page, title: string) {
    await choose(page, /^Mecanismo de coordinación/, new RegExp(`Guatemala-México ${world.tag}`));
    await choose(page, /^Agencia receptora/, new RegExp(`^INM · INM ${world.tag}`));
    await choose(page, /^Categoría/, 'Migrantes abandonados o desaparecidos');
    await choose(page, /^Urgencia/, 'Inmediata');
    await page.getByLabel(/^Título/).fill(title);
    await page.getByLabel(/^Relato/).fill('Doce personas abandonadas en la ribera del Suchiate, dos con hipotermia.');
  }

  it('an IMMEDIATE referral goes out with the minimum: four choices, two texts, one click', async () => {
    const page = await signedIn(world.users.senderOfficer);
    await page.goto(`${api.url}/referrals/new`);
    await page.getByRole('heading', { name: 'Nueva remisión', level: 1 }).waitFor();
    // The urgent minimum is on screen; the rest waits behind buttons until asked for.
    expect(await page.getByRole('combobox', { name: /^Sexo/ }).count()).toBe(0);
    await expectScreenLooksRight(page, 'referral-form-empty-1366-es');

    const started = Date.now();
    const title = 'Migrantes abandonados en el Suchiate';
    await fillTheMinimum(page, title);
    await page.getByRole('button', { name: 'Guardar y enviar' }).click();
    await page.waitForURL(/\/referrals\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    await page.getByText(/^GT-MX-\d{4}-\d+$/).waitFor();
    // Well under the minute an officer at the border post has, even driven by a test.
    expect(Date.now() - started).toBeLessThan(60_000);
    // No person was given: the persons section says so instead of an empty table.
    await page.getByText('No se registraron personas.').waitFor();
    await page.context().close();
  }, 120_000);

  it("the place: the phone's position on the officer's click (no map server), refused or typed coordinates validated, shown on the referral", async () => {
    // Refused: the browser has no permission to give the position; the officer is told what to do instead.
    const refused = await signedIn(world.users.senderOfficer, PHONE);
    await refused.goto(`${api.url}/referrals/new`);
    await refused.getByRole('heading', { name: 'Nueva remisión', level: 1 }).waitFor();
    await refused.getByRole('button', { name: 'Usar mi ubicación actual' }).click();
    await refused
      .getByRole('alert')
      .getByText(/El navegador no dio la ubicación/)
      .waitFor();
    await refused.context().close();

    const page = await signedIn(world.users.senderOfficer, PHONE);
    await page.context().grantPermissions(['geolocation'], { origin: api.url });
    await page.context().setGeolocation({ latitude: 14.676712345, longitude: -92.149198765 });
    await page.goto(`${api.url}/referrals/new`);
    await page.getByRole('heading', { name: 'Nueva remisión', level: 1 }).waitFor();
    await fillTheMinimum(page, 'Grupo en la ribera, posición del teléfono');
    // Typed by hand out of range, or only one of the two: refused next to the field, nothing sent.
    await page.getByLabel('Latitud').fill('95.5');
    await page.getByRole('button', { name: 'Guardar y enviar' }).click();
    await page.getByText(/^Escriba un número en grados decimales/).waitFor();
    await page.getByText('Indique la latitud y la longitud, o ninguna de las dos.').waitFor();
    expect(page.url()).toBe(`${api.url}/referrals/new`);
    // The device's position fills both, to six decimals.
    await page.getByRole('button', { name: 'Usar mi ubicación actual' }).click();
    // The browser answers a moment after the click: wait for the field to change (at most 10 s), then check both.
    for (let tries = 0; tries < 100 && (await page.getByLabel('Latitud').inputValue()) === '95.5'; tries++)
      await page.waitForTimeout(100);
    await expect(page.getByLabel('Latitud').inputValue()).resolves.toBe('14.676712');
    await expect(page.getByLabel('Longitud').inputValue()).resolves.toBe('-92.149199');
    expect(await page.evaluate('document.documentElement.scrollWidth <= document.documentElement.clientWidth')).toBe(
      true,
    );
    await expectScreenLooksRight(page, 'referral-form-location-390-es');
    await page.getByRole('button', { name: 'Guardar y enviar' }).click();
    await page.waitForURL(/\/referrals\/[0-9a-f-]{36}$/);
    await page.getByText('14.676712, -92.149199').waitFor();
    await page.context().close();
  }, 120_000);

  it('bad input is refused next to each field, in Spanish, and nothing is sent', async () => {
    const page = await signedIn(world.users.senderOfficer);
    await page.goto(`${api.url}/referrals/new`);
    await page.getByRole('heading', { name: 'Nueva remisión', level: 1 }).waitFor();
    await fillTheMinimum(page, 'Datos con errores');
    await page.getByRole('button', { name: 'Añadir persona' }).click();
    await choose(page, /^Papel/, 'Testigo');
    await page.getByLabel('Edad aproximada').fill('130');
    await page.getByRole('button', { name: 'Más sobre esta persona' }).click();
    await page.getByLabel('Fecha de nacimiento', { exact: true }).fill('01/01/2099');
    await page.getByRole('button', { name: 'Añadir documento de identidad' }).click();
    await page.getByRole('button', { name: 'Añadir teléfono' }).click();
    await page.getByLabel(/^Teléfono/).fill('llamar a Juan');
    await page.getByRole('button', { name: 'Añadir vehículo' }).click();

    await page.getByRole('button', { name: 'Guardar y enviar' }).click();
    await page.getByText('Escriba una edad entre 0 y 120.').waitFor();
    await page.getByText('La fecha no puede ser futura.').waitFor();
    await page.getByText('Este campo es obligatorio.').first().waitFor(); // the document's number
    await page.getByText('Use solo cifras, espacios y + ( ) - .').waitFor();
    await page.getByText('Escriba la placa o la descripción del vehículo.').waitFor();
    // The inputs stop at the server's limits: a plate longer than 20 characters cannot be typed.
    await page.getByLabel('Placa').fill('P-123ABC-GUATEMALA-XYZ-999');
    await expect(page.getByLabel('Placa').inputValue()).resolves.toHaveLength(20);
    expect(page.url()).toBe(`${api.url}/referrals/new`);
    await expectScreenLooksRight(page, 'referral-form-errors-1366-es');

    // Emptied, the form is ready for the next test.
    await page.getByRole('button', { name: 'Vaciar el formulario' }).click();
    await page.context().close();
  }, 120_000);

  const fullTitle = 'Camión interceptado con documentos falsos';

  it('a full referral: crossing point from the list, a person with documents, phones and a vehicle, saved as a draft, reopened and sent; the referral page shows it all', async () => {
    const page = await signedIn(world.users.senderOfficer);
    await page.goto(`${api.url}/referrals/new`);
    await page.getByRole('heading', { name: 'Nueva remisión', level: 1 }).waitFor();
    await choose(page, /^Mecanismo de coordinación/, new RegExp(`Guatemala-México ${world.tag}`));
    await choose(page, /^Agencia receptora/, new RegExp(`^INM · INM ${world.tag}`));
    await choose(page, /^Categoría/, 'Fraude documental');
    await choose(page, /^Urgencia/, 'Urgente');
    await page.getByLabel(/^Título/).fill(fullTitle);
    await page.getByLabel(/^Relato/).fill('El conductor mostró un pasaporte con la fotografía de otra persona.');
    await choose(page, /^Paso fronterizo/, 'Tecún Umán - Ciudad Hidalgo');
    await page.getByLabel(/^Lugar/).fill('Aduana, carril de carga');

    await page.getByRole('button', { name: 'Añadir persona' }).click();
    await choose(page, /^Papel/, 'Presunto traficante');
    await page.getByLabel('Nombres').fill('Óscar Rolando');
    await page.getByLabel('Apellidos').fill('Tzul Pérez');
    // The nationality by its name in Spanish; the mechanism's countries come first in the list.
    await page.getByRole('combobox', { name: /^Nacionalidad/ }).click();
    const firstOptions = await page.getByRole('option').allInnerTexts();
    expect(firstOptions.slice(0, 2)).toEqual(['Guatemala', 'México']);
    await page.keyboard.press('Escape');
    await pickFromList(page, /^Nacionalidad/, 'Hondu', 'Honduras');
    await page.getByRole('button', { name: 'Más sobre esta persona' }).click();
    await choose(page, /^Sexo/, 'Hombre');
    await page.getByLabel('Fecha de nacimiento', { exact: true }).fill('14/03/1988');
    await page.getByLabel('Alias').fill('El Güero, Rolo');
    await page.getByRole('button', { name: 'Añadir documento de identidad' }).click();
    await page.getByLabel(/^Número de documento/).fill('E1234567');
    await pickFromList(page, /^País emisor/, 'Hond', 'Honduras');
    await page.getByRole('button', { name: 'Añadir teléfono' }).click();
    await page.getByLabel(/^Teléfono/).fill('+504 9988 7766');
    await page.getByRole('button', { name: 'Añadir vehículo' }).click();
    await page.getByLabel('Placa').fill('C-987BCD');
    await page.getByLabel('Marca, modelo, color').fill('Freightliner blanco');
    await expectScreenLooksRight(page, 'referral-form-full-1366-es');

    // Saved on the server as a draft, reopened from the outbox: everything comes back.
    await page.getByRole('button', { name: 'Guardar borrador' }).click();
    await page.getByText('Borrador guardado.').waitFor();
    await page.getByRole('button', { name: 'Vaciar el formulario' }).click();
    await page.goto(`${api.url}/referrals/outbox`);
    await page.getByRole('link', { name: fullTitle }).click();
    await page.waitForURL(/\/referrals\/[0-9a-f-]{36}\/edit$/);
    await page.getByRole('heading', { name: 'Borrador de remisión', level: 1 }).waitFor();
    await expect(page.getByLabel(/^Número de documento/).inputValue()).resolves.toBe('E1234567');
    await expect(page.getByRole('combobox', { name: /^Nacionalidad/ }).inputValue()).resolves.toBe('Honduras');
    await expect(page.getByLabel('Alias').inputValue()).resolves.toBe('El Güero, Rolo');
    await expect(page.getByLabel('Placa').inputValue()).resolves.toBe('C-987BCD');

    await page.getByRole('button', { name: 'Guardar y enviar' }).click();
    await page.waitForURL(/\/referrals\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: fullTitle, level: 1 }).waitFor();
    const persons = page.getByRole('table', { name: 'Personas involucradas' });
    await persons.getByRole('cell', { name: 'Óscar Rolando Tzul Pérez' }).waitFor();
    await persons.getByRole('cell', { name: 'Honduras', exact: true }).waitFor();
    await persons.getByRole('cell', { name: 'El Güero, Rolo' }).waitFor();
    await persons.getByRole('cell', { name: 'Pasaporte E1234567 (Honduras)' }).waitFor();
    await persons.getByRole('cell', { name: '+504 9988 7766' }).waitFor();
    await persons.getByRole('cell', { name: 'C-987BCD · Freightliner blanco' }).waitFor();
    await page.getByText('Tecún Umán - Ciudad Hidalgo').waitFor();
    await page.getByText('Aduana, carril de carga').waitFor();
    // Columns that are empty for every person are left out.
    expect(await persons.getByRole('columnheader').allInnerTexts()).toEqual([
      'Papel',
      'Nombre',
      'Alias',
      'Sexo',
      'Fecha de nacimiento',
      'Nacionalidad',
      'Documentos de identidad',
      'Teléfonos',
      'Vehículos',
    ]);
    // Two columns: the case on the left, the actions on the right, side by side.
    const caseBox = await page.getByRole('heading', { name: 'Caso', level: 2 }).boundingBox();
    const actionsBox = await page.getByRole('complementary', { name: 'Acciones' }).boundingBox();
    expect(actionsBox!.x).toBeGreaterThan(caseBox!.x + caseBox!.width);

    await page.getByLabel('Mensaje a la otra agencia').fill('El conductor queda a disposición de la PNC.');
    await page.getByRole('button', { name: 'Enviar mensaje' }).click();
    await page.getByRole('listitem', { name: /^Mensaje de Usted \(PNC\)/ }).waitFor();
    await expectScreenLooksRight(page, 'referral-page-full-1366-es');
    await page.context().close();
  }, 180_000);

  it('on a 390 px phone the form fits the screen and the referral page is three tabs; persons are cards', async () => {
    const page = await signedIn(world.users.senderOfficer, PHONE);
    await page.goto(`${api.url}/referrals/new`);
    await page.getByRole('heading', { name: 'Nueva remisión', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Añadir persona' }).click();
    await page.getByRole('button', { name: 'Más sobre esta persona' }).click();
    await page.getByRole('button', { name: 'Añadir documento de identidad' }).click();
    // Nothing wider than the phone: no sideways scrolling.
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await expectScreenLooksRight(page, 'referral-form-390-es');
    await page.getByRole('button', { name: 'Vaciar el formulario' }).click();

    await page.goto(`${api.url}/referrals/outbox`);
    await page.getByRole('link', { name: fullTitle }).click();
    await page.getByRole('heading', { name: fullTitle, level: 1 }).waitFor();
    const tabs = page.getByRole('tablist', { name: 'Partes de la remisión' });
    await tabs.getByRole('tab', { name: 'Caso', selected: true }).waitFor();
    await page.getByText('Pasaporte E1234567 (Honduras)').waitFor();
    expect(await page.getByRole('table', { name: 'Personas involucradas' }).count()).toBe(0);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await expectScreenLooksRight(page, 'referral-page-case-390-es');

    await tabs.getByRole('tab', { name: 'Acciones' }).click();
    await page.getByRole('button', { name: 'Retirar' }).waitFor();
    await page.getByRole('heading', { name: 'Plazos' }).waitFor();
    await expectScreenLooksRight(page, 'referral-page-actions-390-es');

    await tabs.getByRole('tab', { name: 'Conversación' }).click();
    await page.getByText('El conductor queda a disposición de la PNC.').waitFor();
    await expectScreenLooksRight(page, 'referral-page-conversation-390-es');
    await page.context().close();
  }, 120_000);

  it('the receiving officer sees the message on the other side of the chat, with the sender named and their agency', async () => {
    const page = await signedIn(world.users.receiverOfficer);
    await page.goto(`${api.url}/referrals/inbox`);
    await page.getByRole('link', { name: fullTitle }).click();
    await page.getByRole('heading', { name: fullTitle, level: 1 }).waitFor();
    const message = page.getByRole('listitem', { name: new RegExp(`^Mensaje de .+ \\(PNC\\)`) });
    await message.getByText('El conductor queda a disposición de la PNC.').waitFor();
    await message.getByText(world.users.senderOfficer.user.name).waitFor();
    await expectScreenLooksRight(page, 'referral-page-receiver-1366-es');
    await page.context().close();
  }, 120_000);
});
