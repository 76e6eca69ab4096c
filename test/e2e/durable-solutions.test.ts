/**
 * @jest-environment node
 */
// Like every test file that starts the server: a database of its own, copied from the run's migrated template.
import '../support/per-file-database';
import { Agency, AgencyKind, User } from '../../server/src/modules/identity';
import { hashPassword } from '../../server/src/modules/identity/auth/secrets';
import { Role } from '../../server/src/platform/authz/roles';
import { aMechanism } from '../support/factories';
import { startTestServer, type TestServer } from '../support/test-server';
import {
  type Browser,
  expectScreenLooksRight,
  launchChromium,
  openSignedInPage,
  type Page,
} from '../../web/e2e-support/browser.cjs';

const PASSWORD = 'correct horse battery staple';
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/**
 * Durable solutions in a real browser (the story): a Costa Rican case worker plans the voluntary return of
 * a Nicaraguan survivor, records the risk assessment and refers her to the IOM office in Nicaragua under consent;
 * the Nicaraguan case worker accepts on a phone, seeing only the fields shared; the hand-over passes her the lead;
 * she files the 3-month follow-up meeting two criteria; the Costa Rican case worker sees the plan's progress.
 */
describe('durable solutions in a real browser', () => {
  let api: TestServer;
  let browser: Browser;
  const pageErrors: string[] = [];
  let survivorId = '';
  let code = '';

  beforeAll(async () => {
    [api, browser] = await Promise.all([startTestServer(), launchChromium()]);
    const em = api.server.orm.em.fork();
    await em.execute(
      `insert into country (code, names, default_locale, time_zone) values
       ('CR', '{"es":"Costa Rica","en":"Costa Rica"}', 'es', 'America/Costa_Rica'),
       ('NI', '{"es":"Nicaragua","en":"Nicaragua"}', 'es', 'America/Managua') on conflict (code) do nothing`,
    );
    const pani = em.create(Agency, {
      country: 'CR',
      kind: AgencyKind.PROTECTION_SERVICES,
      name: 'Patronato Nacional de la Infancia',
      acronym: 'PANI',
    });
    const iom = em.create(Agency, {
      country: 'NI',
      kind: AgencyKind.INTERNATIONAL_ORGANISATION,
      name: 'Organización Internacional para las Migraciones',
      acronym: 'OIM-NI',
    });
    const passwordHash = await hashPassword(PASSWORD);
    const people = [
      ['gestora@pani.example', 'Laura Vargas', pani, 'America/Costa_Rica'],
      ['gestora@oim-ni.example', 'Karla Mendoza', iom, 'America/Managua'],
    ] as const;
    for (const [email, name, agency, timeZone] of people)
      em.create(User, { agency, email, name, timeZone, roles: [Role.CASE_WORKER], passwordHash });
    em.create(User, {
      agency: pani,
      email: 'supervisora@pani.example',
      name: 'Marcela Solís',
      timeZone: 'America/Costa_Rica',
      roles: [Role.PROTECTION_SUPERVISOR],
      passwordHash,
    });
    await em.flush();
    await aMechanism(api.server.orm, {
      name: 'Mesa binacional Peñas Blancas',
      countries: ['CR', 'NI'],
      members: [pani, iom],
    });
  }, 180_000);
  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  const signedInPage = (email: string, width = 1366) =>
    openSignedInPage(browser, {
      baseUrl: api.url,
      email,
      password: PASSWORD,
      pageErrors,
      context: { locale: 'es-CR', timezoneId: 'America/Costa_Rica', viewport: { width, height: 860 } },
    });

  /** Through the API as the page's user: the survivor and her consent (their screens have their own test). */
  async function registerWithConsent(page: Page, child = false) {
    const graphql = async (query: string, variables: Record<string, unknown> = {}) => {
      const response = await page.request.post(`${api.url}/graphql`, {
        data: { query, variables },
        headers: { 'apollo-require-preflight': 'true' },
      });
      const body = (await response.json()) as { data?: Record<string, never>; errors?: unknown };
      if (!body.data) throw new Error(JSON.stringify(body.errors));
      return body.data as Record<string, Record<string, unknown>>;
    };
    const registered = await graphql(
      'mutation ($input: SurvivorInput!) { registerSurvivor(input: $input) { id code } }',
      {
        input: {
          givenNames: 'María José',
          familyNames: 'Espinoza Téllez',
          nationality: 'NI',
          languages: ['es'],
          phones: ['+505 8812 4477'],
          ...(child ? { givenNames: 'Yaritza', estimatedAge: 15, vulnerabilities: ['CHILD'] } : {}),
        },
      },
    );
    if (!child) {
      survivorId = registered.registerSurvivor!.id as string;
      code = registered.registerSurvivor!.code as string;
    }
    const texts = await graphql('{ consentTexts { id } }');
    const { agencies } = (await graphql('{ agencies { id acronym } }')) as unknown as {
      agencies: { id: string; acronym: string }[];
    };
    await graphql('mutation ($input: ConsentInput!) { recordConsent(input: $input) { id } }', {
      input: {
        survivorId: registered.registerSurvivor!.id,
        categories: ['IDENTITY', 'LANGUAGES'],
        recipientAgencyId: agencies.find((agency) => agency.acronym === 'OIM-NI')!.id,
        purposes: ['FAMILY_TRACING', 'LIVELIHOOD'],
        validFrom: daysAgo(120),
        validUntil: daysAgo(-300),
        method: 'SIGNED_FORM',
        signedFormReference: 'PANI-CF-2026-114',
        givenBy: child ? 'CHILD_AND_GUARDIAN' : 'PERSON',
        ...(child ? { childAssent: true, guardianName: 'Licda. Marta Quesada' } : {}),
        consentTextId: (texts.consentTexts as unknown as { id: string }[])[0]!.id,
      },
    });
    return registered.registerSurvivor!.id as string;
  }

  it('a Costa Rican case worker plans the return and refers her to IOM Nicaragua under consent', async () => {
    const page = await signedInPage('gestora@pani.example');
    await registerWithConsent(page);
    await page.goto(`${api.url}/protection/survivors/${survivorId}`);
    await page.getByRole('link', { name: 'Plan de soluciones duraderas' }).click();
    await page.getByRole('heading', { name: 'Abrir el plan' }).waitFor();
    await page
      .getByLabel('Los deseos de la persona')
      .fill('Quiero volver a Chinandega con mi madre y abrir una pulpería.');
    await page.getByRole('button', { name: 'Abrir plan' }).click();
    await page.getByText('0 de 8 criterios aplicables cumplidos').waitFor();

    await page.getByRole('button', { name: 'Referir para una solución' }).click();
    await page.getByRole('combobox', { name: /^Mecanismo de coordinación/ }).click();
    await page.getByRole('option', { name: 'Mesa binacional Peñas Blancas' }).click();
    await page.getByRole('combobox', { name: /^Organización receptora/ }).click();
    await page.getByRole('option', { name: /Organización Internacional para las Migraciones/ }).click();
    await page.getByRole('checkbox', { name: 'Búsqueda de familiares' }).check();
    await page.getByRole('checkbox', { name: 'Medios de vida', exact: true }).check();
    // A return is refused until the place of return is assessed.
    await page.getByRole('button', { name: 'Enviar referencia' }).click();
    await page.getByText('Registre la evaluación de riesgo del lugar de retorno.').waitFor();
    await page.getByRole('radio', { name: 'Seguro con condiciones' }).check();
    await page
      .getByLabel('Condiciones o motivos')
      .fill('Acompañamiento de OIM en el viaje; no volver al barrio de la red');
    await expectScreenLooksRight(page, 'durable-referral-form-1366');
    await page.getByRole('button', { name: 'Enviar referencia' }).click();
    await page.getByText('Referencia enviada.').waitFor();
    await page.getByText('Enviada', { exact: true }).waitFor();
    await page.context().close();
  });

  it('the Nicaraguan case worker reads only what was shared and accepts, on a phone', async () => {
    const page = await signedInPage('gestora@oim-ni.example', 390);
    await page.goto(`${api.url}/durable-solutions/referrals`);
    await page.getByRole('heading', { name: code }).waitFor();
    await page.getByRole('cell', { name: 'María José' }).waitFor();
    await page.getByText('Acceso a medios de vida y empleo').waitFor();
    // The phone number was not chosen: it is not on the page.
    expect(await page.locator('main').innerText()).not.toMatch(/8812\s?4477/);
    await expectScreenLooksRight(page, 'durable-received-390');
    await page.getByRole('button', { name: 'Aceptar' }).click();
    await page.getByText('Aceptada', { exact: true }).waitFor();
    await page.getByRole('link', { name: 'Abrir el plan' }).waitFor();
    await page.context().close();
  });

  it('the hand-over passes the lead; the 3-month follow-up meets two criteria; PANI sees the progress', async () => {
    const pani = await signedInPage('gestora@pani.example');
    await pani.goto(`${api.url}/durable-solutions/survivors/${survivorId}`);
    await pani
      .getByLabel('Fecha de retorno o llegada', { exact: true })
      .fill(daysAgo(95).split('-').reverse().join('/'));
    await pani.getByRole('button', { name: 'Registrar el traspaso' }).click();
    await pani.getByText('Lidera: Organización Internacional para las Migraciones').waitFor();
    await pani.getByText('Traspasada', { exact: true }).waitFor();

    const iom = await signedInPage('gestora@oim-ni.example');
    await iom.goto(`${api.url}/durable-solutions/survivors/${survivorId}`);
    await iom.getByText('Vencido').waitFor();
    await iom.getByRole('button', { name: 'Presentar el informe' }).first().click();
    const dialog = iom.getByRole('dialog', { name: 'Seguimiento a los 3 meses' });
    await dialog
      .getByLabel('Lo que encontró el seguimiento')
      .fill('Visita en Chinandega: vive con su madre, pulpería abierta, cédula renovada.');
    await dialog.getByRole('combobox', { name: 'Acceso a medios de vida y empleo' }).click();
    await iom.getByRole('option', { name: 'Cumplido' }).click();
    await dialog.getByLabel('Evidencia: Acceso a medios de vida y empleo').fill('Pulpería registrada en la alcaldía');
    await dialog.getByRole('combobox', { name: 'Acceso a documentación' }).click();
    await iom.getByRole('option', { name: 'Cumplido' }).click();
    await dialog.getByLabel('Evidencia: Acceso a documentación').fill('Cédula nicaragüense renovada');
    await expectScreenLooksRight(iom, 'durable-follow-up-1366');
    await dialog.getByRole('button', { name: 'Presentar informe' }).click();
    await iom.getByText('Presentado').waitFor();

    // The receiving organisation's calendar: the 3-month report filed, the 6- and 12-month ones to come.
    await iom.goto(`${api.url}/durable-solutions/follow-ups`);
    await iom.getByRole('heading', { name: 'Calendario de seguimientos', level: 1 }).waitFor();
    const filed = iom.getByRole('listitem').filter({ hasText: /Seguimiento a los 3 meses/ });
    await filed.getByText('Presentado').waitFor();
    await iom
      .getByRole('listitem')
      .filter({ hasText: /Seguimiento a los 6 meses/ })
      .waitFor();
    await iom
      .getByRole('listitem')
      .filter({ hasText: /Seguimiento a los 12 meses/ })
      .waitFor();
    expect(await iom.getByRole('listitem').filter({ hasText: 'Lo informa: Organización Internacional' }).count()).toBe(
      3,
    );
    await expectScreenLooksRight(iom, 'durable-follow-up-calendar-1366');
    await iom.context().close();

    await pani.reload();
    await pani.getByText('2 de 8 criterios aplicables cumplidos').waitFor();
    await expectScreenLooksRight(pani, 'durable-plan-progress-1366');
    await pani.context().close();
  });

  it("a child's return at her informed wish despite the risk waits for the supervisor, who confirms it", async () => {
    const page = await signedInPage('gestora@pani.example');
    const childId = await registerWithConsent(page, true);
    await page.goto(`${api.url}/durable-solutions/survivors/${childId}`);
    await page
      .getByLabel('Los deseos de la persona')
      .fill('Quiere volver con su abuela en Rivas aunque sabe del riesgo.');
    await page.getByRole('button', { name: 'Abrir plan' }).click();
    await page.getByRole('button', { name: 'Referir para una solución' }).click();
    await page.getByRole('combobox', { name: /^Mecanismo de coordinación/ }).click();
    await page.getByRole('option', { name: 'Mesa binacional Peñas Blancas' }).click();
    await page.getByRole('combobox', { name: /^Organización receptora/ }).click();
    await page.getByRole('option', { name: /Organización Internacional para las Migraciones/ }).click();
    await page.getByRole('checkbox', { name: 'Búsqueda de familiares' }).check();
    await page.getByRole('radio', { name: 'No seguro' }).check();
    await page.getByLabel('Condiciones o motivos').fill('La red que la captó sigue activa en Rivas');
    await page.getByLabel('Referencia de la evaluación adjunta').fill('PANI-EIS-2026-0201');
    await page
      .getByLabel('Persona tutora (cargo e institución, no el nombre)')
      .fill('Representante legal, PANI Liberia');
    await page.getByLabel('Cargos de quienes integran el panel, uno por línea').fill('Jefatura regional del PANI');
    // One panel member is not a panel, and "not safe" is refused without the person's informed wish.
    await page.getByRole('button', { name: 'Enviar referencia' }).click();
    await page.getByText(/solo se envía si consta el deseo informado/).waitFor();
    await page.getByText('Indique los cargos de quienes integran el panel: al menos 2, como máximo 10.').waitFor();
    await page
      .getByLabel('Cargos de quienes integran el panel, uno por línea')
      .fill('Jefatura regional del PANI\nPsicóloga del albergue\nOficial de protección de OIM');
    await page.getByRole('checkbox', { name: /Consta en el plan el deseo informado/ }).check();
    await expectScreenLooksRight(page, 'durable-child-referral-1366');
    await page.getByRole('button', { name: 'Enviar referencia' }).click();
    await page.getByText('Espera a una supervisora', { exact: true }).waitFor();
    await page.getByText(/^Esperando la confirmación de la supervisora o del supervisor/).waitFor();
    await page.context().close();

    const supervisor = await signedInPage('supervisora@pani.example', 390);
    await supervisor.goto(`${api.url}/durable-solutions/survivors/${childId}`);
    await supervisor.getByRole('button', { name: 'Confirmar y enviar' }).waitFor();
    // She confirms on the person's own words, not only on the case worker's tick.
    await supervisor.getByText('Quiere volver con su abuela en Rivas aunque sabe del riesgo.').waitFor();
    await expectScreenLooksRight(supervisor, 'durable-confirm-390');
    await supervisor.getByRole('button', { name: 'Confirmar y enviar' }).click();
    await supervisor.getByText('Enviada', { exact: true }).waitFor();
    await supervisor.context().close();
  });
});
