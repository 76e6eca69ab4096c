/**
 * @jest-environment node
 */
// Like every test file that starts the server: a database of its own, copied from the run's migrated template.
import '../support/per-file-database';
import { User } from '../../server/src/modules/identity';
import { hashPassword } from '../../server/src/modules/identity/auth/secrets';
import { createCoordinationWorld, type CoordinationWorld, type Who } from '../support/factories/coordination-world';
import { startTestServer, type TestServer } from '../support/test-server';
import {
  type Browser,
  expectScreenLooksRight,
  launchChromium,
  openSignedInPage,
} from '../../web/e2e-support/browser.cjs';

const PASSWORD = 'correct horse battery staple';
const PLACE = 'Paso Tecún Umán – Ciudad Hidalgo';
const TOPIC = 'Identificación de necesidades de protección';

describe('an assessment and a training of a mechanism, recorded by its secretariat and read by a member', () => {
  let api: TestServer;
  let browser: Browser;
  let world: CoordinationWorld;
  let assessmentUrl = '';
  const pageErrors: string[] = [];

  beforeAll(async () => {
    [api, browser] = await Promise.all([startTestServer(), launchChromium()]);
    world = await createCoordinationWorld(api.server.orm);
    const em = api.server.orm.em.fork();
    const passwordHash = await hashPassword(PASSWORD);
    for (const user of Object.values(world.userOf)) {
      const loaded = await em.findOneOrFail(User, user.id);
      loaded.passwordHash = passwordHash;
    }
    await em.flush();
  }, 180_000);
  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  const signedInPage = (who: Who, width = 1366) =>
    openSignedInPage(browser, {
      baseUrl: api.url,
      email: world.userOf[who].email,
      password: PASSWORD,
      pageErrors,
      context: { locale: 'es-GT', timezoneId: 'America/Guatemala', viewport: { width, height: 800 } },
    });
  const mechanismUrl = () => `${api.url}/coordination/mechanisms/${world.mechanism.id}`;

  it('the secretariat fills an assessment, makes a recommendation an action, and completes it', async () => {
    const page = await signedInPage('secretariat');
    await page.goto(mechanismUrl());
    await page.getByRole('heading', { name: 'Evaluaciones', level: 2 }).waitFor();
    await page.getByText('Todavía no hay evaluaciones.').waitFor();
    await page.getByRole('button', { name: 'Nueva evaluación' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nueva evaluación' });
    await dialog.getByLabel(/^Título de la lista/).fill('Control fronterizo');
    await dialog
      .getByLabel(/^Lista de verificación/)
      .fill('# Infraestructura\n¿Hay señalización sobre protección?\n¿Hay sala de entrevistas?');
    await dialog.getByLabel(/^Paso fronterizo o tramo de frontera/).fill(PLACE);
    await dialog.getByLabel(/^Evaluadores/).fill('Equipo IGM\nEquipo INM');
    await dialog.getByRole('button', { name: 'Comenzar' }).click();
    await page.getByRole('heading', { name: PLACE, level: 1 }).waitFor();
    assessmentUrl = page.url();

    await page
      .getByRole('group', { name: '¿Hay señalización sobre protección?' })
      .getByLabel('3 · En gran parte')
      .check();
    await page.getByRole('group', { name: '¿Hay sala de entrevistas?' }).getByLabel('1 · No existe').check();
    await page.getByLabel('Comentario').nth(1).fill('No existe un espacio privado');
    await page.getByLabel(/^Hallazgos/).fill('Falta un espacio privado para entrevistas.');
    await page.getByRole('button', { name: 'Agregar una recomendación' }).click();
    await page.getByLabel(/^Recomendación 1/).fill('Habilitar una sala de entrevistas privada');
    await page.getByRole('button', { name: 'Guardar borrador' }).click();
    await page.getByText('Guardado.').waitFor();

    await page.getByRole('button', { name: 'Convertir en acción' }).click();
    const make = page.getByRole('dialog', { name: 'Convertir en acción' });
    await make.getByRole('combobox', { name: /Institución responsable/ }).click();
    await page.getByRole('option', { name: /^INM/ }).click();
    await make.getByLabel(/^Fecha límite/).fill('31/03/2027');
    await make.getByRole('button', { name: 'Crear la acción' }).click();
    await make.waitFor({ state: 'detached' });
    await page.getByRole('link', { name: /Acción de INM/ }).waitFor();
    await page.getByText('0 de 1 recomendaciones cumplidas').first().waitFor();
    await expectScreenLooksRight(page, 'coordination-assessment-draft-es-1366');

    await page.getByRole('button', { name: 'Completar y bloquear' }).click();
    await page.getByRole('button', { name: 'Guardar borrador' }).waitFor({ state: 'detached' });
    await page.getByText('Completada').first().waitFor();
    await page.getByText('Puntuación 3 de 4').waitFor();
    await page.close();
  });

  it('a member agency reads the summary with its progress, read-only, on a phone', async () => {
    const page = await signedInPage('memberOfficer', 390);
    await page.goto(assessmentUrl);
    await page.getByRole('heading', { name: PLACE, level: 1 }).waitFor();
    await page.getByText('0 de 1 recomendaciones cumplidas').first().waitFor();
    await page.getByText('Falta un espacio privado para entrevistas.').waitFor();
    expect(await page.getByRole('button', { name: 'Convertir en acción' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Guardar borrador' }).count()).toBe(0);
    await expectScreenLooksRight(page, 'coordination-assessment-summary-es-390');
    await page.close();
  });

  it('the secretariat corrects the checklist for the next assessments; the one begun keeps its questions', async () => {
    const page = await signedInPage('secretariat');
    await page.goto(mechanismUrl());
    await page.getByText('1 sección · 2 preguntas').waitFor();
    await page.getByRole('button', { name: 'Cambiar la lista «Control fronterizo»' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cambiar una lista de verificación' });
    // The dialog starts from the checklist as it was typed.
    expect(await dialog.getByLabel(/^Lista de verificación/).inputValue()).toBe(
      '# Infraestructura\n¿Hay señalización sobre protección?\n¿Hay sala de entrevistas?',
    );
    // A checklist without a title is refused on its field, and nothing changes.
    await dialog.getByLabel(/^Título de la lista/).fill('');
    await dialog.getByRole('button', { name: 'Guardar la lista' }).click();
    await dialog.getByRole('alert').waitFor();
    expect(await dialog.getByLabel(/^Título de la lista/).getAttribute('aria-invalid')).toBe('true');
    await dialog.getByLabel(/^Título de la lista/).fill('Control fronterizo (2027)');
    await dialog
      .getByLabel(/^Lista de verificación/)
      .fill(
        '# Infraestructura\n¿Hay señalización sobre protección?\n¿Hay sala de entrevistas?\n' +
          '# Personal\n¿Hay personal capacitado en identificación de víctimas?',
      );
    await dialog.getByRole('button', { name: 'Guardar la lista' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Lista guardada.', { exact: false }).waitFor();
    await page.getByText('Control fronterizo (2027)').waitFor();
    await page.getByText('2 secciones · 3 preguntas').waitFor();
    await expectScreenLooksRight(page, 'coordination-mechanism-checklists-es-1366');

    // The assessment begun on it (completed by now) keeps the two questions it began with.
    await page.goto(assessmentUrl);
    await page.getByRole('heading', { name: PLACE, level: 1 }).waitFor();
    await page.getByText('¿Hay sala de entrevistas?').first().waitFor();
    expect(await page.getByText('¿Hay personal capacitado en identificación de víctimas?').count()).toBe(0);
    await page.close();

    // A member reads the mechanism's assessments and is not offered the checklists to change.
    const member = await signedInPage('memberOfficer', 390);
    await member.goto(mechanismUrl());
    await member.getByRole('heading', { name: 'Evaluaciones', level: 2 }).waitFor();
    await member.getByRole('link', { name: PLACE }).waitFor();
    expect(await member.getByRole('button', { name: /^Cambiar la lista/ }).count()).toBe(0);
    await member.close();
  });

  it('a non-member agency gets "not found" by URL', async () => {
    const page = await signedInPage('foreignOfficer');
    await page.goto(assessmentUrl);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await page.getByRole('heading', { name: PLACE }).count()).toBe(0);
    await page.close();
  });

  it('the secretariat records a training, visible on the mechanism page to a member', async () => {
    const page = await signedInPage('secretariat');
    await page.goto(mechanismUrl());
    await page.getByRole('button', { name: 'Registrar una capacitación' }).click();
    const dialog = page.getByRole('dialog', { name: 'Registrar una capacitación' });
    await dialog.getByLabel(/^Tema/).fill(TOPIC);
    await dialog.getByLabel(/^Lugar/).fill('Tapachula');
    await dialog.getByLabel(/^Capacitadores/).fill('Unidad de protección IGM');
    await dialog.getByLabel('Mujeres (INM)').fill('6');
    await dialog.getByLabel('Hombres (INM)').fill('4');
    await dialog.getByLabel('Otro o no declarado (INM)').fill('1');
    await dialog.getByLabel('Mujeres (FGR)').fill('2');
    await dialog.getByRole('button', { name: 'Registrar' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: TOPIC, level: 3 }).waitFor();
    await page.getByText('13 participantes').waitFor();
    await expectScreenLooksRight(page, 'coordination-mechanism-assessments-trainings-es-1366');

    // A count was wrong: the secretariat corrects the record; the dialog starts from what was recorded.
    await page.getByRole('button', { name: `Corregir la capacitación «${TOPIC}»` }).click();
    const correction = page.getByRole('dialog', { name: 'Corregir una capacitación' });
    expect(await correction.getByLabel(/^Tema/).inputValue()).toBe(TOPIC);
    expect(await correction.getByLabel('Mujeres (INM)').inputValue()).toBe('6');
    await correction.getByLabel('Mujeres (FGR)').fill('-3');
    await correction.getByRole('button', { name: 'Guardar corrección' }).click();
    await correction.getByRole('alert').waitFor();
    expect(await correction.isVisible()).toBe(true);
    await correction.getByLabel('Mujeres (FGR)').fill('5');
    await correction.getByRole('button', { name: 'Guardar corrección' }).click();
    await correction.waitFor({ state: 'detached' });
    await page.getByText('16 participantes').waitFor();
    await page.close();

    const member = await signedInPage('memberAuditor', 390);
    await member.goto(mechanismUrl());
    await member.getByRole('heading', { name: TOPIC, level: 3 }).waitFor();
    await member.getByText('16 participantes').waitFor();
    await member.getByRole('link', { name: PLACE }).waitFor();
    expect(await member.getByRole('button', { name: 'Registrar una capacitación' }).count()).toBe(0);
    expect(await member.getByRole('button', { name: /^Corregir/ }).count()).toBe(0);
    await expectScreenLooksRight(member, 'coordination-mechanism-trainings-es-390');
    await member.close();
  });
});
