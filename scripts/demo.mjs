// `pnpm demo`: builds only what changed since the last build, then runs the built server with demo data.
//
// Each part (server, web) is rebuilt when one of its sources is newer than the stamp its last build left in its
// dist/ folder, or when there is no stamp (a fresh clone); otherwise the server starts in seconds.
//
// Ctrl+C: the terminal sends SIGINT to its whole foreground process group. The server therefore runs in a group
// of its own (`detached`), with the embedded PostgreSQL it starts: only this launcher hears Ctrl+C, and passes
// one SIGINT on. The server then drains requests and stops PostgreSQL itself, and this launcher exits with the
// server's code. Without this, PostgreSQL would get the SIGINT too and end every connection under the draining
// server.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = ['package.json', 'pnpm-lock.yaml', 'tsconfig.base.json'];
const PARTS = [
  {
    name: 'server',
    filter: '@enlace/server',
    stamp: 'server/dist/.build-stamp',
    sources: [
      ...SHARED,
      'server/src',
      'server/package.json',
      'server/tsconfig.json',
      'server/tsconfig.build.json',
      'migrations',
    ],
  },
  {
    name: 'web',
    filter: '@enlace/web',
    stamp: 'web/dist/.build-stamp',
    sources: [
      ...SHARED,
      'web/src',
      'web/index.html',
      'web/package.json',
      'web/tsconfig.json',
      'web/vite.config.ts',
      'web/scripts',
      'web/public',
    ],
  },
];

/** The newest modification time under `entry` (a file or a folder), ignoring tests; 0 when it does not exist. */
function newest(entry) {
  const full = path.join(root, entry);
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const child of readdirSync(full)) {
    if (child === 'node_modules' || child === 'dist' || child === '__tests__' || /\.test\.tsx?$/.test(child)) continue;
    latest = Math.max(latest, newest(path.join(entry, child)));
  }
  return latest;
}

function stale(part) {
  const stamp = path.join(root, part.stamp);
  if (!existsSync(stamp)) return true;
  const built = statSync(stamp).mtimeMs;
  return part.sources.some((source) => newest(source) > built);
}

/** The pnpm running this script (npm_execpath), so a fresh clone's `npx pnpm@… demo` needs no global pnpm. */
function pnpm(args) {
  const execPath = process.env.npm_execpath;
  const [command, commandArgs] =
    execPath && /\.c?js$/.test(execPath) ? [process.execPath, [execPath, ...args]] : ['pnpm', args];
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

for (const part of PARTS) {
  if (!stale(part)) {
    process.stdout.write(`demo: ${part.name} is up to date, not rebuilt\n`);
    continue;
  }
  process.stdout.write(`demo: building ${part.name} (its sources changed since the last build)\n`);
  // The stamp records when the build started: a source saved during the build makes the next start rebuild.
  const started = new Date();
  pnpm(['--filter', part.filter, 'run', 'build']);
  writeFileSync(path.join(root, part.stamp), `${started.toISOString()}\n`);
  const at = started.getTime() / 1000;
  utimesSync(path.join(root, part.stamp), at, at);
}

const server = spawn(process.execPath, [path.join(root, 'server/dist/server/src/main.js')], {
  cwd: root,
  stdio: 'inherit',
  detached: true,
  env: { ...process.env, ENLACE_DEMO: process.env.ENLACE_DEMO ?? 'true' },
});
let signalled = false;
const passOn = (signal) => {
  if (signalled) return;
  signalled = true;
  server.kill(signal);
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => passOn(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
