// Browser helpers for the end-to-end tests in test/e2e/. They live in the web package because playwright-core
// and axe are its devDependencies; `.cts` keeps this file CommonJS like the tests, inside an ESM package.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';

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

/** axe-core on the page as it is now; returns the serious and critical violations, described for a failure. */
export async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target).join(', ')})`,
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
  return new RegExp(`\\b(${sections.join('|')})\\.[A-Za-z]+\\b`);
}
