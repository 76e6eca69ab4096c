import { createHash, createHmac } from 'node:crypto';
import type { AttachmentStore } from './attachment-store';

/** Where an S3-compatible bucket is and how to sign for it (ENLACE_ATTACHMENTS_S3_* settings). */
export interface S3Settings {
  /** e.g. https://s3.eu-west-1.amazonaws.com or http://127.0.0.1:9000 (MinIO, Ceph, Garage, ...). */
  endpoint: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** `<endpoint>/<bucket>/<key>` (most self-hosted servers) rather than `<bucket>.<endpoint host>/<key>`. */
  pathStyle: boolean;
  /** Asks the server to encrypt objects at rest (`x-amz-server-side-encryption`, e.g. AES256); off when unset. */
  serverSideEncryption?: string;
}

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

/**
 * The S3 settings from the environment, or null when no bucket is configured (the local store is used).
 * A bucket without its endpoint or credentials is a configuration error, reported at start-up.
 */
export function s3SettingsFrom(env: NodeJS.ProcessEnv): S3Settings | null {
  const bucket = env.ENLACE_ATTACHMENTS_S3_BUCKET?.trim();
  if (!bucket) return null;
  const required = {
    endpoint: env.ENLACE_ATTACHMENTS_S3_ENDPOINT?.trim(),
    accessKeyId: env.ENLACE_ATTACHMENTS_S3_ACCESS_KEY_ID?.trim(),
    secretAccessKey: env.ENLACE_ATTACHMENTS_S3_SECRET_ACCESS_KEY,
  };
  const missing = Object.entries(required)
    .filter(([, value]) => !value)
    .map(([name]) => name);
  if (missing.length > 0) {
    throw new Error(`ENLACE_ATTACHMENTS_S3_BUCKET is set but these S3 settings are missing: ${missing.join(', ')}`);
  }
  return {
    endpoint: required.endpoint!,
    region: env.ENLACE_ATTACHMENTS_S3_REGION?.trim() || 'us-east-1',
    bucket,
    accessKeyId: required.accessKeyId!,
    secretAccessKey: required.secretAccessKey!,
    pathStyle: env.ENLACE_ATTACHMENTS_S3_PATH_STYLE !== 'false',
    serverSideEncryption: env.ENLACE_ATTACHMENTS_S3_SSE?.trim() || undefined,
  };
}
