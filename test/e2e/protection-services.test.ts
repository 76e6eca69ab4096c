/**
 * @jest-environment node
 */
// Like every test file that starts the server: a database of its own, copied from the run's migrated template.
import '../support/per-file-database';
import { Agency, AgencyKind, MechanismKind, User } from '../../server/src/modules/identity';
import { hashPassword } from '../../server/src/modules/identity/auth/secrets';
import { startSession } from '../../server/src/modules/identity/auth/session-store';
import { DirectoryService, ProtectionService, ServiceAvailability } from '../../server/src/modules/protection';
import { Role } from '../../server/src/platform/authz/roles';
import { aMechanism } from '../support/factories';
import { startTestServer, type TestServer } from '../support/test-server';
import {
  type Browser,
  expectScreenLooksRight,
  launchChromium,
  openSignedInPage,
  waitUntilTrue,
} from '../../web/e2e-support/browser.cjs';

const PASSWORD = 'correct horse battery staple';

/**
 * Referrals to services in a real browser: a PANI case worker screens María José, then refers her to Fundación
 * Rahab's shelter sharing only her given names, age and languages (her consent covers those); Rahab's case worker
 * finds the referral in the box of referrals received, reads exactly those fields and accepts; when the consent
 * is withdrawn, Rahab sees only the code.
 */
describe('referrals to services in a real browser', () => {
  let api: TestServer;
  let browser: Browser;
  const pageErrors: string[] = [];
  let survivorId = '';
  let code = '';

  beforeAll(async () => {
    [api, browser] = await Promise.all([startTestServer(), launchChromium()]);
    const em = api.server.orm.em.fork();
    await em.execute(
      `insert into country (code, names, default_locale, time_zone)
       values ('CR', '{"es":"Costa Rica","en":"Costa Rica"}', 'es', 'America/Costa_Rica') on conflict (code) do nothing`,
    );
    const pani = em.create(Agency, {
      country: 'CR',
      kind: AgencyKind.PROTECTION_SERVICES,
      name: 'Patronato Nacional de la Infancia',
      acronym: 'PANI',
    });
    const rahab = em.create(Agency, {
      country: 'CR',
      kind: AgencyKind.NGO_SERVICE_PROVIDER,
      name: 'Fundación Rahab',
      acronym: 'RAHAB',
    });
    em.create(DirectoryService, {
      agency: rahab,
      countryCode: 'CR',
      name: 'Albergue Fundación Rahab',
      description: 'Albergue temporal y acompañamiento para mujeres sobrevivientes de trata.',
      types: [ProtectionService.SAFE_SHELTER, ProtectionService.PSYCHOSOCIAL_SUPPORT],
      eligibility: 'Mujeres de 18 años o más',
      minimumAge: 18,
      languages: ['es', 'en'],
      hours: '24 horas',
      capacity: 20,
      availability: ServiceAvailability.LIMITED,
    });
    const passwordHash = await hashPassword(PASSWORD);
    const worker = em.create(User, {
      agency: pani,
      email: 'gestora@pani.example',
      name: 'Laura Vargas',
      timeZone: 'America/Costa_Rica',
      roles: [Role.CASE_WORKER],
      passwordHash,
    });
    em.create(User, {
      agency: rahab,
      email: 'gestora@rahab.example',
      name: 'Ana Jiménez',
      timeZone: 'America/Costa_Rica',
      roles: [Role.CASE_WORKER],
      passwordHash,
    });
    em.create(User, {
      agency: pani,
      email: 'enlace@pani.example',
      name: 'Rodrigo Mora',
      timeZone: 'America/Costa_Rica',
      roles: [Role.LIAISON_OFFICER],
      passwordHash,
    });
    await em.flush();
    await aMechanism(api.server.orm, { kind: MechanismKind.NATIONAL, countries: ['CR'], members: [pani, rahab] });

    // Registered and consented through the API (the screens for both are tested in protection.test.ts).
    const cookie = `enlace_session=${await startSession(em, worker)}`;
    const call = async <T>(query: string, variables: Record<string, unknown>) => {
      const result = await api.graphql<T>(query, variables, { cookie });
      if (!result.data) throw new Error(JSON.stringify(result.errors));
      return result.data;
    };
    const registered = await call<{ registerSurvivor: { id: string; code: string } }>(
      'mutation ($input: SurvivorInput!) { registerSurvivor(input: $input) { id code } }',
      {
        input: {
          givenNames: 'María José',
          familyNames: 'Espinoza Téllez',
          estimatedAge: 24,
          sex: 'FEMALE',
          nationality: 'NI',
          languages: ['es', 'miq'],
          identityDocuments: [{ kind: 'NATIONAL_ID', number: '001-150302-1004X', issuingCountry: 'NI' }],
          phones: ['+505 8812 4477'],
          currentLocation: 'Albergue temporal, Liberia',
          exploitations: [{ kind: 'SEXUAL_EXPLOITATION', countryCode: 'CR', place: 'Bar Las Palmas, La Cruz' }],
          vulnerabilities: ['MEDICAL_NEEDS'],
        },
      },
    );
    ({ id: survivorId, code } = registered.registerSurvivor);
    const texts = await call<{ consentTexts: { id: string; language: string }[] }>(
      '{ consentTexts { id language } }',
      {},
    );
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    await call('mutation ($input: ConsentInput!) { recordConsent(input: $input) { id } }', {
      input: {
        survivorId,
        categories: ['IDENTITY', 'AGE_AND_SEX', 'LANGUAGES'],
        recipientAgencyId: rahab.id,
        purposes: ['SAFE_SHELTER', 'MEDICAL_CARE'],
        validFrom: day(0),
        validUntil: day(30),
        method: 'VERBAL_WITH_WITNESS',
        witnessName: 'Rebeca Quesada',
        givenBy: 'PERSON',
        consentTextId: texts.consentTexts.find((text) => text.language === 'es')!.id,
      },
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

  it('a case worker screens the survivor and sees the result', async () => {
    const page = await signedInPage('gestora@pani.example');
    // Home: her protection work first, the survivor she registered counted as hers; no personal data on it.
    const work = page.getByRole('region', { name: 'Su trabajo de protección' });
    await work.getByRole('link', { name: /^1 Casos abiertos a su cargo/ }).waitFor();
    await work.getByText('Ninguna derivación ni seguimiento pendiente por ahora.').waitFor();
    expect(await page.locator('main').innerText()).not.toContain('María José');
    await expectScreenLooksRight(page, 'home-case-worker-protection-es');
    await work.getByRole('link', { name: /^1 Casos abiertos a su cargo/ }).click();
    // The figure opens the caseload filtered the same way.
    await page.getByLabel('Asignados a mí').waitFor();
    expect(await page.getByLabel('Asignados a mí').isChecked()).toBe(true);
    await page.getByRole('link', { name: code }).waitFor();
    await page.goto(`${api.url}/protection/survivors/${survivorId}`);
    await page.getByRole('heading', { name: code, level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Registrar una identificación' }).click();
    for (const indicator of ['Engaño sobre el trabajo', 'Comercio sexual forzado', 'Documentos retenidos por otros'])
      await page.getByRole('radiogroup', { name: indicator }).getByRole('radio', { name: 'Sí' }).check();
    await page
      .getByRole('radiogroup', { name: 'Trabajo forzoso' })
      .getByRole('radio', { name: 'No', exact: true })
      .check();
    await page.getByLabel('Lugar (p. ej. puesto fronterizo)').fill('Peñas Blancas');
    await page.getByRole('combobox', { name: /^Conclusión/ }).click();
    await page.getByRole('option', { name: 'Posible víctima: derivar a protección' }).click();
    await page
      .getByLabel(/^Motivos de la conclusión/)
      .fill('Engaño con oferta de trabajo y explotación sexual en La Cruz.');
    await expectScreenLooksRight(page, 'protection-screening-es');
    await page.getByRole('button', { name: 'Registrar la identificación' }).click();
    await page.getByText('Resultado: nivel de indicios alto. Posible víctima: derivar a protección.').waitFor();
    await page.getByRole('button', { name: 'Ver identificaciones anteriores' }).click();
    await page.getByText('Peñas Blancas', { exact: false }).first().waitFor();
    await page.context().close();
  });

  it('a case worker refers the survivor to a shelter, sharing only what consent covers', async () => {
    const page = await signedInPage('gestora@pani.example');
    await page.goto(`${api.url}/protection/survivors/${survivorId}`);
    await page.getByRole('link', { name: 'Derivar a un servicio' }).click();
    await page.getByRole('heading', { name: `Derivar ${code} a un servicio`, level: 1 }).waitFor();
    await page.getByRole('combobox', { name: 'Tipo de servicio' }).click();
    await page.getByRole('option', { name: 'Albergue seguro' }).click();
    await page.getByRole('radio', { name: 'Albergue Fundación Rahab' }).check();
    await page.getByRole('combobox', { name: /^Servicio requerido/ }).click();
    await page.getByRole('option', { name: 'Albergue seguro' }).click();
    // The shelter's minimum within consent comes ticked; documents and vulnerabilities are not consented.
    await waitUntilTrue(page, `!!document.querySelector('input[type=checkbox]:checked')`);
    const share = page.getByRole('group', { name: 'Datos que se comparten' });
    expect(await share.getByRole('checkbox', { name: /^Documentos de identidad/ }).isDisabled()).toBe(true);
    expect(await share.getByRole('checkbox', { name: /^Vulnerabilidades/ }).isDisabled()).toBe(true);
    await share.getByRole('checkbox', { name: /^Sexo/ }).uncheck();
    expect(await share.getByRole('checkbox', { name: /^Nombres/ }).isChecked()).toBe(true);
    expect(await share.getByRole('checkbox', { name: /^Edad estimada/ }).isChecked()).toBe(true);
    expect(await share.getByRole('checkbox', { name: /^Idiomas/ }).isChecked()).toBe(true);
    await page.getByLabel('Qué se necesita').fill('Necesita albergue esta noche.');
    await page.getByText('Lo que verá Fundación Rahab').waitFor();
    await page.getByText('Nombres, Edad estimada, Idiomas', { exact: true }).waitFor();
    await expectScreenLooksRight(page, 'protection-refer-es');
    await page.getByRole('button', { name: 'Enviar la derivación' }).click();
    await page.getByText('Derivación enviada a RAHAB.').waitFor();
    await page.getByRole('heading', { name: code, level: 1 }).waitFor();
    await page.getByRole('table', { name: 'Derivaciones a servicios' }).getByText('Enviada').waitFor();
    await page.context().close();
  });

  it('the shelter reads only the shared fields and accepts, on a phone', async () => {
    const page = await signedInPage('gestora@rahab.example', 390);
    // Home: the referral waits for the shelter's answer, named by the survivor's code and the sending agency.
    const waiting = page.getByRole('region', { name: 'Su trabajo de protección' });
    await waiting
      .getByRole('link', { name: `Derivación a servicio de ${code} enviada por PANI: aceptar o declinar` })
      .waitFor();
    await expectScreenLooksRight(page, 'home-service-provider-390');
    await page.getByRole('button', { name: 'Abrir el menú' }).click();
    await page.getByRole('link', { name: 'Derivaciones a servicios' }).click();
    await page.getByRole('tab', { name: 'Recibidas', selected: true }).waitFor();
    await expectScreenLooksRight(page, 'protection-service-referrals-received-390');
    await page.getByRole('link', { name: code }).click();
    await page.getByText('María José').waitFor();
    await page.getByText('es, miq').waitFor();
    await page.getByText('Necesita albergue esta noche.').waitFor();
    const main = await page.locator('main').innerText();
    for (const secret of ['Espinoza', '001-150302-1004X', '8812', 'Liberia', 'Las Palmas', 'Femenino'])
      expect(main).not.toContain(secret);
    await expectScreenLooksRight(page, 'protection-service-referral-provider-390');
    await page.getByRole('button', { name: 'Aceptar' }).click();
    await page.getByText('Derivación aceptada.').waitFor();
    await page.getByText('Aceptada', { exact: true }).first().waitFor();
    await page.context().close();
  });

  it('after the consent is withdrawn the shelter sees only the code', async () => {
    const sender = await signedInPage('gestora@pani.example');
    await sender.goto(`${api.url}/protection/survivors/${survivorId}`);
    await sender.getByRole('button', { name: 'Retirar el consentimiento' }).click();
    await sender.getByText('Retirado', { exact: true }).waitFor();
    await sender.goto(`${api.url}/protection/service-referrals?box=sent`);
    await sender.getByRole('tab', { name: 'Enviadas', selected: true }).waitFor();
    await sender.getByText('Consentimiento retirado', { exact: true }).waitFor();
    await expectScreenLooksRight(sender, 'protection-service-referrals-sent-es');
    await sender.context().close();

    const provider = await signedInPage('gestora@rahab.example');
    await provider.goto(`${api.url}/protection/service-referrals`);
    await provider.getByRole('link', { name: code }).click();
    await provider.getByText(/la derivación ya no comparte datos/).waitFor();
    expect(await provider.locator('main').innerText()).not.toContain('María');
    await provider.getByText(code).first().waitFor();
    await expectScreenLooksRight(provider, 'protection-service-referral-withdrawn-es');
    await provider.context().close();
  });

  it('the directory is offered to case workers, not to a liaison officer', async () => {
    const page = await signedInPage('gestora@rahab.example', 390);
    await page.goto(`${api.url}/protection/directory`);
    await page.getByText('Albergue Fundación Rahab').waitFor();
    await expectScreenLooksRight(page, 'protection-directory-390');
    await page.context().close();

    const officer = await signedInPage('enlace@pani.example');
    const menu = officer.getByRole('navigation', { name: 'Navegación principal' });
    await menu.getByRole('link', { name: 'Inicio' }).waitFor();
    expect(await menu.getByRole('link', { name: 'Derivaciones a servicios' }).count()).toBe(0);
    expect(await menu.getByRole('link', { name: 'Directorio de servicios' }).count()).toBe(0);
    await officer.context().close();
  });
});
