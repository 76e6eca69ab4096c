// Browser helpers for the end-to-end tests in test/e2e/. They live in the web package because playwright-core
// and axe are its devDependencies; `.cts` keeps this file CommonJS like the tests, inside an ESM package.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';

export type { Browser, Page };

const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = path.resolve(__dirname, '../../test-artifacts');

/**
 * Debian's chromium, installed with apt-get the first time it is missing. Never a downloaded browser: the
 * machines that run the tests must not fetch executables from outside their package manager.
 */
function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  const apt = (...args: string[]) => execFileSync('apt-get', args, { stdio: 'inherit', timeout: 600_000 });
  try {
    apt('install', '-y', '--no-install-recommends', 'chromium');
  } catch {
    apt('update');
    apt('install', '-y', '--no-install-recommends', 'chromium');
  }
}

export async function launchChromium(): Promise<Browser> {
  ensureChromium();
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/**
 * Waits for `locator` to be shown. On a timeout the error also says what the page showed then (its address, its
 * main text, what the console reported): a failure on the CI machine, where no screenshot survives, can be read
 * from the log alone. The pages hold the tests' made-up data only.
 */
export async function waitForShown(locator: Locator): Promise<void> {
  const page = locator.page();
  const reported: string[] = [];
  const listen = (message: { type(): string; text(): string }) => {
    if (message.type() === 'error' || message.type() === 'warning') reported.push(message.text());
  };
  page.on('console', listen);
  try {
    await locator.waitFor();
  } catch (error) {
    const main = await page
      .locator('main')
      .innerText({ timeout: 2_000 })
      .catch(() => '(no main element)');
    throw new Error(
      `${(error as Error).message}\nAt ${page.url()} the page showed:\n${main.slice(0, 3_000)}\n` +
        `Console meanwhile: ${reported.join(' | ') || 'nothing'}`,
    );
  } finally {
    page.off('console', listen);
  }
}

/**
 * Waits until a page expression is true. `page.waitForFunction` compiles its string inside the page, which the
 * app's Content-Security-Policy (no 'unsafe-eval') forbids; `page.evaluate` runs it through the DevTools
 * protocol, which the policy does not govern.
 */
export async function waitUntilTrue(page: Page, expression: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for: ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Picks from a searchable list (a country, a language) as a person does: types part of the name in the field,
 * then clicks the option of that name.
 */
export async function pickFromList(page: Page, field: string | RegExp, typed: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: field }).fill(typed);
  await page.getByRole('option', { name: option, exact: true }).click();
}

/**
 * Rules that fail a screen whatever impact axe gives them: ones Lighthouse counts against the accessibility score
 * although axe rates them minor (`aria-allowed-role`: a role the element's tag does not allow).
 */
const ALWAYS_FAILING_RULES = new Set(['aria-allowed-role']);

/**
 * axe-core on the page as it is now; returns the serious and critical violations, and any violation of the rules
 * above, described for a failure.
 */
export async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter(
      (violation) =>
        violation.impact === 'serious' || violation.impact === 'critical' || ALWAYS_FAILING_RULES.has(violation.id),
    )
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes
          .map((node) => `${node.target.join(' ')} ${node.html.slice(0, 160)}`)
          .join(', ')})`,
    );
}

/**
 * Matches a raw catalogue key on a page ("referrals.status.SENT" shown instead of its text): any catalogue
 * section name (from every namespace file of the Spanish catalogue) followed by a dotted name.
 */
export function untranslatedKeyPattern(): RegExp {
  const folder = path.resolve(__dirname, '../src/i18n/catalogues/es');
  const sections = readdirSync(folder).flatMap((file) =>
    Object.keys(JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as object),
  );
  // Not after a hyphen, dot or at sign: "agency-admin.gt-pnc@..." is an e-mail address, not the key "admin.gt".
  return new RegExp(`(?<![\\w.@-])(${sections.join('|')})\\.[A-Za-z]+\\b`);
}

/**
 * A fresh browser context (nothing remembered from an earlier visit) and its page: failing in seconds, not at
 * jest's timeout, when something never appears; any uncaught error in the page goes to `pageErrors`.
 */
export async function openPage(browser: Browser, context: BrowserContextOptions, pageErrors: string[]): Promise<Page> {
  const page = await (await browser.newContext(context)).newPage();
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return page;
}

export interface SignedInPageOptions {
  /** The app's address (the test server's url). */
  baseUrl: string;
  email: string;
  password: string;
  /** Where the page's uncaught errors go; each test file checks it is empty after every test. */
  pageErrors: string[];
  /** The browser's language, time zone, viewport and the like (`locale`, `timezoneId`, `viewport`, ...). */
  context: BrowserContextOptions;
  /** A current code of the account's second factor, for accounts that must give one (administrators). */
  secondFactorCode?: () => Promise<string>;
  /** Open `/` instead of `/sign-in`, and check that a visitor is sent to the sign-in page. */
  throughHome?: boolean;
  /** Runs on the sign-in page before the form is filled (e.g. to choose the language there). */
  beforeSignIn?: (page: Page) => Promise<void>;
}

/**
 * A new browser context signed in as one user, the way a person does it: the sign-in form, then the second
 * factor when the account asks for one; resolves once the home page is reached.
 */
export async function openSignedInPage(browser: Browser, options: SignedInPageOptions): Promise<Page> {
  const { baseUrl } = options;
  const page = await openPage(browser, options.context, options.pageErrors);
  if (options.throughHome) {
    await page.goto(baseUrl);
    await page.waitForURL(`${baseUrl}/sign-in`);
  } else await page.goto(`${baseUrl}/sign-in`);
  await options.beforeSignIn?.(page);
  await page.getByLabel('Correo electrónico institucional').fill(options.email);
  await page.getByLabel('Contraseña').fill(options.password);
  await page.getByRole('button', { name: 'Continuar' }).click();
  if (options.secondFactorCode) {
    await page.getByLabel(/Código de verificación/).fill(await options.secondFactorCode());
    await page.getByRole('button', { name: 'Verificar' }).click();
  }
  await page.waitForURL(`${baseUrl}/`);
  return page;
}

let untranslatedKey: RegExp | undefined;

/**
 * What every screen of the browser tests must be: settled (no dialog, backdrop or message half faded in), no raw
 * catalogue key, no serious accessibility violation; then a full-page screenshot into test-artifacts/.
 */
export async function expectScreenLooksRight(page: Page, name: string): Promise<void> {
  await waitUntilTrue(
    page,
    `[...document.querySelectorAll('.MuiDialog-container, .MuiBackdrop-root, .MuiSnackbar-root > *')]
      .every((element) => getComputedStyle(element).opacity === '1')`,
  );
  // From the top: a full-page shot of a scrolled page draws the fixed top bar in the middle. The shot comes
  // before the checks, so that a failing check leaves the screen to look at.
  await page.evaluate('window.scrollTo(0, 0)');
  await screenshot(page, name);
  untranslatedKey ??= untranslatedKeyPattern();
  const key = (await page.locator('body').innerText()).match(untranslatedKey);
  if (key) throw new Error(`${name}: a raw catalogue key on the page: ${key[0]}`);
  const violations = await seriousAccessibilityViolations(page);
  if (violations.length > 0) throw new Error(`${name}: serious accessibility violations:\n${violations.join('\n')}`);
}
