/**
 * @jest-environment node
 */
// Like every test file that starts the server: a database of its own, copied from the run's migrated template.
import '../support/per-file-database';
import { registerSurvivor } from '../../server/src/modules/protection';
import { ReferralCategory, ReferralStatus } from '../../server/src/modules/referrals';
import { Role } from '../../server/src/platform/authz/roles';
import { aBorderWorld, type BorderWorld, contextFor, referralIn, type WorldUser } from '../support/factories';
import { startTestServer, type TestServer } from '../support/test-server';
import {
  type Browser,
  expectScreenLooksRight,
  launchChromium,
  openSignedInPage,
  type Page,
  ARTIFACTS,
  screenshot,
  waitForShown,
} from '../../web/e2e-support/browser.cjs';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

describe('a statistician reads the figures of the region and of a mechanism, in a real browser', () => {
  let api: TestServer;
  let browser: Browser;
  let world: BorderWorld;
  let statistician: WorldUser;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    [api, browser] = await Promise.all([startTestServer(), launchChromium()]);
    const orm = api.server.orm;
    world = await aBorderWorld(orm);
    statistician = await world.colleagueIn('sameCountry', [Role.STATISTICIAN], { password: true });
    for (let i = 0; i < 8; i++) await referralIn(orm, world, ReferralStatus.SENT);
    for (let i = 0; i < 6; i++)
      await referralIn(orm, world, ReferralStatus.CLOSED, { category: ReferralCategory.SUSPECTED_TRAFFICKING });
    await referralIn(orm, world, ReferralStatus.ACKNOWLEDGED, { category: ReferralCategory.DOCUMENT_FRAUD });
    // Seven survivors: six women, one man (below 5, hidden with a second cell).
    for (const sex of ['FEMALE', 'FEMALE', 'FEMALE', 'FEMALE', 'FEMALE', 'FEMALE', 'MALE'])
      await registerSurvivor(contextFor(orm, world.users.senderCaseWorker), {
        sex,
        estimatedAge: 22,
        nationality: 'HN',
        exploitations: [{ kind: 'FORCED_LABOUR' }],
      } as never);
  }, 180_000);
  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  const signedInPage = (viewport: { width: number; height: number }) =>
    openSignedInPage(browser, {
      baseUrl: api.url,
      email: statistician.email,
      password: statistician.password!,
      pageErrors,
      context: { locale: 'es-GT', timezoneId: 'America/Guatemala', viewport },
    });

  const countIn = (page: Page, table: string, row: string) =>
    page.locator(`[data-figure-table="${table}"] tr`, { has: page.getByRole('rowheader', { name: row, exact: true }) });

  it('opens the region from the menu: tables with bars, small counts hidden and said so, filters in the address', async () => {
    const page = await signedInPage({ width: 1366, height: 900 });
    await page.getByRole('link', { name: 'Estadísticas' }).first().click();
    await page.getByRole('heading', { name: 'Estadísticas', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Por categoría' }).waitFor();
    // 15 referrals: 8 + 6 + 1. Document fraud (1) is below 5, and hidden in words, not shown as 0.
    await expect(countIn(page, 'referrals-status', 'Enviada').innerText()).resolves.toContain('8');
    await page.locator('dd', { hasText: /^15$/ }).waitFor();
    const fraud = countIn(page, 'referrals-category', 'Fraude documental');
    await expect(fraud.innerText()).resolves.toContain('oculto, menos de 5');
    await page.getByText('oculto para proteger otro').first().waitFor();
    await page.getByText('Una cifra oculta no es cero.', { exact: false }).waitFor();
    await page.getByRole('heading', { name: 'Reuniones celebradas' }).waitFor();
    await page.getByRole('rowheader', { name: 'Cerradas sin resultado' }).waitFor();
    // Protection: from de-identified fields, always controlled.
    await page.getByRole('heading', { name: 'Protección', level: 2 }).waitFor();
    await expect(countIn(page, 'protection-nationality', 'Honduras').innerText()).resolves.toContain('7');
    await expect(countIn(page, 'protection-sex', 'Hombre').innerText()).resolves.toContain('oculto, menos de 5');
    await expect(countIn(page, 'protection-exploitation', 'Trabajo forzoso').innerText()).resolves.toContain('7');
    await expect(countIn(page, 'protection-age_band', '21-23 años').innerText()).resolves.toContain('7');
    await expectScreenLooksRight(page, 'statistics-region-es-1366');

    // The mechanism, through the filters; the address carries it, so a reload shows the same tables.
    await page.getByLabel('Cifras de').click();
    await page.getByRole('option', { name: 'Un mecanismo' }).click();
    await page.getByText('Elija un mecanismo para ver sus cifras.').waitFor();
    await page.getByLabel('Mecanismo', { exact: true }).click();
    await page.getByRole('option', { name: world.mechanism.names.es }).click();
    await page.getByRole('heading', { name: 'Por paso fronterizo' }).waitFor();
    expect(new URL(page.url()).searchParams.get('mechanism')).toBe(world.mechanism.id);
    await page.reload();
    await countIn(page, 'referrals-crossing_point', 'Tecún Umán - Ciudad Hidalgo').waitFor();
    await page.getByRole('rowheader', { name: world.mechanism.names.es }).waitFor();
    const download = page.getByRole('link', { name: 'Descargar tablas de remisiones (CSV)' });
    expect(await download.getAttribute('href')).toBe(
      `/api/statistics/referrals.csv?scope=MECHANISM&mechanismId=${world.mechanism.id}&disclosure=STANDARD`,
    );
    expect(await page.getByRole('link', { name: 'Descargar tablas de protección (CSV)' }).getAttribute('href')).toBe(
      `/api/statistics/protection.csv?scope=MECHANISM&mechanismId=${world.mechanism.id}&disclosure=STANDARD`,
    );
    expect(await page.getByRole('link', { name: 'Descargar tablas de remisiones (XLSX)' }).getAttribute('href')).toBe(
      `/api/statistics/referrals.xlsx?scope=MECHANISM&mechanismId=${world.mechanism.id}&disclosure=STANDARD`,
    );
    expect(await page.getByRole('link', { name: 'Descargar tablas de coordinación (PDF)' }).getAttribute('href')).toBe(
      `/api/statistics/coordination.pdf?scope=MECHANISM&mechanismId=${world.mechanism.id}&disclosure=STANDARD&lang=es`,
    );
    // The statistician also gets the anonymised case-level dataset (HTCDS) of the mechanism.
    expect(
      await page.getByRole('link', { name: 'Descargar casos anonimizados, HTCDS (CSV)' }).getAttribute('href'),
    ).toBe(`/api/statistics/htcds.csv?scope=MECHANISM&mechanismId=${world.mechanism.id}&disclosure=STANDARD`);
    await expectScreenLooksRight(page, 'statistics-mechanism-es-1366');
    await page.context().close();
  }, 180_000); // axe over a long page is slow on a shared machine

  it("lists the records behind a figure and an indicator for an agency's officer, each row opening its referral", async () => {
    const officer = await world.colleagueIn('sender', [Role.LIAISON_OFFICER], { password: true });
    const page = await openSignedInPage(browser, {
      baseUrl: api.url,
      email: officer.email,
      password: officer.password!,
      pageErrors,
      context: { locale: 'es-GT', timezoneId: 'America/Guatemala', viewport: { width: 1366, height: 900 } },
    });
    await page.goto(`${api.url}/statistics?scope=AGENCY`);
    // A figure's row is a button: it opens the list of the referrals behind it that the officer may open.
    const statuses = page.locator('[data-figure-table="referrals-status"]');
    await statuses.getByRole('button').first().waitFor();
    await statuses.getByRole('button').first().click();
    const records = page.locator('[data-figure-records]');
    await waitForShown(records.getByRole('link').first());
    expect(await records.getByRole('link').count()).toBeGreaterThan(0);
    await expectScreenLooksRight(page, 'statistics-records-es-1366');
    // The data-quality indicators: "Ver registros" per indicator, its list replacing the figure's.
    const show = page.getByRole('button', { name: /^Ver los registros: / }).first();
    await show.click();
    await page.locator('button[aria-expanded="true"][aria-label^="Ver los registros"]').waitFor();
    await page.getByRole('heading', { name: /^Registros por corregir: / }).waitFor();
    await expectScreenLooksRight(page, 'statistics-quality-records-es-1366');
    // The indicator's own list (the figure's stays open above it): its first row opens that referral.
    const first = page
      .getByRole('region', { name: /^Registros por corregir: / })
      .getByRole('link')
      .first();
    await waitForShown(first);
    const reference = (await first.innerText()).trim();
    await first.click();
    await page.waitForURL(/\/referrals\/[0-9a-f-]{36}$/);
    await page.getByText(reference).first().waitFor();
    await page.context().close();
  }, 180_000);

  it('fits a phone (390 px): no sideways scrolling, filters folded, one part at a time in tabs, each reachable', async () => {
    const page = await signedInPage({ width: 390, height: 844 });
    await page.goto(`${api.url}/statistics?scope=REGION&disclosure=CTDC`);
    await page.getByRole('heading', { name: 'Por frontera' }).waitFor();
    await page.getByText('oculto, menos de 11').first().waitFor();
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    // The whole page at once was about 10,000 px tall on a phone; the default view is the referrals' part (its
    // twelve tables, zeros folded, are about 3,500 px with the region's data).
    const firstHeight = (await page.evaluate('document.documentElement.scrollHeight')) as number;
    expect(firstHeight).toBeLessThan(4_500);
    // The values counted zero share one row per table, and the nine downloads are folded like the filters.
    expect(await page.locator('[data-zero-values]').count()).toBeGreaterThan(0);
    const downloads = page.getByRole('button', { name: 'Descargas' });
    expect(
      await page
        .getByRole('link', { name: /^Descargar tablas de remisiones/ })
        .first()
        .isVisible(),
    ).toBe(false);
    await downloads.click();
    await page.getByRole('link', { name: 'Descargar tablas de remisiones (CSV)' }).waitFor();
    await downloads.click();
    await expectScreenLooksRight(page, 'statistics-region-es-390');
    // The filters are one tap away, and still change the figures.
    await page.getByRole('button', { name: 'Filtros' }).click();
    await page.getByLabel('Cifras de').waitFor();
    await expectScreenLooksRight(page, 'statistics-filters-es-390');
    await page.getByRole('button', { name: 'Filtros' }).click();
    const heights: Record<string, number> = {
      referrals: firstHeight,
    };
    const parts = page.getByRole('tablist', { name: 'Partes de las estadísticas' });
    // Each part measured once its figures are drawn (its tables shown, nothing more on the way): measured earlier,
    // a part's height was its loading state's. Protection's thirteen tables were about 5,800 px listing every value
    // one to a row; with the zeros folded and the downloads too, about 3,600.
    for (const [tab, heading, bound] of [
      ['Coordinación', 'Reuniones celebradas', 4_500],
      ['Protección', 'Protección', 4_500],
      ['Calidad de los datos', 'Calidad de los datos', 4_500],
    ] as const) {
      await parts.getByRole('tab', { name: tab }).click();
      await page.getByRole('tabpanel').getByRole('heading', { name: heading }).first().waitFor();
      await page.getByRole('tabpanel').getByRole('table').first().waitFor();
      await page.waitForLoadState('networkidle');
      expect(new URL(page.url()).searchParams.get('section')).not.toBeNull();
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
      heights[tab] = (await page.evaluate('document.documentElement.scrollHeight')) as number;
      await screenshot(page, `statistics-${new URL(page.url()).searchParams.get('section')}-es-390`);
      expect(heights[tab]).toBeLessThan(bound);
    }
    // The page's height for each part shown, kept with the screenshots (docs/benchmarks.md quotes them).
    writeFileSync(path.join(ARTIFACTS, 'statistics-phone-heights.json'), `${JSON.stringify(heights, null, 2)}\n`);
    await expectScreenLooksRight(page, 'statistics-quality-es-390');
    // The part shown is in the address: a reload comes back to it.
    await page.reload();
    await page.getByRole('tab', { name: 'Calidad de los datos', selected: true }).waitFor();
    await page.context().close();
  }, 180_000);
});
