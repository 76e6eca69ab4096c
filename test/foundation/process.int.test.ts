import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const main = path.join(__dirname, '../../server/dist/server/src/main.js');

function run(env: Record<string, string>, untilOutput?: RegExp) {
  const child = spawn(process.execPath, [main], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'info', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const ready = new Promise<void>((resolve) => {
    if (!untilOutput) return resolve();
    child.stdout.on('data', () => untilOutput.test(stdout) && resolve());
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, ready, exited, output: () => ({ stdout, stderr }) };
}

describe('the server process', () => {
  it('stops with one clear line when the configuration is invalid', async () => {
    const proc = run({ PORT: 'not-a-port' });
    expect(await proc.exited).toBe(1);
    expect(proc.output().stderr.trim()).toBe(
      'Invalid configuration: PORT: Invalid input: expected number, received NaN',
    );
  });

  it('says clearly that the embedded database port is taken, without a stack trace', async () => {
    const blocker = net.createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => blocker.once('listening', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const proc = run({ EMBEDDED_POSTGRES_PORT: String(port), ENLACE_DATA_DIR: '.data/never-created' });
      expect(await proc.exited).toBe(1);
      const { stderr } = proc.output();
      expect(stderr).toContain(`Port ${port} is already in use`);
      expect(stderr).not.toMatch(/\n\s+at /);
    } finally {
      blocker.close();
    }
  });

  it('serves requests, then drains and exits cleanly on SIGTERM', async () => {
    const proc = run({ DATABASE_URL: process.env.DATABASE_URL!, PORT: '0', HOST: '127.0.0.1' }, /is listening/);
    await proc.ready;
    const url = JSON.parse(
      proc
        .output()
        .stdout.split('\n')
        .find((line) => line.includes('is listening'))!,
    ).url;
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ health { version } }', operationName: null }),
    });
    expect(response.status).toBe(200);
    proc.child.kill('SIGTERM');
    expect(await proc.exited).toBe(0);
    const lines = proc
      .output()
      .stdout.trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    const requestLine = lines.find((line) => line.msg === 'request completed');
    expect(requestLine).toMatchObject({ req: { method: 'POST', path: '/graphql' }, res: { statusCode: 200 } });
    expect(requestLine.req.id).toBeDefined();
    expect(lines.some((line) => line.msg === 'shutting down')).toBe(true);
  });

  it('with the embedded database, stops on Ctrl+C (SIGINT): server and PostgreSQL, exit 0, no stack trace', async () => {
    const port = await freePort();
    const dataDir = mkdtempSync(path.join(tmpdir(), 'enlace-sigint-'));
    try {
      const proc = run(
        { EMBEDDED_POSTGRES_PORT: String(port), ENLACE_DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1' },
        /is listening/,
      );
      await Promise.race([proc.ready, proc.exited]);
      proc.child.kill('SIGINT');
      expect(await proc.exited).toBe(0);
      const { stdout, stderr } = proc.output();
      expect(stdout + stderr).not.toMatch(/\n\s+at /);
      expect(stderr.trim()).toBe('');
      const lines = stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { msg: string; level: number });
      // From the stop on: nothing above info (the start's warnings about development keys are not the stop's).
      const stop = lines.findIndex((line) => line.msg === 'shutting down');
      expect(stop).toBeGreaterThan(-1);
      const messages = lines
        .slice(stop)
        .filter((line) => line.level >= 40)
        .map((line) => line.msg);
      expect(messages).toEqual([]);
      expect(stdout).toContain('embedded PostgreSQL stopped');
      // PostgreSQL is gone: its port is free again.
      await expect(portIsFree(port)).resolves.toBe(true);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});

async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer().once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}
