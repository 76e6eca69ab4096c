// pnpm bench:web — how long a first visit takes on a slow mobile link, and what it downloads. Starts Enlace on its
// own database (BENCH_DATABASE_URL, else "enlace_web_bench" on DATABASE_URL's server, else on 127.0.0.1:5432) with
// the built web app (`pnpm build` first), creates one liaison officer, and opens in Debian's chromium, cache off:
//   - the sign-in screen, until its form is usable (heading and "Continuar" shown);
//   - a signed-in officer's inbox, until the inbox is drawn.
// Each on the slow profile of issue 19 (400 kbit/s down and up, 300 ms round trip, CPU 4x slower, all through the
// DevTools protocol) and unthrottled, WEB_BENCH_ROUNDS (default 3) times alternating; prints medians and the bytes
// received (compressed, with headers; in all and when the screen became usable). With WEB_BENCH_LIGHTHOUSE=1 it then runs Lighthouse 12 (npx, its default
// simulated mid-range phone, Debian's chromium, offline on localhost) on both pages and prints the performance
// score and its metrics (WEB_BENCH_LIGHTHOUSE_ROUNDS runs each, default 1, medians). WEB_BENCH_DIST_DIRS=a,b compares
// builds in one run: one server per built web app (each a copy of web/dist), visited in turn, so that both meet the
// same machine load. A measurement, not a test: figures go into docs/benchmarks.md.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createRequire } from 'node:module';
import { anOfficer, sessionCookie, startServer } from './web-bench-server.mjs';

// WEB_BENCH_ROUNDS=0: Lighthouse only.
const ROUNDS = Number(process.env.WEB_BENCH_ROUNDS ?? 3);
const SLOW = { latency: 300, downloadThroughput: 400_000 / 8, uploadThroughput: 400_000 / 8, cpu: 4 };
const out = (line) => process.stdout.write(`${line}\n`);
// playwright-core is a devDependency of the web package.
const { chromium } = createRequire(new URL('../../web/package.json', import.meta.url))('playwright-core');

/** Opens `path` cold in a new context on the given profile; resolves with ms until `usable` and bytes received. */
async function visit(browser, url, { profile, cookie, usable }) {
  const context = await browser.newContext({ locale: 'es-GT', timezoneId: 'America/Guatemala' });
  if (cookie) await context.addCookies([cookie]);
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  const cdp = await context.newCDPSession(page);
  let bytes = 0;
  cdp.on('Network.loadingFinished', (event) => (bytes += event.encodedDataLength));
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (profile) {
    const { cpu, ...network } = profile;
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  }
  const started = Date.now();
  await page.goto(url, { waitUntil: 'commit' });
  await usable(page);
  const ms = Date.now() - started;
  // A prerendered sign-in page is usable before the app's code runs: also when the app took it over (ADR 0064).
  while (await page.evaluate("document.querySelector('#root[data-prerendered]') !== null"))
    await new Promise((resolve) => setTimeout(resolve, 50));
  const tookOverMs = Date.now() - started;
  // What had arrived when the screen became usable; the inbox loads Apollo Client and the bell after that.
  const bytesUsable = bytes;
  await page.waitForLoadState('networkidle');
  await context.close();
  return { ms, tookOverMs, bytes, bytesUsable };
}

/** Lighthouse's performance score and metrics for `url` (mobile preset, simulated throttling). */
async function lighthouse(url, cookie) {
  const args = ['-y', 'lighthouse@12.8.2', url, '--chrome-path=/usr/bin/chromium', '--only-categories=performance'];
  args.push('--chrome-flags=--headless=new --no-sandbox --disable-gpu', '--output=json', '--output-path=stdout');
  args.push('--quiet');
  if (cookie) args.push(`--extra-headers=${JSON.stringify({ Cookie: `${cookie.name}=${cookie.value}` })}`);
  const { stdout } = await promisify(execFile)('npx', args, { maxBuffer: 64 * 1024 * 1024, timeout: 300_000 });
  const report = JSON.parse(stdout);
  const value = (id) => Math.round(report.audits[id]?.numericValue ?? NaN);
  const items = (id) => report.audits[id]?.details?.items ?? [];
  const where = (url) => (URL.canParse(url ?? '') ? new URL(url).pathname : String(url));
  return {
    score: Math.round(report.categories.performance.score * 100),
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    tti: value('interactive'),
    kib: Math.round(value('total-byte-weight') / 1024),
    // Where the main thread went (ms, as Lighthouse observed it, before its simulated slowdown).
    mainThread: Object.fromEntries(
      items('mainthread-work-breakdown').map((item) => [item.group, Math.round(item.duration)]),
    ),
    scripts: items('bootup-time').map((item) => `${where(item.url)} ${Math.round(item.total)}`),
    renderBlocking: items('render-blocking-resources').map((item) => where(item.url)),
    longTasks: items('long-tasks').map((item) => `${where(item.url)} ${Math.round(item.duration)}`),
  };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  const distDirs = process.env.WEB_BENCH_DIST_DIRS?.split(',') ?? [undefined];
  const servers = [];
  for (const dir of distDirs) servers.push(await startServer({ env: dir ? { WEB_DIST_DIR: dir } : {} }));
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const pages = {};
    for (const [index, server] of servers.entries()) {
      const build = distDirs[index] ? ` [${distDirs[index]}]` : '';
      const cookie = await sessionCookie(server, await anOfficer(server));
      pages[`sign-in form usable${build}`] = {
        url: `${server.url}/sign-in`,
        usable: (page) => page.getByRole('button', { name: 'Continuar' }).waitFor(),
      };
      pages[`inbox drawn, signed in${build}`] = {
        url: `${server.url}/referrals/inbox`,
        cookie,
        usable: (page) => page.getByText(/Su agencia no ha recibido remisiones/).waitFor(),
      };
    }
    const results = {};
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const [name, { url, ...options }] of Object.entries(pages)) {
        for (const [profileName, profile] of [
          ['slow', SLOW],
          ['unthrottled', undefined],
        ]) {
          const key = `${name} (${profileName})`;
          (results[key] ??= []).push(await visit(browser, url, { ...options, profile }));
        }
      }
    }
    if (ROUNDS)
      out(`[bench:web] ${ROUNDS} cold visits each, cache off; slow = 400 kbit/s, 300 ms RTT, CPU 4x (Chromium)`);
    for (const [key, runs] of Object.entries(results)) {
      const ms = median(runs.map((run) => run.ms));
      const kb = median(runs.map((run) => run.bytes)) / 1024;
      const kbUsable = median(runs.map((run) => run.bytesUsable)) / 1024;
      const tookOver = median(runs.map((run) => run.tookOverMs));
      out(
        `${key.padEnd(42)} median ${(ms / 1000).toFixed(2)} s  (runs ${runs.map((run) => run.ms).join(', ')} ms)  ${kb.toFixed(1)} kB (${kbUsable.toFixed(1)} kB when usable); app took over ${(tookOver / 1000).toFixed(2)} s`,
      );
    }
    if (process.env.WEB_BENCH_LIGHTHOUSE === '1') {
      const runs = {};
      for (let round = 0; round < (Number(process.env.WEB_BENCH_LIGHTHOUSE_ROUNDS) || 1); round += 1) {
        for (const [name, { url, cookie }] of Object.entries(pages)) {
          const run = await lighthouse(url, cookie);
          (runs[name] ??= []).push(run);
          out(`lighthouse, ${name}, round ${round + 1}: ${JSON.stringify(run)}`);
        }
      }
      for (const [name, list] of Object.entries(runs)) {
        const of = (key) => median(list.map((run) => run[key]));
        const summary = { score: of('score'), fcp: of('fcp'), lcp: of('lcp'), tbt: of('tbt'), tti: of('tti') };
        out(`lighthouse median, ${name}: ${JSON.stringify({ ...summary, scores: list.map((run) => run.score) })}`);
      }
    }
  } finally {
    await browser.close();
    for (const server of servers) await server.stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`${error.stack ?? error}\n`);
    process.exit(1);
  },
);
