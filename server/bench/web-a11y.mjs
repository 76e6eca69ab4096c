// pnpm bench:a11y — Lighthouse 12's accessibility score of the main screens. Starts Enlace on its own database
// (as pnpm bench:web; `pnpm build` first), creates one liaison officer and runs Lighthouse (npx, Debian's
// chromium, offline on localhost) on each screen, signed in through the session cookie where the screen needs it.
// The record screens (a referral, a meeting, a survivor, the audit trail as an auditor) are measured on the demo's
// data: a second server seeds the demo into its own database "enlace_a11y_demo" (once; kept for later runs).
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

/** The demo's password (README) and how to find a demo account of an agency by role. */
const DEMO_PASSWORD = 'Enlace-Demo-2026';
async function one(server, sql, ...params) {
  const [row] = await server.orm.em.fork().execute(sql, params);
  if (!row) throw new Error(`The demo has no row for: ${sql}`);
  return row;
}
const demoAccount = async (server, agencyId, role) =>
  (
    await one(
      server,
      'select email from app_user where agency_id = ? and ? = any(roles::text[]) order by email limit 1',
      agencyId,
      role,
    )
  ).email;

/** The record screens on the demo's data, each with the session of the role that uses it. */
async function recordScreens(server) {
  const cookieOf = async (email) => sessionCookie(server, email, DEMO_PASSWORD);
  const referral = await one(
    server,
    `select id, sending_agency_id from referral where status in ('ACKNOWLEDGED', 'ACCEPTED', 'IN_PROGRESS')
      order by (select count(*) from referral_person p where p.referral_id = referral.id) desc, id limit 1`,
  );
  const meeting = await one(
    server,
    `select m.id, me.secretariat_agency_id from meeting m join mechanism me on me.id = m.mechanism_id
      order by (select count(*) from decision d where d.meeting_id = m.id) desc, m.id limit 1`,
  );
  const survivor = await one(
    server,
    'select s.id, u.email from survivor s join app_user u on u.id = s.case_worker_id order by s.id limit 1',
  );
  return {
    referral: {
      path: `/referrals/${referral.id}`,
      cookie: await cookieOf(await demoAccount(server, referral.sending_agency_id, 'LIAISON_OFFICER')),
    },
    'audit trail': {
      path: '/audit',
      cookie: await cookieOf(await demoAccount(server, referral.sending_agency_id, 'AUDITOR')),
    },
    meeting: {
      path: `/coordination/meetings/${meeting.id}`,
      cookie: await cookieOf(await demoAccount(server, meeting.secretariat_agency_id, 'SECRETARIAT')),
    },
    survivor: { path: `/protection/survivors/${survivor.id}`, cookie: await cookieOf(survivor.email) },
  };
}

async function measure(server, screens) {
  let under = 0;
  for (const [name, { path, cookie: session }] of Object.entries(screens)) {
    const { score, failed, shown } = await accessibility(`${server.url}${path}`, session);
    if (score < FLOOR || shown !== path) under += 1;
    const notes = [shown !== path ? `shown instead: ${shown}` : '', failed.length > 0 ? `failed: ${failed}` : ''];
    out(`${name.padEnd(16)} ${score}  ${notes.filter(Boolean).join('; ')}`);
  }
  return under;
}

async function main() {
  let under = 0;
  const server = await startServer();
  try {
    const cookie = await sessionCookie(server, await anOfficer(server));
    under += await measure(server, {
      'sign-in': { path: '/sign-in' },
      inbox: { path: '/referrals/inbox', cookie },
      'new referral': { path: '/referrals/new', cookie },
      statistics: { path: '/statistics', cookie },
      notifications: { path: '/notifications', cookie },
      profile: { path: '/profile', cookie },
    });
  } finally {
    await server.stop();
  }
  const demo = await startServer({ database: 'enlace_a11y_demo', env: { ENLACE_DEMO: 'true' } });
  try {
    under += await measure(demo, await recordScreens(demo));
  } finally {
    await demo.stop();
  }
  if (under > 0) process.exitCode = 1;
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error) => {
    process.stderr.write(`${error.stack ?? error}\n`);
    process.exit(1);
  },
);
