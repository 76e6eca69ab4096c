import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * pg_dump and pg_restore, from ENLACE_PG_BIN_DIR or the PATH. The embedded PostgreSQL ships only the server
 * binaries (initdb, pg_ctl, postgres): the client tools come from the PostgreSQL packages of the same major
 * version as the server, or newer (pg_dump refuses a newer server). The password travels in the environment,
 * never on a command line that `ps` shows.
 */
export function pgTools(binDir: string | undefined) {
  const binary = (name: string) => (binDir ? path.join(binDir, name) : name);
  const connection = (url: string) => {
    const parsed = new URL(url);
    const password = decodeURIComponent(parsed.password);
    parsed.password = '';
    return { dbname: parsed.toString(), env: { ...inherited(), PGPASSWORD: password } };
  };
  const exec = async (name: string, args: string[], env: NodeJS.ProcessEnv) => {
    try {
      return await run(binary(name), args, { env, maxBuffer: 16 * 1024 * 1024 });
    } catch (error) {
      const failure = error as NodeJS.ErrnoException & { stderr?: string };
      if (failure.code === 'ENOENT')
        throw new Error(`${name} not found: install the PostgreSQL client tools or set ENLACE_PG_BIN_DIR`);
      throw new Error(`${name} failed: ${(failure.stderr ?? failure.message).trim().split('\n')[0]}`);
    }
  };
  return {
    /** Custom-format dump of the whole database (schemas, data, the job queue), as seen by `snapshot`. */
    async dump(url: string, file: string, snapshot?: string): Promise<void> {
      const { dbname, env } = connection(url);
      const args = ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`];
      if (snapshot) args.push(`--snapshot=${snapshot}`);
      await exec('pg_dump', [...args, `--dbname=${dbname}`], env);
    },
    /** Into an empty database, in one transaction: all or nothing. Objects belong to the connecting role. */
    async restore(url: string, file: string): Promise<void> {
      const { dbname, env } = connection(url);
      await exec(
        'pg_restore',
        ['--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', `--dbname=${dbname}`, file],
        env,
      );
    },
    async version(): Promise<string> {
      const { stdout } = await exec('pg_dump', ['--version'], inherited());
      return stdout.trim();
    },
  };
}

/** The tools run with this process's environment (PATH, locale, PG* variables an operator set): not a setting. */
function inherited(): NodeJS.ProcessEnv {
  // eslint-disable-next-line no-restricted-properties
  return process.env;
}
