// Cold start of the built server on an existing database (issue 19: at most 3 s to the first answered request).
// Starts `node server/dist/server/src/main.js` (pnpm build first) on the benchmark database, already migrated,
// and times from the spawn to the first answered GraphQL request ({ __typename }, polled every 20 ms), then the
// phases the server logs at debug level when COLD_START_PHASES is set. COLD_START_RUNS (default 3) runs.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchDatabaseUrl } from './bench-database.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// COLD_START_MAIN: another build's main.js (e.g. to compare two commits in one run).
const main = process.env.COLD_START_MAIN
  ? path.resolve(process.env.COLD_START_MAIN)
  : path.join(root, 'server/dist/server/src/main.js');
const RUNS = Number(process.env.COLD_START_RUNS) || 3;
const out = (line) => process.stdout.write(`${line}\n`);

const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

async function once() {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [main], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: benchDatabaseUrl(),
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      REFERRAL_DEADLINE_CHECK_CRON: 'off',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let exited = false;
  child.once('exit', () => (exited = true));
  try {
    for (;;) {
      if (exited) throw new Error('the server exited before answering');
      try {
        const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"query":"{ __typename }"}',
        });
        if (response.ok) {
          await response.json();
          return performance.now() - started;
        }
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    const gone = new Promise((resolve) => (exited ? resolve() : child.once('exit', resolve)));
    child.kill('SIGTERM');
    await gone;
  }
}

const { loadavg } = await import('node:os');
out(
  `[cold-start] load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')}`,
);
const times = [];
for (let run = 0; run < RUNS; run += 1) {
  times.push(await once());
  out(`[cold-start] run ${run + 1}: first request answered ${(times.at(-1) / 1000).toFixed(2)} s after the spawn`);
}
times.sort((a, b) => a - b);
out(`[cold-start] median of ${RUNS}: ${(times[Math.floor(RUNS / 2)] / 1000).toFixed(2)} s (target 3 s)`);
