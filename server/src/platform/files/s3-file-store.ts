import {
  DeleteObjectCommand,
  GetObjectCommand,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import type { S3BucketSettings } from '../config/config';
import type { FileStore } from './file-store';

/** Where the bucket is and how to reach it: the ENLACE_ATTACHMENTS_S3_* settings, checked at start-up. */
export type S3Settings = S3BucketSettings;

/**
 * File bytes in an S3-compatible bucket, through the AWS SDK: its retries, and its credential chain when no
 * keys are configured (environment, shared files, web identity, ECS/EC2 instance roles, session tokens).
 * Objects are private (no ACL, never a presigned or public URL): every download goes through the
 * authenticated route, which checks the SHA-256 again. Errors carry the HTTP status only, never the key's
 * owner or the server's answer.
 */
export function s3FileStore(settings: S3Settings, maxBytes = Number.MAX_SAFE_INTEGER): FileStore {
  const client = new S3Client({
    region: settings.region,
    ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
    forcePathStyle: settings.pathStyle,
    ...(settings.accessKeyId && settings.secretAccessKey
      ? { credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey } }
      : {}),
    // Self-hosted servers (MinIO, Ceph, Garage) do not all know the SDK's newer default CRC checksums; the
    // route checks its own SHA-256 on every download anyway.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    maxAttempts: 3,
  });
  return {
    async put(key, content) {
      try {
        await client.send(
          new PutObjectCommand({
            Bucket: settings.bucket,
            Key: key,
            Body: content,
            ContentType: 'application/octet-stream',
            ...(settings.serverSideEncryption
              ? {
                  ServerSideEncryption:
                    settings.serverSideEncryption as PutObjectCommand['input']['ServerSideEncryption'],
                }
              : {}),
          }),
        );
      } catch (error) {
        throw new Error(`S3 PutObject failed with HTTP ${statusOf(error)}`);
      }
    },
    async get(key) {
      try {
        const answer = await client.send(new GetObjectCommand({ Bucket: settings.bucket, Key: key }));
        return answer.Body ? await readBounded(answer.Body as AsyncIterable<Uint8Array>, maxBytes) : null;
      } catch (error) {
        if (error instanceof NoSuchKey || statusOf(error) === 404) return null;
        throw new Error(`S3 GetObject failed with HTTP ${statusOf(error)}`);
      }
    },
    async remove(key) {
      try {
        await client.send(new DeleteObjectCommand({ Bucket: settings.bucket, Key: key }));
      } catch (error) {
        if (error instanceof NoSuchKey || statusOf(error) === 404) return;
        throw new Error(`S3 DeleteObject failed with HTTP ${statusOf(error)}`);
      }
    },
  };
}

function statusOf(error: unknown): number | string {
  if (error instanceof S3ServiceException) return error.$metadata.httpStatusCode ?? 'unknown';
  return 'unknown';
}

/** The object's bytes, streamed, refusing more than the store ever accepted (a swapped object cannot flood memory). */
async function readBounded(body: AsyncIterable<Uint8Array>, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of body) {
    total += chunk.length;
    if (total > maxBytes) throw new Error('S3 object larger than any accepted upload');
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}
