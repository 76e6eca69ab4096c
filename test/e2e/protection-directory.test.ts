/**
 * @jest-environment node
 */
// Like every test file that starts the server: a database of its own, copied from the run's migrated template.
import '../support/per-file-database';
import { Agency, AgencyKind } from '../../server/src/modules/identity';
import { Role } from '../../server/src/platform/authz/roles';
import { aUser, TEST_TOTP_SECRET, totpCode } from '../support/factories';
import { startTestServer, type TestServer } from '../support/test-server';
import {
  type Browser,
  expectScreenLooksRight,
  launchChromium,
  openSignedInPage,
  pickFromList,
} from '../../web/e2e-support/browser.cjs';

const PASSWORD = 'correct horse battery staple';
const HSDS_CSV = [
  'id,name,description,status,eligibility_description,minimum_age,languages.code,schedules.description,' +
    'phones.number,capacities.maximum,capacities.description,attributes.taxonomy_term_id,addresses.address_1',
  'ext-1,"Clínica Rahab Heredia","Atención médica y psicológica",active,Mujeres,18,es;en,Lunes a viernes,' +
    '+506 2222 0001,8,AVAILABLE,MEDICAL_CARE;PSYCHOSOCIAL_SUPPORT,Heredia centro',
  '',
].join('\r\n');

/**
 * The service directory as an agency admin keeps it, in a real browser: adds a service through the dialog,
 * edits it, imports a small HSDS services.csv through the import button, and finds every one listed.
 */
describe('the service directory in a real browser', () => {
  let api: TestServer;
  let browser: Browser;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    [api, browser] = await Promise.all([startTestServer(), launchChromium()]);
    const em = api.server.orm.em.fork();
    await em.execute(
      `insert into country (code, names, default_locale, time_zone)
       values ('CR', '{"es":"Costa Rica","en":"Costa Rica"}', 'es', 'America/Costa_Rica') on conflict (code) do nothing`,
    );
    const rahab = em.create(Agency, {
      country: 'CR',
      kind: AgencyKind.NGO_SERVICE_PROVIDER,
      name: 'Fundación Rahab',
      acronym: 'RAHAB',
    });
    await em.flush();
    // Agency admins sign in with a second factor.
    await aUser(api.server.orm, rahab, {
      email: 'admin@rahab.example',
      name: 'Sofía Rojas',
      timeZone: 'America/Costa_Rica',
      roles: [Role.AGENCY_ADMIN],
      password: PASSWORD,
      totp: true,
    });
  }, 180_000);
  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  const signedInPage = (width: number) =>
    openSignedInPage(browser, {
      baseUrl: api.url,
      email: 'admin@rahab.example',
      password: PASSWORD,
      secondFactorCode: () => totpCode(TEST_TOTP_SECRET),
      pageErrors,
      context: { locale: 'es-CR', timezoneId: 'America/Costa_Rica', viewport: { width, height: 860 } },
    });

  it('an agency admin adds a service, edits it and imports an HSDS CSV file; all are listed', async () => {
    const page = await signedInPage(1366);
    await page.goto(`${api.url}/protection/directory`);
    const list = page.getByRole('list', { name: 'Directorio de servicios' });
    await page.getByRole('button', { name: 'Añadir un servicio' }).click();
    const dialog = page.getByRole('dialog', { name: 'Añadir un servicio' });
    await dialog.getByLabel(/^Nombre del servicio/).fill('Albergue Rahab San José');
    await dialog.getByRole('checkbox', { name: 'Albergue seguro' }).check();
    await dialog.getByLabel('Plazas').fill('20');
    // Languages by their names in Spanish, the indigenous ones too.
    await pickFromList(dialog.page(), /^Idiomas/, 'espa', 'español');
    await pickFromList(dialog.page(), /^Idiomas/, 'mísk', 'miskito');
    await expectScreenLooksRight(page, 'protection-directory-dialog-es');
    await dialog.getByRole('button', { name: 'Guardar' }).click();
    await dialog.waitFor({ state: 'detached' });
    await list.getByText('Albergue Rahab San José').waitFor();

    await page.getByRole('button', { name: 'Modificar Albergue Rahab San José' }).click();
    const editing = page.getByRole('dialog', { name: 'Modificar el servicio' });
    await editing.getByLabel(/^Nombre del servicio/).fill('Albergue Rahab Alajuela');
    await editing.getByRole('button', { name: 'Guardar' }).click();
    await editing.waitFor({ state: 'detached' });
    await list.getByText('Albergue Rahab Alajuela').waitFor();
    await list.getByText('Albergue Rahab San José').waitFor({ state: 'detached' });

    await page.locator('input[type="file"][accept*="csv"]').setInputFiles({
      name: 'services.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(HSDS_CSV),
    });
    await page.getByText('1 servicio importado.').waitFor();
    await list.getByText('Clínica Rahab Heredia').waitFor();
    await expectScreenLooksRight(page, 'protection-directory-es');

    // The filters pick a language and a country by name: only the shelter speaks Miskito; none is in Panama.
    await pickFromList(page, 'Idioma', 'miski', 'miskito');
    await list.getByText('Clínica Rahab Heredia').waitFor({ state: 'detached' });
    await list.getByText('Albergue Rahab Alajuela').waitFor();
    await pickFromList(page, 'País', 'Costa', 'Costa Rica');
    await list.getByText('Albergue Rahab Alajuela').waitFor();
    await pickFromList(page, 'País', 'Panam', 'Panamá');
    await list.getByText('Albergue Rahab Alajuela').waitFor({ state: 'detached' });
  });

  it('reads well on a phone', async () => {
    const page = await signedInPage(390);
    await page.goto(`${api.url}/protection/directory`);
    await page.getByRole('list', { name: 'Directorio de servicios' }).getByText('Clínica Rahab Heredia').waitFor();
    await expectScreenLooksRight(page, 'protection-directory-es-390');
  });
});
