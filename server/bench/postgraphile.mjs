// PostGraphile 5 for pnpm bench:referrals (issue 19): installed on first use into server/bench/postgraphile
// (git-ignored, bench-only: npm packages postgraphile and node@22, never a dependency of the product workspace),
// started as a child process on Node 22 (postgraphile-server.mjs), stopped with the bench.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const folder = path.join(here, 'postgraphile');
export const POSTGRAPHILE_VERSION = '5.1.5';
const NODE_MAJOR = '22';
const node22 = path.join(folder, 'node_modules/node/bin/node');

/** Installs PostGraphile and Node 22 into the bench-only folder unless they are there; says so when it does. */
export function ensurePostGraphile(log) {
  if (existsSync(node22) && existsSync(path.join(folder, 'node_modules/postgraphile/package.json'))) return;
  log(
    `installing PostGraphile ${POSTGRAPHILE_VERSION} and Node ${NODE_MAJOR} (npm packages postgraphile, node@${NODE_MAJOR}) into ${path.relative(process.cwd(), folder)} for the comparison: first use only, git-ignored, not part of the product`,
  );
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    path.join(folder, 'package.json'),
    `${JSON.stringify(
      {
        name: 'enlace-bench-postgraphile',
        private: true,
        type: 'module',
        dependencies: { postgraphile: POSTGRAPHILE_VERSION, node: NODE_MAJOR },
      },
      null,
      2,
    )}\n`,
  );
  // The node package fetches its binary in an install script.
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--foreground-scripts'], {
    cwd: folder,
    stdio: 'inherit',
  });
}

/** Starts PostGraphile on the database; resolves with its URL and a stop function. */
export async function startPostGraphile(databaseUrl, log) {
  ensurePostGraphile(log);
  const child = spawn(node22, [path.join(here, 'postgraphile-server.mjs')], {
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'production', GRAPHILE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // PostGraphile warns about Enlace's enums whose values are not GraphQL names (e.g. "api-token"); not measured.
  child.stderr.resume();
  const url = await new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      const match = /^listening (\S+)/.exec(line);
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`PostGraphile exited (${code}) before listening`)));
  });
  const started = performance.now();
  // Its schema is built on the first request: one unmeasured request before any load.
  await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  log(
    `PostGraphile ${POSTGRAPHILE_VERSION} on Node ${NODE_MAJOR} answering at ${url} (schema built in ${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}
