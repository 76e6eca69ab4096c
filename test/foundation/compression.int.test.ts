import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { startTestServer, type TestServer } from '../support/test-server';

/** A GET or POST over plain HTTP: the body as sent (no automatic decompression, unlike fetch). */
function request(url: string, headers: Record<string, string>, body?: string) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const req = http.request(url, { method: body === undefined ? 'GET' : 'POST', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const IMMUTABLE = 'public, max-age=31536000, immutable';
const script = `export const greeting = ${JSON.stringify('hola '.repeat(2000))};\n`;
const indexHtml = `<!doctype html><html><body>${'<div id="root"></div>'.repeat(100)}</body></html>`;

describe('the server sends the web app precompressed and the API compressed', () => {
  let api: TestServer;
  let dist: string;
  beforeAll(async () => {
    // A built web app as web/scripts/compress-assets.mjs leaves it: each file with its .br and .gz.
    dist = mkdtempSync(path.join(tmpdir(), 'enlace-dist-'));
    mkdirSync(path.join(dist, 'assets'));
    for (const [file, content] of [
      ['assets/index-Ab12Cd34.js', script],
      ['index.html', indexHtml],
    ] as const) {
      writeFileSync(path.join(dist, file), content);
      writeFileSync(path.join(dist, `${file}.br`), brotliCompressSync(content));
      writeFileSync(path.join(dist, `${file}.gz`), gzipSync(content));
    }
    writeFileSync(path.join(dist, 'assets/small-Ef56Gh78.js'), 'export {};\n');
    writeFileSync(path.join(dist, 'assets/rebuilt-Ij90Kl12.js'), script);
    writeFileSync(path.join(dist, 'assets/rebuilt-Ij90Kl12.js.br'), brotliCompressSync(script));
    api = await startTestServer({ WEB_DIST_DIR: dist });
  });
  afterAll(async () => {
    await api.stop();
    rmSync(dist, { recursive: true, force: true });
  });

  it('sends a hashed script as brotli when accepted, cached for a year as immutable', async () => {
    const answer = await request(`${api.url}/assets/index-Ab12Cd34.js`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(answer.headers['cache-control']).toBe(IMMUTABLE);
    expect(answer.headers.vary).toMatch(/accept-encoding/i);
    expect(answer.body.length).toBeLessThan(script.length / 10);
    expect(brotliDecompressSync(answer.body).toString()).toBe(script);
  });

  it('sends a script the headers that apply to a script, not those of a document', async () => {
    const answer = await request(`${api.url}/assets/index-Ab12Cd34.js`, { 'accept-encoding': 'br' });
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['cross-origin-resource-policy']).toBe('same-origin');
    expect(answer.headers['referrer-policy']).toBe('no-referrer');
    expect(answer.headers['content-security-policy']).toBeUndefined();
    expect(answer.headers['x-frame-options']).toBeUndefined();
    // Immutable: never revalidated, so no date to revalidate against.
    expect(answer.headers['last-modified']).toBeUndefined();
    const page = await request(`${api.url}/`, { 'accept-encoding': 'br' });
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['x-frame-options']).toBe('DENY');
  });

  it('answers /favicon.ico with nothing rather than the app page', async () => {
    const answer = await request(`${api.url}/favicon.ico`, { 'accept-encoding': 'br' });
    expect(answer.status).toBe(204);
    expect(answer.body.length).toBe(0);
  });

  it('sends gzip to a browser without brotli, and the plain file to one that accepts neither', async () => {
    const gzipped = await request(`${api.url}/assets/index-Ab12Cd34.js`, { 'accept-encoding': 'gzip' });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.body).toString()).toBe(script);
    expect(gzipped.headers['cache-control']).toBe(IMMUTABLE);

    const plain = await request(`${api.url}/assets/index-Ab12Cd34.js`, { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
    expect(plain.headers['cache-control']).toBe(IMMUTABLE);
    expect(plain.headers.vary).toMatch(/accept-encoding/i);
  });

  it('sends a file that has no compressed copy as it is, and 404 for a missing one', async () => {
    const small = await request(`${api.url}/assets/small-Ef56Gh78.js`, { 'accept-encoding': 'br, gzip' });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.body.toString()).toBe('export {};\n');
    const missing = await request(`${api.url}/assets/missing-00000000.js`, { 'accept-encoding': 'br' });
    expect(missing.status).toBe(404);
    const escaping = await request(`${api.url}/assets/..%2Findex.html`, { 'accept-encoding': 'br' });
    expect([403, 404]).toContain(escaping.status);
  });

  it('sends the plain file when a compressed copy disappeared after the server started (a rebuild)', async () => {
    rmSync(path.join(dist, 'assets/rebuilt-Ij90Kl12.js.br'));
    const answer = await request(`${api.url}/assets/rebuilt-Ij90Kl12.js`, { 'accept-encoding': 'br' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.body.toString()).toBe(script);
  });

  it('sends index.html for a deep link compressed but revalidated on every visit', async () => {
    const answer = await request(`${api.url}/referrals/123`, { 'accept-encoding': 'br' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers['content-type']).toMatch(/^text\/html/);
    expect(answer.headers['cache-control']).toBe('no-cache');
    expect(brotliDecompressSync(answer.body).toString()).toBe(indexHtml);
  });

  it('compresses a large GraphQL answer as the client accepts, and leaves a small one alone', async () => {
    const body = JSON.stringify({ query: '{ __schema { types { name description } } }' });
    const headers = { 'content-type': 'application/json', 'apollo-require-preflight': 'true' };
    const plain = await request(`${api.url}/graphql`, { ...headers, 'accept-encoding': 'identity' }, body);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(5_000);

    for (const [encoding, decompress] of [
      ['br', brotliDecompressSync],
      ['gzip', gunzipSync],
    ] as const) {
      const answer = await request(`${api.url}/graphql`, { ...headers, 'accept-encoding': encoding }, body);
      expect(answer.status).toBe(200);
      expect(answer.headers['content-encoding']).toBe(encoding);
      expect(answer.headers['content-type']).toMatch(/^application\/(graphql-response\+)?json/);
      expect(answer.headers.vary).toMatch(/accept-encoding/i);
      expect(answer.body.length).toBeLessThan(plain.body.length / 3);
      expect(JSON.parse(decompress(answer.body).toString())).toEqual(JSON.parse(plain.body.toString()));
    }

    const small = JSON.stringify({ query: '{ health { version } }' });
    const answer = await request(`${api.url}/graphql`, { ...headers, 'accept-encoding': 'br, gzip' }, small);
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(answer.body.toString())).toMatchObject({ data: { health: { version: expect.any(String) } } });
  });
});
