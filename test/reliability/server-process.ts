import { spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';

const main = path.join(__dirname, '../../server/dist/server/src/main.js');

export interface ServerProcess {
  url: string;
  exited: Promise<number | null>;
  signal(signal: NodeJS.Signals): void;
  /** The JSON log lines written so far. */
  logLines(): { msg?: string; [key: string]: unknown }[];
}

/** Starts the built server (`pnpm --filter @enlace/server build`) as a child process on the test database. */
export async function startServerProcess(env: Record<string, string> = {}): Promise<ServerProcess> {
  const child = spawn(process.execPath, [main], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      DATABASE_URL: process.env.DATABASE_URL!,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      ENLACE_RATE_LIMIT_PER_ADDRESS: '1000000',
      ENLACE_MAX_EVENT_LOOP_DELAY_MS: '600000',
      REFERRAL_DEADLINE_CHECK_CRON: 'off',
      ENLACE_AUDIT_ANCHOR_CRON: 'off',
      ...env,
    },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const look = () => {
      const line = stdout.split('\n').find((candidate) => candidate.includes('is listening'));
      if (line) resolve((JSON.parse(line) as { url: string }).url);
    };
    child.stdout.on('data', look);
    void exited.then((code) => reject(new Error(`server exited (${code}) before listening: ${stderr}`)));
  });
  return {
    url,
    exited,
    signal: (signal) => child.kill(signal),
    logLines: () =>
      stdout
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as { msg?: string }),
  };
}

export const HEALTH_QUERY = JSON.stringify({ query: '{ health { version databaseTime } }' });

/** What became of one request: an HTTP status, or the network error that ended it. */
export type Outcome = number | string;

/** A request on a connection of its own (no keep-alive), answered or failed: never throws. */
export function requestOnce(url: string, options: { method?: string; body?: string } = {}): Promise<Outcome> {
  return new Promise((resolve) => {
    const request = http.request(
      url,
      {
        method: options.method ?? 'GET',
        agent: false,
        headers: options.body ? { 'content-type': 'application/json' } : {},
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
      },
    );
    request.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    request.end(options.body);
  });
}

/**
 * A GraphQL request whose body arrives in two parts: it is in flight on the server from the first part until
 * `finish()` sends the rest; then it resolves with the status and body, or the error that cut it.
 */
export function slowGraphqlRequest(url: string, body = HEALTH_QUERY) {
  const half = Math.floor(body.length / 2);
  let answer: (value: { status: number; body: string } | { error: string }) => void = () => undefined;
  const answered = new Promise<{ status: number; body: string } | { error: string }>((resolve) => (answer = resolve));
  const request = http.request(
    `${url}/graphql`,
    {
      method: 'POST',
      agent: false,
      headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) },
    },
    (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString()));
      response.on('end', () => answer({ status: response.statusCode ?? 0, body: text }));
      response.on('error', (error: NodeJS.ErrnoException) => answer({ error: error.code ?? error.message }));
    },
  );
  request.on('error', (error: NodeJS.ErrnoException) => answer({ error: error.code ?? error.message }));
  request.write(body.slice(0, half));
  request.flushHeaders();
  return {
    finish: () => {
      request.end(body.slice(half));
      return answered;
    },
  };
}
