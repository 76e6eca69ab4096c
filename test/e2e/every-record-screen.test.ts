/**
 * @jest-environment node
 */
import type { MikroORM } from '@mikro-orm/postgresql';
import '../support/per-file-database';
import { User } from '../../server/src/modules/identity';
import { startTestServer, type TestServer } from '../support/test-server';
import {
  expectScreenLooksRight,
  launchChromium,
  openPage,
  openSignedInPage,
  type Browser,
  type Page,
} from '../../web/e2e-support/browser.cjs';
import { graphqlAs, signInAs, startTestOrm, TEST_TOTP_SECRET, totpCode } from '../support/factories';

/** The password of every demo account (README). */
const DEMO_PASSWORD = 'Enlace-Demo-2026';
const WIDTHS = [1366, 390] as const;

/** A screen to walk: its file name in test-artifacts/screens, its address, and whom it is shown to. */
interface Walk {
  name: string;
  path: string;
  /** What else this screen must show at this width, checked once it has settled. */
  check?: (page: Page, width: number) => Promise<void>;
}

/** On a phone every status of the survivor's referrals to services is in view, not cut off at the screen's edge. */
async function referralStatusesInView(page: Page, width: number) {
  if (width > 390) return;
  const statuses = page.getByRole('list', { name: 'Derivaciones a servicios' }).locator('.MuiChip-root');
  expect(await statuses.count()).toBeGreaterThan(0);
  for (const status of await statuses.all()) {
    const box = await status.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(width);
  }
}

/** The audit trail on a phone: a page of compact cards, not a scroll of eleven thousand pixels. */
const PHONE_AUDIT_TRAIL_MAX_HEIGHT = 4_500;
async function auditTrailCompact(page: Page, width: number) {
  if (width > 390) return;
  const height = (await page.evaluate('document.documentElement.scrollHeight')) as number;
  expect(height).toBeLessThan(PHONE_AUDIT_TRAIL_MAX_HEIGHT);
}

/**
 * Every screen of one record (a referral on both sides, a meeting, a survivor, a plan, a bulletin...) and every
 * administration screen, with the demo's data — the server seeds it itself (ENLACE_DEMO), so the records are
 * full: persons, conversations, attachments, minutes, decisions, action items, consents. Each screen for the
 * role that uses it, at a laptop's and a phone's width: settled, translated, axe 0 serious or critical, no
 * sideways scroll on the phone, saved as test-artifacts/screens/<screen>-<width>.png to be looked at.
 * (every-screen.test.ts walks the lists with an empty world.)
 */
describe('every record and administration screen, with real data, at 1366 and 390 px', () => {
  let api: TestServer;
  let orm: MikroORM;
  let browser: Browser;
  const pageErrors: string[] = [];
  /** Screens per account (the demo's e-mail), in the order they are walked. */
  const walks = new Map<string, Walk[]>();
  /** Accounts that sign in with a second factor (administrators). */
  const withSecondFactor = new Set<string>();
  let enrollingAdmin = '';

  const row = async <T>(sql: string, ...params: unknown[]): Promise<T> => {
    const rows = await orm.em.fork().getConnection().execute<T[]>(sql, params);
    if (rows.length === 0) throw new Error(`The demo has no row for: ${sql}`);
    return rows[0]!;
  };
  const emailOf = async (userId: string) =>
    (await row<{ email: string }>('select email from app_user where id = ?', userId)).email;
  const someoneIn = async (agencyId: string, role: string) =>
    (
      await row<{ email: string }>(
        'select email from app_user where agency_id = ? and ? = any(roles::text[]) order by email limit 1',
        agencyId,
        role,
      )
    ).email;
  const add = (email: string, ...screens: Walk[]) => walks.set(email, [...(walks.get(email) ?? []), ...screens]);

  beforeAll(async () => {
    [api, browser, { orm }] = await Promise.all([
      startTestServer({ ENLACE_DEMO: 'true' }),
      launchChromium(),
      startTestOrm(),
    ]);

    // A referral with the most in it (persons, messages, attachments), from both sides.
    const referral = await row<{ id: string; sending_agency_id: string; receiving_agency_id: string }>(
      `select r.id, r.sending_agency_id, r.receiving_agency_id from referral r
        where r.status in ('ACKNOWLEDGED', 'ACCEPTED', 'IN_PROGRESS')
        order by 3 * (select count(*) from referral_message m where m.referral_id = r.id)
               + 3 * (select count(*) from referral_attachment a where a.referral_id = r.id)
               + (select count(*) from referral_person p where p.referral_id = r.id) desc, r.id limit 1`,
    );
    // Its conversation, both sides writing, a file attached: through the API and the upload route, as the page does.
    const sender = await someoneIn(referral.sending_agency_id, 'LIAISON_OFFICER');
    const receiver = await someoneIn(referral.receiving_agency_id, 'LIAISON_OFFICER');
    const senderCookie = await signInAs(api, { email: sender, password: DEMO_PASSWORD });
    const receiverCookie = await signInAs(api, { email: receiver, password: DEMO_PASSWORD });
    const uploaded = await fetch(`${api.url}/api/referrals/${referral.id}/attachments`, {
      method: 'POST',
      headers: {
        'content-type': 'application/pdf',
        'x-file-name': encodeURIComponent('informe de la patrulla.pdf'),
        'x-requested-with': 'enlace',
        cookie: senderCookie,
      },
      body: Buffer.from('%PDF-1.7\ninforme de la patrulla\n%%EOF\n'),
    });
    if (uploaded.status !== 201) throw new Error(`The upload was refused: ${uploaded.status}`);
    const { id: attachmentId } = (await uploaded.json()) as { id: string };
    const post = (cookie: string, body: string, attachmentIds: string[] = []) =>
      graphqlAs(api, cookie)(
        `mutation ($input: PostReferralMessageInput!) { postReferralMessage(input: $input) { id } }`,
        { input: { referralId: referral.id, body, attachmentIds } },
      ).then((answer) => {
        if (answer.errors) throw new Error(`The message was refused: ${JSON.stringify(answer.errors)}`);
      });
    await post(senderCookie, 'Adjunto el informe de la patrulla que detuvo el vehículo.', [attachmentId]);
    await post(receiverCookie, 'Recibido. Una patrulla espera al grupo en el paso; les confirmamos a las 18:00.');
    add(sender, {
      name: 'referral-sender',
      path: `/referrals/${referral.id}`,
    });
    add(receiver, {
      name: 'referral-receiver',
      path: `/referrals/${referral.id}`,
    });
    // A draft the sending officer is still writing (the demo has none): made through the API, as the form does.
    const source = await row<Record<string, unknown>>(
      `select receiving_agency_id, mechanism_id, crossing_point_id, category, urgency from referral where id = ?`,
      referral.id,
    );
    const call = graphqlAs(api, senderCookie);
    const draft = await call<{ createReferralDraft: { id: string } }>(
      `mutation ($input: ReferralDraftInput!) { createReferralDraft(input: $input) { id } }`,
      {
        input: {
          receivingAgencyId: source.receiving_agency_id,
          mechanismId: source.mechanism_id,
          crossingPointId: source.crossing_point_id,
          category: source.category,
          urgency: source.urgency,
          title: 'Grupo de doce personas en la orilla del río, a pie',
          narrative: 'Vistos al amanecer cerca del paso; entre ellos dos menores sin compañía.',
          placeDescription: 'Orilla norte, 300 m río arriba del puente',
          latitude: 14.6767,
          longitude: -92.1492,
          handlingCode: 'H1',
          sourceReliability: 'B',
          informationAccuracy: 2,
          persons: [{ role: 'SMUGGLED_MIGRANT', estimatedAge: 15, nationality: 'HN', sex: 'FEMALE' }],
        },
      },
    );
    if (!draft.data) throw new Error(`The draft was refused: ${JSON.stringify(draft.errors)}`);
    add(sender, { name: 'referral-draft', path: `/referrals/${draft.data.createReferralDraft.id}/edit` });
    add(await someoneIn(referral.sending_agency_id, 'AUDITOR'), {
      name: 'audit-trail-records',
      path: '/audit',
      check: auditTrailCompact,
    });

    // Coordination: a meeting with approved minutes, decisions and action items; its mechanism's pages.
    const meeting = await row<{ id: string; mechanism_id: string; secretariat_agency_id: string }>(
      `select m.id, m.mechanism_id, me.secretariat_agency_id from meeting m join mechanism me on me.id = m.mechanism_id
        order by (select count(*) from decision d where d.meeting_id = m.id)
               + (select count(*) from action_item a where a.meeting_id = m.id) desc, m.id limit 1`,
    );
    const action = await row<{ id: string }>(
      'select id from action_item where meeting_id = ? order by id limit 1',
      meeting.id,
    );
    const assessment = await row<{ id: string; agency_id: string }>(
      'select a.id, m.secretariat_agency_id as agency_id from assessment a join mechanism m on m.id = a.mechanism_id order by a.id limit 1',
    );
    const secretariat = await someoneIn(meeting.secretariat_agency_id, 'SECRETARIAT');
    const mechanism = `/coordination/mechanisms/${meeting.mechanism_id}`;
    add(
      secretariat,
      { name: 'meeting', path: `/coordination/meetings/${meeting.id}` },
      { name: 'mechanism', path: mechanism },
      { name: 'mechanism-follow-up', path: `${mechanism}/follow-up` },
      { name: 'action-item', path: `/coordination/actions/${action.id}` },
      { name: 'mechanism-library', path: `${mechanism}/library` },
      { name: 'mechanism-roster', path: `${mechanism}/roster` },
    );
    add(await someoneIn(assessment.agency_id, 'SECRETARIAT').catch(() => secretariat), {
      name: 'assessment',
      path: `/coordination/assessments/${assessment.id}`,
    });

    // Protection: a survivor with consents, as her case worker; a referral to services; a border referral.
    const survivor = await row<{ id: string; case_worker_id: string }>(
      `select s.id, s.case_worker_id from survivor s where s.case_worker_id is not null
        order by (select count(*) from survivor_consent c where c.survivor_id = s.id) desc, s.id limit 1`,
    );
    const caseWorker = await emailOf(survivor.case_worker_id);
    add(
      caseWorker,
      { name: 'caseload', path: '/protection/caseload' },
      { name: 'survivor', path: `/protection/survivors/${survivor.id}`, check: referralStatusesInView },
      { name: 'survivor-refer', path: `/protection/survivors/${survivor.id}/refer` },
      { name: 'new-survivor', path: '/protection/survivors/new' },
      { name: 'service-referrals', path: '/protection/service-referrals' },
      { name: 'directory', path: '/protection/directory' },
    );
    const serviceReferral = await row<{ id: string; sent_by_id: string }>(
      'select id, sent_by_id from service_referral where sent_by_id is not null order by id limit 1',
    );
    add(await emailOf(serviceReferral.sent_by_id), {
      name: 'service-referral',
      path: `/protection/service-referrals/${serviceReferral.id}`,
    });
    const borderReferral = await row<{ id: string; sent_by_id: string }>(
      'select id, sent_by_id from protection_referral order by id limit 1',
    );
    add(
      await emailOf(borderReferral.sent_by_id),
      { name: 'border-referrals', path: '/protection/border-referrals' },
      { name: 'border-referral', path: `/protection/border-referrals/${borderReferral.id}` },
      { name: 'new-border-referral', path: '/protection/border-referrals/new' },
    );

    // Durable solutions: a plan, as its case worker, and the referrals to services it made.
    const plan = await row<{ survivor_id: string; case_worker_id: string }>(
      'select survivor_id, case_worker_id from durable_plan where case_worker_id is not null order by id limit 1',
    );
    add(
      await emailOf(plan.case_worker_id),
      { name: 'durable-plans', path: '/durable-solutions' },
      { name: 'durable-plan', path: `/durable-solutions/survivors/${plan.survivor_id}` },
      { name: 'durable-follow-ups', path: '/durable-solutions/follow-ups' },
    );
    const solutionReferral = await row<{ recipient_agency_id: string }>(
      'select recipient_agency_id from durable_solution_referral order by id limit 1',
    );
    add(await someoneIn(solutionReferral.recipient_agency_id, 'CASE_WORKER'), {
      name: 'solution-referrals',
      path: '/durable-solutions/referrals',
    });

    // Bulletins and identity checks, as the liaison officer who drafted one.
    const bulletin = await row<{ id: string; drafted_by_id: string }>(
      `select id, drafted_by_id from bulletin where status = 'PUBLISHED' order by id limit 1`,
    );
    add(
      await emailOf(bulletin.drafted_by_id),
      { name: 'bulletins', path: '/bulletins' },
      { name: 'bulletin', path: `/bulletins/${bulletin.id}` },
      { name: 'new-bulletin', path: '/bulletins/new' },
      { name: 'identity-checks', path: '/identity-checks' },
    );

    // Administration, behind a second factor: an agency's administrator and the platform's.
    const agencyAdmin = await someoneIn(referral.sending_agency_id, 'AGENCY_ADMIN');
    const platformAdmin = 'platform-admin@demo.enlace.example';
    const em = orm.em.fork();
    for (const email of [agencyAdmin, platformAdmin]) {
      const user = await em.findOneOrFail(User, { email });
      user.totpSecret = TEST_TOTP_SECRET;
      user.totpEnabledAt = new Date();
      withSecondFactor.add(email);
    }
    await em.flush();
    add(
      agencyAdmin,
      { name: 'admin-users', path: '/admin/users' },
      { name: 'admin-api-tokens', path: '/admin/api-tokens' },
      { name: 'admin-retention', path: '/admin/retention' },
      { name: 'profile-with-second-factor', path: '/profile' },
    );
    const mechanismId = meeting.mechanism_id;
    add(
      platformAdmin,
      { name: 'admin-countries', path: '/admin/countries' },
      { name: 'admin-country', path: '/admin/countries/GT' },
      { name: 'admin-agencies', path: '/admin/agencies' },
      { name: 'admin-agency', path: `/admin/agencies/${referral.sending_agency_id}` },
      { name: 'admin-mechanisms', path: '/admin/mechanisms' },
      { name: 'admin-mechanism', path: `/admin/mechanisms/${mechanismId}` },
      { name: 'admin-failed-jobs', path: '/admin/failed-jobs' },
      { name: 'status', path: '/status' },
    );
    // An administrator without a second factor yet: the sign-in asks them to set one up.
    enrollingAdmin = await someoneIn(referral.receiving_agency_id, 'AGENCY_ADMIN');
  }, 300_000);
  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await orm?.close();
  });

  const context = (width: number) => ({
    locale: 'es-GT',
    timezoneId: 'America/Guatemala',
    viewport: { width, height: 800 },
  });

  /** On a phone the page never scrolls sideways: whatever is wider scrolls inside its own box. */
  async function expectNoSidewaysScroll(page: Page, name: string) {
    const [scrollWidth, clientWidth] = (await page.evaluate(
      '[document.documentElement.scrollWidth, document.documentElement.clientWidth]',
    )) as [number, number];
    if (scrollWidth > clientWidth)
      throw new Error(`${name}: the page scrolls sideways (${scrollWidth} > ${clientWidth})`);
  }

  /** No status, tag or vulnerability ends in "…": a chip's whole text is shown, on two lines if need be. */
  async function chipsCutOff(page: Page, name: string): Promise<string[]> {
    const cut = (await page.evaluate(
      `[...document.querySelectorAll('.MuiChip-label')]
        .filter((label) => label.scrollWidth > label.clientWidth + 1)
        .map((label) => label.textContent)`,
    )) as string[];
    return cut.map((chip) => `${name}: chip cut off: ${chip}`);
  }

  /**
   * On a phone no list hides columns behind a sideways scroll: records are cards or tables that fit. The tables
   * of figures (statistics) may scroll in their own box; none is walked here.
   */
  async function tablesScrollingSideways(page: Page, name: string, width: number): Promise<string[]> {
    if (width > 390) return [];
    const wide = (await page.evaluate(
      `[...document.querySelectorAll('.MuiTableContainer-root')]
        .filter((box) => box.scrollWidth > box.clientWidth + 1)
        .map((box) => box.querySelector('table')?.getAttribute('aria-label') ?? box.getAttribute('aria-label') ?? '?')`,
    )) as string[];
    return wide.map((table) => `${name}: table scrolls sideways: ${table}`);
  }

  async function settle(page: Page) {
    await page.waitForLoadState('networkidle');
    // A screen's title, or the dialog a record's address opens over its list (/admin/countries/GT).
    await page.locator('h1, [role="dialog"] h2').first().waitFor();
    // Skeletons and loading bars (indeterminate) gone; a plan's progress bar (determinate) stays.
    await page
      .locator('.MuiSkeleton-root, .MuiLinearProgress-indeterminate, .MuiCircularProgress-indeterminate')
      .first()
      .waitFor({ state: 'detached' });
  }

  /** Walks the screens and returns their shortcomings: gathered, not thrown, so one run names them all. */
  async function walk(page: Page, list: Walk[], width: number): Promise<string[]> {
    const shortcomings: string[] = [];
    for (const { name, path, check } of list) {
      await page.goto(`${api.url}${path}`);
      await settle(page);
      await expectScreenLooksRight(page, `screens/${name}-${width}`);
      await expectNoSidewaysScroll(page, name);
      shortcomings.push(...(await chipsCutOff(page, name)), ...(await tablesScrollingSideways(page, name, width)));
      await check?.(page, width);
    }
    return shortcomings;
  }

  it.each(WIDTHS)(
    'a visitor at %i px: resetting a password, accepting an invitation, an administrator setting up a second factor',
    async (width) => {
      const page = await openPage(browser, context(width), pageErrors);
      const shortcomings = await walk(
        page,
        [
          { name: 'reset-password', path: '/reset-password#token=0000000000000000000000000000000000000000000' },
          { name: 'accept-invitation', path: '/accept-invitation#token=000000000000000000000000000000000000000000' },
        ],
        width,
      );
      await page.goto(`${api.url}/sign-in`);
      await page.getByLabel('Correo electrónico institucional').fill(enrollingAdmin);
      await page.getByLabel('Contraseña').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Continuar' }).click();
      await page.getByRole('button', { name: 'Activar la verificación en dos pasos' }).click();
      await page.getByRole('img', { name: /QR/ }).first().waitFor();
      await expectScreenLooksRight(page, `screens/second-factor-setup-${width}`);
      await expectNoSidewaysScroll(page, 'second-factor-setup');
      await page.context().close();
      expect(shortcomings).toEqual([]);
    },
    120_000,
  );

  it.each(WIDTHS)(
    'every record and administration screen at %i px',
    async (width) => {
      const shortcomings: string[] = [];
      for (const [email, list] of walks) {
        const page = await openSignedInPage(browser, {
          baseUrl: api.url,
          email,
          password: DEMO_PASSWORD,
          pageErrors,
          context: context(width),
          secondFactorCode: withSecondFactor.has(email) ? () => totpCode(TEST_TOTP_SECRET) : undefined,
        });
        shortcomings.push(...(await walk(page, list, width)));
        await page.context().close();
      }
      expect(shortcomings).toEqual([]);
    },
    600_000,
  );
});
