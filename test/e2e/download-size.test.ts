/**
 * @jest-environment node
 */
// Like every test file that starts the server: a database of its own, copied from the run's migrated template.
import '../support/per-file-database';
import type { MikroORM } from '@mikro-orm/postgresql';
import { launchChromium, type Browser, type Page } from '../../web/e2e-support/browser.cjs';
import { networkQuiet, recordWireBytes } from '../../web/e2e-support/wire-bytes.cjs';
import { anAgency, aUser, cookieFor, startTestOrm } from '../support/factories';
import { startTestServer, type TestServer } from '../support/test-server';
import { present } from '../support/indexing';

/**
 * What a first visit costs over the wire, as Chromium's network log counts it (compressed bodies and headers,
 * browser cache off): a border post's shared mobile line carries about 50 kB a second. Issue 19's goal: 150 kB
 * for the sign-in screen, 200 kB for the inbox of a signed-in officer (everything before it is usable).
 */
// Both ceilings are the goals. The sign-in screen: 149.9 kB measured on 2026-12-05, brotli. The inbox: what was
// sent for before its first answer was drawn (the screen marks that moment; Apollo Client, the live updates, the
// bell, the menu's icons and the filters' mechanisms come after it, docs/adr/0022-web-first-download.md). The
// whole visit, those included, has a ceiling of its own against growth.
const SIGN_IN_BUDGET = 150 * 1024;
const INBOX_BUDGET = 200 * 1024;
const INBOX_WHOLE_VISIT_BUDGET = 266 * 1024;
/** Set by the inbox (referral-inbox-screen.tsx FIRST_ANSWER_DRAWN) when its first answer is on the screen. */
const INBOX_DRAWN_MARK = 'enlace:inbox-first-answer-drawn';

describe('the web app downloads little before it is usable', () => {
  let api: TestServer;
  let browser: Browser;
  let orm: MikroORM;

  beforeAll(async () => {
    [api, browser, { orm }] = await Promise.all([startTestServer(), launchChromium(), startTestOrm()]);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await orm?.close();
  });

  async function freshPage(cookie?: string): Promise<Page> {
    const context = await browser.newContext({ locale: 'es-GT', timezoneId: 'America/Guatemala' });
    if (cookie) {
      const [name, value] = cookie.split('=');
      await context.addCookies([
        { name: present(name, 'a cookie name'), value: present(value, 'a cookie value'), url: api.url },
      ]);
    }
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    return page;
  }

  const sum = (responses: { bytes: number }[]) => responses.reduce((total, response) => total + response.bytes, 0);

  /** Total and the largest responses, so a failure names what grew. */
  function report(responses: { path: string; bytes: number }[]) {
    const total = responses.reduce((sum, response) => sum + response.bytes, 0);
    const largest = [...responses].sort((a, b) => b.bytes - a.bytes).slice(0, 12);
    return { totalKb: Math.round(total / 102.4) / 10, largest: largest.map((r) => `${r.path} ${r.bytes}`) };
  }

  it(`sends the sign-in screen, cold, in at most ${SIGN_IN_BUDGET / 1024} kB`, async () => {
    const page = await freshPage();
    const wire = await recordWireBytes(page);
    await page.goto(`${api.url}/sign-in`);
    await page.getByRole('heading', { name: 'Iniciar sesión', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Continuar' }).waitFor();
    await networkQuiet(page);
    const measured = report(wire.responses());
    process.stdout.write(`sign-in, cold: ${JSON.stringify(measured)}\n`);
    expect(measured.largest.some((line) => line.startsWith('/assets/'))).toBe(true);
    expect({ ...measured, withinBudget: wire.total() <= SIGN_IN_BUDGET }).toMatchObject({ withinBudget: true });
    await page.context().close();
  }, 60_000);

  it(`sends a signed-in officer's inbox, cold, in at most ${INBOX_BUDGET / 1024} kB before it is usable`, async () => {
    const agency = await anAgency(orm);
    const officer = await aUser(orm, agency, { timeZone: 'America/Guatemala' });
    const page = await freshPage(await cookieFor(orm, officer));
    const wire = await recordWireBytes(page);
    await page.goto(`${api.url}/referrals/inbox`);
    await page.getByRole('heading', { name: 'Remisiones recibidas', level: 1 }).waitFor();
    await page.getByText(/Su agencia no ha recibido remisiones/).waitFor();
    await networkQuiet(page);
    // What comes after the first answer did come: the bell and the mechanisms to filter by.
    await page.getByRole('link', { name: /notificaci/i }).waitFor();
    const beforeUsable = await wire.responsesBefore(INBOX_DRAWN_MARK);
    const usable = { ...report(beforeUsable), requests: beforeUsable.length };
    const whole = { ...report(wire.responses()), requests: wire.responses().length };
    process.stdout.write(`inbox, signed in, cold, until usable: ${JSON.stringify(usable)}\n`);
    process.stdout.write(`inbox, signed in, cold, whole visit: ${JSON.stringify(whole)}\n`);
    // Apollo Client is loaded, but after the mark: the measure of what came before must not count it.
    expect(whole.largest.some((line) => line.startsWith('/assets/apollo-'))).toBe(true);
    expect(usable.largest.some((line) => line.startsWith('/assets/apollo-'))).toBe(false);
    expect({ ...usable, withinBudget: sum(beforeUsable) <= INBOX_BUDGET }).toMatchObject({ withinBudget: true });
    expect({ ...whole, withinBudget: wire.total() <= INBOX_WHOLE_VISIT_BUDGET }).toMatchObject({
      withinBudget: true,
    });
    await page.context().close();
  }, 60_000);

  it('draws the inbox before Apollo Client arrives, and nothing moves or is lost when it takes over', async () => {
    const agency = await anAgency(orm);
    const officer = await aUser(orm, agency, { timeZone: 'America/Guatemala' });
    const page = await freshPage(await cookieFor(orm, officer));
    // Apollo's file held back, as on a slow line: the inbox must be drawn and usable without it meanwhile.
    let releaseApollo = () => undefined as void;
    const apolloHeld = new Promise<void>((resolve) => (releaseApollo = resolve));
    await page.route(/\/assets\/apollo-[\w-]+\.js$/, async (route) => {
      await apolloHeld;
      await route.continue();
    });
    await page.goto(`${api.url}/referrals/inbox`);
    const empty = page.getByText(/Su agencia no ha recibido remisiones/);
    await empty.waitFor();
    const urgency = page.getByRole('combobox', { name: 'Urgencia' });
    const before = { list: await empty.boundingBox(), urgency: await urgency.boundingBox() };
    expect(await page.getByRole('link', { name: /notificaci/i }).count()).toBe(0);
    // The filters work before Apollo: the choice goes into the address and the list is asked again.
    await urgency.click();
    await page.getByRole('option', { name: 'Inmediata' }).click();
    await page.getByText('Ninguna remisión coincide con estos filtros.').waitFor();
    expect(page.url()).toContain('urgency=IMMEDIATE');
    // Words typed but not yet searched stay in the box through the handover.
    const search = page.getByRole('textbox', { name: 'Buscar en título y relato' });
    await search.fill('lancha');

    releaseApollo();
    await page.getByRole('link', { name: /notificaci/i }).waitFor();
    await page.getByRole('combobox', { name: 'Mecanismo de coordinación' }).waitFor();
    // The filter chosen before stays chosen, and the list stays where it was drawn.
    await page.getByText('Ninguna remisión coincide con estos filtros.').waitFor();
    expect(await search.inputValue()).toBe('lancha');
    await urgency.click();
    await page.getByRole('option', { name: 'Cualquier urgencia' }).click();
    await empty.waitFor();
    expect({ list: await empty.boundingBox(), urgency: await urgency.boundingBox() }).toEqual(before);
    await page.context().close();
  }, 60_000);
});
