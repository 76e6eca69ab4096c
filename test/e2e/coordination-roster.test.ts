/**
 * @jest-environment node
 */
// Like every test file that starts the server: a database of its own, copied from the run's migrated template.
import '../support/per-file-database';
import { loadActor, User } from '../../server/src/modules/identity';
import { hashPassword } from '../../server/src/modules/identity/auth/secrets';
import { createReferralDraft, ReferralAction, transitionReferral } from '../../server/src/modules/referrals';
import { createCoordinationWorld, type CoordinationWorld, type Who } from '../support/factories/coordination-world';
import { contextFor } from '../support/factories/contexts';
import { TEST_TOTP_SECRET, totpCode } from '../support/factories';
import { draftInput } from '../support/factories/referrals';
import type { BorderWorld } from '../support/factories/border-world';
import { startTestServer, type TestServer } from '../support/test-server';
import {
  type Browser,
  expectScreenLooksRight,
  launchChromium,
  openSignedInPage,
} from '../../web/e2e-support/browser.cjs';

const PASSWORD = 'correct horse battery staple';
const DESK = 'Guardia INM Ciudad Hidalgo';

describe("a mechanism's 24/7 roster, kept by an agency admin and shown on an immediate referral", () => {
  let api: TestServer;
  let browser: Browser;
  let world: CoordinationWorld;
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
      secondFactorCode: who === 'memberAdmin' ? () => totpCode(TEST_TOTP_SECRET) : undefined,
    });

  const rosterUrl = () => `${api.url}/coordination/mechanisms/${world.mechanism.id}/roster`;

  it("the member agency's admin adds a round-the-clock desk and a weekday desk", async () => {
    const page = await signedInPage('memberAdmin');
    await page.goto(rosterUrl());
    await page.getByRole('heading', { name: 'Directorio de guardia 24/7', level: 1 }).waitFor();
    await page.getByText('Ninguna mesa del directorio está de guardia en este momento.').waitFor();
    await expectScreenLooksRight(page, 'coordination-roster-empty-es-1366');

    await page.getByLabel(/^Mesa/).fill(DESK);
    await page.getByLabel(/^Huso horario/).fill('America/Mexico_City');
    await page.getByLabel(/^Teléfono/).fill('+52 962 000 0000');
    await page.getByLabel(/^Canal de radio/).fill('Canal 7');
    await page.getByRole('button', { name: 'Agregar al directorio' }).click();
    await page.getByRole('heading', { name: DESK, level: 3 }).waitFor();
    expect(await page.getByRole('heading', { name: 'De guardia ahora (1)', level: 2 }).count()).toBe(1);

    // A desk that answers one minute a week is off duty (almost) always.
    await page.getByLabel(/^Mesa/).fill('Oficina de enlace (lunes)');
    await page.getByLabel('Las 24 horas, todos los días').uncheck();
    for (const day of ['martes', 'miércoles', 'jueves', 'viernes']) await page.getByLabel(day).uncheck();
    await page.getByLabel(/^Desde/).fill('03:00');
    await page.getByLabel(/^Hasta/).fill('03:01');
    await page.getByLabel(/^Teléfono/).fill('+52 962 000 0001');
    await page.getByRole('button', { name: 'Agregar al directorio' }).click();
    await page.getByRole('heading', { name: 'Oficina de enlace (lunes)', level: 3 }).waitFor();
    await page.getByRole('heading', { name: 'Otras mesas (1)', level: 2 }).waitFor();
    await expectScreenLooksRight(page, 'coordination-roster-admin-es-1366');
    await page.context().close();
  });

  it('another member reads the roster at 390 px, with no form to change it', async () => {
    const page = await signedInPage('otherMemberOfficer', 390);
    await page.goto(rosterUrl());
    await page.getByRole('heading', { name: DESK, level: 3 }).waitFor();
    expect(await page.getByRole('button', { name: 'Agregar al directorio' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Quitar/ }).count()).toBe(0);
    await expectScreenLooksRight(page, 'coordination-roster-member-es-390');
    await page.context().close();
  });

  it("the sender of an immediate referral sees the receiving agency's desk on duty now", async () => {
    const em = api.server.orm.em.fork();
    const sender = world.userOf.secretariatOfficer;
    const actor = await loadActor(em, {
      kind: 'user',
      id: sender.id,
      agencyId: world.agencies.igm.id,
      countryCode: 'GT',
      roles: sender.roles,
    });
    const border = {
      agencies: { receiver: world.agencies.inm },
      mechanism: world.mechanism,
      crossingPoint: world.crossingPoint,
    } as unknown as BorderWorld;
    const draft = await createReferralDraft(
      contextFor(api.server.orm, actor),
      draftInput(border, { urgency: 'IMMEDIATE' as never }),
    );
    await transitionReferral(contextFor(api.server.orm, actor), { referralId: draft.id, action: ReferralAction.SEND });

    for (const width of [1366, 390]) {
      const page = await signedInPage('secretariatOfficer', width);
      await page.goto(`${api.url}/referrals/${draft.id}`);
      await page.getByRole('heading', { name: 'A quién llamar ahora en INM', level: 2 }).waitFor();
      await page.getByRole('heading', { name: DESK, level: 3 }).waitFor();
      expect(await page.getByText('Oficina de enlace (lunes)').count()).toBe(0);
      await expectScreenLooksRight(page, `referral-immediate-on-duty-es-${width}`);
      await page.context().close();
    }
  });

  it("a non-member agency's user sees no roster", async () => {
    const page = await signedInPage('foreignOfficer');
    await page.goto(rosterUrl());
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await page.getByText(DESK).count()).toBe(0);
    await page.context().close();
  });
});
