import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import express from 'express';
import { createLogger } from '../../logging/logger';
import { requestLogging } from '../request-log';

/** An app with the request log first, as http-server.ts mounts it, and the lines it wrote. */
async function appLogging(level: string) {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()));
      done();
    },
  });
  const app = express();
  app.use(requestLogging(createLogger(level, destination), ['/livez']));
  app.use(express.json());
  app.get('/livez', (_req, res) => res.send('ok'));
  app.post('/graphql', (req, res) => res.json({ id: req.id }));
  app.get('/broken', (_req, res) => res.status(500).json({}));
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return { url, lines, close };
}

// The line is written when the response ends, which the client may see first.
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('the request log', () => {
  it('writes one line per request with its id, method, path, operation, status and time, and no query string', async () => {
    const { url, lines, close } = await appLogging('info');
    try {
      const response = await fetch(`${url}/graphql?secret=1`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'proxy-id-12345' },
        body: JSON.stringify({ query: '{ __typename }', operationName: 'Inbox', variables: { name: 'Ana' } }),
      });
      expect(response.headers.get('x-request-id')).toBe('proxy-id-12345');
      expect(await response.json()).toEqual({ id: 'proxy-id-12345' });
      await settle();
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({
        level: 30,
        msg: 'request completed',
        req: { id: 'proxy-id-12345', method: 'POST', path: '/graphql' },
        operation: 'Inbox',
        res: { statusCode: 200 },
      });
      expect(typeof lines[0]!.responseTime).toBe('number');
      expect(JSON.stringify(lines[0])).not.toMatch(/Ana|secret|__typename/);
    } finally {
      await close();
    }
  });

  it('says a 5xx errored, leaves the probes out, and gives a malformed request id a fresh one', async () => {
    const { url, lines, close } = await appLogging('info');
    try {
      const response = await fetch(`${url}/broken`, { headers: { 'x-request-id': 'bad id!' } });
      expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      await fetch(`${url}/livez`);
      await settle();
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({ msg: 'request errored', req: { path: '/broken' }, res: { statusCode: 500 } });
      expect(lines[0]!.err).toMatchObject({ message: 'failed with status code 500' });
    } finally {
      await close();
    }
  });

  it('with info lines off, writes nothing but still gives every request its id', async () => {
    const { url, lines, close } = await appLogging('warn');
    try {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      expect(((await response.json()) as { id: string }).id).toBe(response.headers.get('x-request-id'));
      await settle();
      expect(lines).toEqual([]);
    } finally {
      await close();
    }
  });
});
