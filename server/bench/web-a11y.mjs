// pnpm bench:a11y — Lighthouse 12's accessibility score of the main screens. Starts Enlace on its own database
// (as pnpm bench:web; `pnpm build` first), creates one liaison officer and runs Lighthouse (npx, Debian's
// chromium, offline on localhost) on each screen, signed in through the session cookie where the screen needs it.
// Prints each score and the audits that failed; exits 1 when a screen scores under 95 (issue 16).
// Figures go into docs/accessibility.md.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { anOfficer, sessionCookie, startServer } from './web-bench-server.mjs';

const FLOOR = 95;
const out = (line) => process.stdout.write(`${line}\n`);

/** Lighthouse's accessibility score for `url`, with the titles of the audits that did not pass. */
async function accessibility(url, cookie) {
  const args = ['-y', 'lighthouse@12.8.2', url, '--chrome-path=/usr/bin/chromium', '--only-categories=accessibility'];
  args.push('--chrome-flags=--headless=new --no-sandbox --disable-gpu --lang=es', '--output=json');
  args.push('--output-path=stdout', '--quiet', '--preset=desktop');
  if (cookie) args.push(`--extra-headers=${JSON.stringify({ Cookie: `${cookie.name}=${cookie.value}` })}`);
  const { stdout } = await promisify(execFile)('npx', args, { maxBuffer: 64 * 1024 * 1024, timeout: 300_000 });
  const report = JSON.parse(stdout);
  const failed = report.categories.accessibility.auditRefs
    .filter((ref) => ref.weight > 0 && report.audits[ref.id].score !== null && report.audits[ref.id].score < 1)
    .map((ref) => ref.id);
  // A screen that sent the visitor to the sign-in page was not measured: say so.
  const shown = new URL(report.finalDisplayedUrl).pathname;
  return { score: Math.round(report.categories.accessibility.score * 100), failed, shown };
}

async function main() {
  const server = await startServer();
  try {
    const cookie = await sessionCookie(server, await anOfficer(server));
    const screens = {
      'sign-in': { path: '/sign-in' },
      inbox: { path: '/referrals/inbox', cookie },
      'new referral': { path: '/referrals/new', cookie },
      statistics: { path: '/statistics', cookie },
      notifications: { path: '/notifications', cookie },
      profile: { path: '/profile', cookie },
    };
    let under = 0;
    for (const [name, { path, cookie: session }] of Object.entries(screens)) {
      const { score, failed, shown } = await accessibility(`${server.url}${path}`, session);
      if (score < FLOOR || shown !== path) under += 1;
      const notes = [shown !== path ? `shown instead: ${shown}` : '', failed.length > 0 ? `failed: ${failed}` : ''];
      out(`${name.padEnd(16)} ${score}  ${notes.filter(Boolean).join('; ')}`);
    }
    if (under > 0) process.exitCode = 1;
  } finally {
    await server.stop();
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error) => {
    process.stderr.write(`${error.stack ?? error}\n`);
    process.exit(1);
  },
);
