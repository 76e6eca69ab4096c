import { createHash, createHmac } from 'node:crypto';
import type { S3BucketSettings } from '../../../platform/config/config';
import type { AttachmentStore } from './attachment-store';

/** Where the bucket is and how to sign for it: the ENLACE_ATTACHMENTS_S3_* settings, checked at start-up. */
export type S3Settings = S3BucketSettings;

const sha256Hex = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');
const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data).digest();

/** RFC 3986 encoding as SigV4 wants it (encodeURIComponent leaves !'()* alone). */
const encodeSegment = (segment: string) =>
  encodeURIComponent(segment).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * Attachment bytes in an S3-compatible bucket: PutObject and GetObject signed with AWS Signature Version 4
 * over fetch, so no SDK enters the server. Objects are private (no ACL header, never a presigned or public
 * URL): every download goes through the authenticated route, which checks the SHA-256 again. Errors carry
 * the HTTP status only, never the key's owner or the server's answer.
 */
export function s3AttachmentStore(settings: S3Settings): AttachmentStore {
  const endpoint = new URL(settings.endpoint);
  const urlOf = (key: string) => {
    const path = key.split('/').map(encodeSegment).join('/');
    const base = endpoint.pathname.replace(/\/$/, '');
    return settings.pathStyle
      ? new URL(`${endpoint.protocol}//${endpoint.host}${base}/${encodeSegment(settings.bucket)}/${path}`)
      : new URL(`${endpoint.protocol}//${settings.bucket}.${endpoint.host}${base}/${path}`);
  };
  const send = (method: 'GET' | 'PUT', key: string, body?: Buffer) => {
    const url = urlOf(key);
    const extra: Record<string, string> = {};
    if (method === 'PUT') {
      extra['content-type'] = 'application/octet-stream';
      if (settings.serverSideEncryption) extra['x-amz-server-side-encryption'] = settings.serverSideEncryption;
    }
    const headers = signedHeaders(settings, method, url, body ?? Buffer.alloc(0), extra, new Date());
    return fetch(url, { method, headers, body, redirect: 'error' });
  };
  return {
    async put(key, content) {
      const response = await send('PUT', key, content);
      await response.arrayBuffer(); // drain, so the connection is reused
      if (!response.ok) throw new Error(`S3 PutObject failed with HTTP ${response.status}`);
    },
    async get(key) {
      const response = await send('GET', key);
      if (response.status === 404) {
        await response.arrayBuffer();
        return null;
      }
      if (!response.ok) {
        await response.arrayBuffer();
        throw new Error(`S3 GetObject failed with HTTP ${response.status}`);
      }
      return Buffer.from(await response.arrayBuffer());
    },
  };
}

/** The request's headers with its SigV4 `authorization` (signed: host, content hash, date, and `extra`). */
export function signedHeaders(
  settings: Pick<S3Settings, 'region' | 'accessKeyId' | 'secretAccessKey'>,
  method: string,
  url: URL,
  body: Buffer,
  extra: Record<string, string>,
  now: Date,
): Record<string, string> {
  const amzDate = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const day = amzDate.slice(0, 8);
  const payloadHash = sha256Hex(body);
  const headers: Record<string, string> = {
    host: url.host,
    'x-amz-content-sha256': payloadHash,
    'x-amz-date': amzDate,
    ...Object.fromEntries(Object.entries(extra).map(([name, value]) => [name.toLowerCase(), value.trim()])),
  };
  const names = Object.keys(headers).sort();
  const canonicalRequest = [
    method,
    url.pathname,
    canonicalQuery(url.searchParams),
    ...names.map((name) => `${name}:${headers[name]}`),
    '',
    names.join(';'),
    payloadHash,
  ].join('\n');
  const scope = `${day}/${settings.region}/s3/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
  const signingKey = ['s3', 'aws4_request'].reduce(
    (key, part) => hmac(key, part),
    hmac(hmac(`AWS4${settings.secretAccessKey}`, day), settings.region),
  );
  const signature = createHmac('sha256', signingKey).update(stringToSign).digest('hex');
  const { host: _host, ...sent } = headers; // fetch sets Host itself, from the URL signed above
  return {
    ...sent,
    authorization: `AWS4-HMAC-SHA256 Credential=${settings.accessKeyId}/${scope}, SignedHeaders=${names.join(';')}, Signature=${signature}`,
  };
}

function canonicalQuery(params: URLSearchParams): string {
  return [...params.entries()]
    .map(([name, value]) => `${encodeSegment(name)}=${encodeSegment(value)}`)
    .sort()
    .join('&');
}
