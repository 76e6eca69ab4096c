import { createHash } from 'node:crypto';
import path from 'node:path';
import { parseExpression } from 'cron-parser';
import { z } from 'zod';
import { buildKeyring, decodeKey, developmentKeyring, parseMasterKeys, type Keyring } from '../crypto/keyring';
import {
  developmentSigningKey,
  signingKeyFromSeed,
  verifyKeyFromBase64,
  type SigningKey,
  type VerifyKey,
} from '../crypto/signing-key';
import { parseRetentionTerms, type RetentionTerms } from '../retention/retention-schedule';
import { findRepoRoot } from './repo-root';

// Every setting the server reads, in one schema: modules get the typed result (through the request context
// or the module runtime) and never read the environment themselves; an ESLint rule keeps it that way.

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const positiveInteger = (unit: string) =>
  z.coerce
    .number({ message: `must be a positive whole number of ${unit}` })
    .int()
    .positive(`must be at least 1 ${unit}`);

/** An absolute http(s) URL with no query or fragment, parsed once; a trailing slash is dropped. */
const webAddress = z.string().transform((value, ctx) => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    ctx.addIssue({ code: 'custom', message: 'must be an absolute URL such as https://enlace.example.org' });
    return z.NEVER;
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.search || url.hash || url.username) {
    ctx.addIssue({ code: 'custom', message: 'must be an http(s) URL without credentials, query or fragment' });
    return z.NEVER;
  }
  url.pathname = url.pathname.replace(/\/+$/, '');
  return url;
});

/** A five-field cron expression (UTC, minute resolution, as the job queue runs them), or `off`. */
const cronOrOff = z.string().transform((value, ctx) => {
  const expression = value.trim();
  if (expression === 'off') return null;
  try {
    if (expression.split(/\s+/).length !== 5) throw new Error('not five fields');
    parseExpression(expression, { tz: 'UTC' });
    return expression;
  } catch {
    ctx.addIssue({ code: 'custom', message: 'must be a five-field cron expression such as "* * * * *", or off' });
    return z.NEVER;
  }
});

/** `id:base64,id:base64`: the first wraps new data keys, every one listed can still unwrap (rotation). */
const masterKeys = z.string().transform((value, ctx) => {
  try {
    return parseMasterKeys(value);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: (error as Error).message });
    return z.NEVER;
  }
});

const indexKey = z.string().transform((value, ctx) => {
  try {
    return decodeKey(value.trim(), 'the blind-index key');
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: (error as Error).message });
    return z.NEVER;
  }
});

const auditSigningKey = z.string().transform((value, ctx) => {
  try {
    return signingKeyFromSeed(value.trim());
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: (error as Error).message });
    return z.NEVER;
  }
});

/** Older public keys (base64, comma-separated) whose checkpoints still verify after a rotation. */
const auditVerifyKeys = z.string().transform((value, ctx) => {
  try {
    return value
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean)
      .map(verifyKeyFromBase64);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: (error as Error).message });
    return z.NEVER;
  }
});

/** `kind=days,...` over the retention defaults (platform/retention/retention-schedule.ts). */
const retentionTerms = z.string().transform((value, ctx) => {
  try {
    return parseRetentionTerms(value);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: (error as Error).message });
    return z.NEVER;
  }
});

const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('0.0.0.0'),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional(),
    DATABASE_MIGRATION_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional(),
    ENLACE_DATA_DIR: z.string().min(1).optional(),
    EMBEDDED_POSTGRES_PORT: z.coerce
      .number()
      .int()
      .min(1024)
      .max(65535)
      .refine((port) => port !== 5432, 'must not be 5432, which belongs to the system PostgreSQL')
      .default(54329),
    ENLACE_DEMO: booleanFromEnv.default(false),
    WEB_DIST_DIR: z.string().min(1).optional(),
    TRUST_PROXY: booleanFromEnv.default(false),
    ENLACE_PUBLIC_URL: webAddress.default(new URL('http://localhost:4000')),
    ENLACE_SESSION_IDLE_MINUTES: positiveInteger('minutes').default(8 * 60),
    ENLACE_SESSION_ABSOLUTE_MINUTES: positiveInteger('minutes').default(12 * 60),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\/[^/]/, 'must be an smtp:// or smtps:// URL, e.g. smtps://user:pass@mail.example.org:465')
      .optional(),
    MAIL_FROM: z.string().min(3).max(254).default('Enlace <no-reply@enlace.invalid>'),
    ENLACE_MAIL_RETRY_LIMIT: z.coerce.number({ message: 'must be a whole number' }).int().min(0).max(50).default(8),
    ENLACE_MAIL_RETRY_DELAY_SECONDS: positiveInteger('seconds').default(60),
    ENLACE_ATTACHMENTS_DIR: z.string().min(1).optional(),
    ENLACE_ATTACHMENT_MAX_BYTES: positiveInteger('bytes').default(10 * 1024 * 1024),
    ENLACE_ATTACHMENTS_S3_BUCKET: z.string().trim().min(1).optional(),
    ENLACE_ATTACHMENTS_S3_ENDPOINT: webAddress.optional(),
    ENLACE_ATTACHMENTS_S3_REGION: z.string().trim().min(1).default('us-east-1'),
    ENLACE_ATTACHMENTS_S3_ACCESS_KEY_ID: z.string().trim().min(1).optional(),
    ENLACE_ATTACHMENTS_S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    ENLACE_ATTACHMENTS_S3_PATH_STYLE: booleanFromEnv.optional(),
    ENLACE_ATTACHMENTS_S3_SSE: z.string().trim().min(1).optional(),
    REFERRAL_DEADLINE_CHECK_CRON: cronOrOff.default('* * * * *'),
    ENLACE_ENCRYPTION_KEYS: masterKeys.optional(),
    ENLACE_BLIND_INDEX_KEY: indexKey.optional(),
    ENLACE_RATE_LIMIT_PER_ADDRESS: positiveInteger('requests per minute').default(600),
    ENLACE_RATE_LIMIT_PER_ACCOUNT: positiveInteger('requests per minute').default(300),
    ENLACE_SIGN_IN_FAILURES_PER_ADDRESS: positiveInteger('failures per 15 minutes').default(30),
    ENLACE_MAX_IN_FLIGHT_REQUESTS: positiveInteger('requests').default(200),
    ENLACE_MAX_EVENT_LOOP_DELAY_MS: positiveInteger('milliseconds').default(1000),
    ENLACE_SHUTDOWN_GRACE_SECONDS: positiveInteger('seconds').max(3600).default(25),
    ENLACE_SHUTDOWN_DELAY_SECONDS: z.coerce
      .number({ message: 'must be a whole number of seconds' })
      .int()
      .min(0)
      .max(300)
      .default(0),
    ENLACE_RETENTION_DAYS: retentionTerms.default(parseRetentionTerms('')),
    // The smallest k of the anonymised case-level (HTCDS) export; below 11 (the CTDC's) is refused (ADR 0053).
    ENLACE_HTCDS_MIN_K: positiveInteger('records').min(11).max(1000).default(11),
    ENLACE_RETENTION_CRON: cronOrOff.default('40 2 * * *'),
    ENLACE_AUDIT_SIGNING_KEY: auditSigningKey.optional(),
    ENLACE_AUDIT_VERIFY_KEYS: auditVerifyKeys.default([]),
    ENLACE_AUDIT_ANCHOR_DIR: z.string().min(1).optional(),
    ENLACE_AUDIT_ANCHOR_CRON: cronOrOff.default('*/15 * * * *'),
    ENLACE_BACKUP_KEY: indexKey.optional(),
    ENLACE_PG_BIN_DIR: z.string().min(1).optional(),
    ENLACE_ALERT_LIST_URL: webAddress.optional(),
    ENLACE_GATEWAY_TOKEN: z
      .string()
      .trim()
      .min(32, 'must be at least 32 characters (e.g. openssl rand -base64 32)')
      .optional(),
  })
  .superRefine((values, ctx) => {
    // Outside production the published development keys stand in (and the server says so at start); a real
    // deployment must bring its own, or personal data would be "encrypted" with keys anyone can read.
    const keys = ['ENLACE_ENCRYPTION_KEYS', 'ENLACE_BLIND_INDEX_KEY'] as const;
    const given = keys.filter((name) => values[name] !== undefined);
    if (values.NODE_ENV === 'production' || given.length === 1) {
      for (const name of keys)
        if (values[name] === undefined)
          ctx.addIssue({
            code: 'custom',
            path: [name],
            message:
              given.length === 1 ? 'must be set together with the other encryption key' : 'required in production',
          });
    }
    // Keys come as a pair or not at all (then the AWS credential chain: IAM role, web identity, session token).
    const s3Keys = ['ENLACE_ATTACHMENTS_S3_ACCESS_KEY_ID', 'ENLACE_ATTACHMENTS_S3_SECRET_ACCESS_KEY'] as const;
    if (!values[s3Keys[0]] !== !values[s3Keys[1]]) {
      const missing = values[s3Keys[0]] ? s3Keys[1] : s3Keys[0];
      ctx.addIssue({
        code: 'custom',
        path: [missing],
        message: `required together with ${s3Keys.find((k) => k !== missing)}`,
      });
    }
  });

/** Where an S3-compatible bucket is and how to sign for it (ENLACE_ATTACHMENTS_S3_* settings). */
export interface S3BucketSettings {
  /** e.g. http://127.0.0.1:9000 (MinIO, Ceph, Garage, ...); unset: AWS S3 in `region`. */
  endpoint?: string;
  region: string;
  bucket: string;
  /** Both or neither: without them the AWS SDK's credential chain applies (instance roles, session tokens). */
  accessKeyId?: string;
  secretAccessKey?: string;
  /** `<endpoint>/<bucket>/<key>` (most self-hosted servers) rather than `<bucket>.<endpoint host>/<key>`. */
  pathStyle: boolean;
  /** Asks the server to encrypt objects at rest (`x-amz-server-side-encryption`, e.g. AES256); off when unset. */
  serverSideEncryption?: string;
}

export type EnlaceConfig = {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  logLevel: string;
  databaseUrl: string | undefined;
  /** The role that owns the schema and runs migrations (DATABASE_MIGRATION_URL); unset: DATABASE_URL's. */
  databaseMigrationUrl: string | undefined;
  dataDir: string;
  embeddedPostgresPort: number;
  demo: boolean;
  webDistDir: string;
  trustProxy: boolean;
  /** Where people open the web app (ENLACE_PUBLIC_URL), for links in mails; no trailing slash. */
  publicUrl: URL;
  sessions: { idleMinutes: number; absoluteMinutes: number };
  mail: {
    /** e.g. smtps://user:pass@mail.example.org:465; unset means "keep mails in mail_outbox". */
    smtpUrl: string | undefined;
    from: string;
    /** Further attempts after the first failed one, and the first wait (doubling, with jitter). */
    retryLimit: number;
    retryDelaySeconds: number;
  };
  attachments: { dir: string; maxBytes: number; s3: S3BucketSettings | null };
  /** When the deadline watch runs (cron, UTC); null: never. */
  referrals: { deadlineCheckCron: string | null };
  /** Master keys of application-level encryption and the blind-index key (platform/crypto). */
  encryption: Keyring;
  /** Rate limits (platform/http/rate-limits.ts), counted in the database across every server process. */
  rateLimits: {
    /** HTTP requests to /graphql and /api per client address and minute. */
    perAddressPerMinute: number;
    /** Requests per signed-in user or API token and minute. */
    perAccountPerMinute: number;
    /** Failed sign-ins (any e-mail) per client address in 15 minutes, against password spraying. */
    signInFailuresPerAddress: number;
  };
  /** Load shedding (platform/http/traffic.ts): past either bound, requests are answered 503 at once. */
  overload: { maxInFlightRequests: number; maxEventLoopDelayMs: number };
  /** What a stop (SIGTERM, SIGINT) does (platform/http/traffic.ts, docs/operations.md). */
  shutdown: {
    /** How long requests in flight (and running jobs) may take to finish before they are cut. */
    graceSeconds: number;
    /** How long requests are still served after readiness fails, while a load balancer takes the process out. */
    delaySeconds: number;
  };
  /** How long each kind of record is kept, and when the retention sweep runs (cron, UTC; null: never). */
  retention: { days: RetentionTerms; cron: string | null };
  /** Statistics releases: the k-anonymity floor of the case-level HTCDS dataset (ADR 0053). */
  statistics: { htcdsMinK: number };
  /** The audit trail's checkpoints outside the database (modules/audit/audit-anchor*.ts, docs/operations.md). */
  audit: {
    /** Signs checkpoints; the published development key when ENLACE_AUDIT_SIGNING_KEY is unset. */
    signingKey: SigningKey;
    /** Every public key a checkpoint may be signed with: the signing key's and ENLACE_AUDIT_VERIFY_KEYS. */
    verifyKeys: VerifyKey[];
    /** Where checkpoints are appended (ENLACE_AUDIT_ANCHOR_DIR, default `<data dir>/audit-anchors`). */
    anchorDir: string;
    /** When a checkpoint is written (cron, UTC; null: never). */
    anchorCron: string | null;
  };
  /** `pnpm backup` / `pnpm restore` (platform/backup, docs/operations.md). */
  backup: {
    /** Encrypts every file of a backup (ENLACE_BACKUP_KEY); a published development key when unset. */
    key: Buffer;
    development: boolean;
    /** Where pg_dump and pg_restore are (ENLACE_PG_BIN_DIR); unset: the PATH. */
    pgBinDir: string | undefined;
  };
  /** Federation (docs/federation.md): who may read the subgraph SDL. */
  federation: {
    /**
     * The secret a gateway or router sends as `x-enlace-gateway-token`: `_service { sdl }` answers only with it
     * (in production; elsewhere also without one while none is set).
     */
    gatewayToken: string | undefined;
    /**
     * A national alert list (its subgraph, or the gateway in front of it) that identity checks also ask, by blind
     * index under the mechanism's current check key, with the gateway token; unset: checks stay within Enlace.
     */
    alertListUrl: string | undefined;
  };
};

export class ConfigError extends Error {}

/** The names of every environment variable the server reads (the README's configuration table lists them). */
export const CONFIG_VARIABLES = Object.keys(configSchema.shape);

/** Reads and validates the environment once at start; a bad value stops start-up with one readable line. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): EnlaceConfig {
  const parsed = configSchema.safeParse(stripEmpty(env));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const values = parsed.data;
  const root = findRepoRoot();
  const dataDir = path.resolve(root, values.ENLACE_DATA_DIR ?? '.data');
  const bucket = values.ENLACE_ATTACHMENTS_S3_BUCKET;
  return {
    env: values.NODE_ENV,
    host: values.HOST,
    port: values.PORT,
    logLevel: values.LOG_LEVEL,
    databaseUrl: values.DATABASE_URL,
    databaseMigrationUrl: values.DATABASE_MIGRATION_URL,
    dataDir,
    embeddedPostgresPort: values.EMBEDDED_POSTGRES_PORT,
    demo: values.ENLACE_DEMO,
    webDistDir: path.resolve(root, values.WEB_DIST_DIR ?? 'web/dist'),
    trustProxy: values.TRUST_PROXY,
    publicUrl: values.ENLACE_PUBLIC_URL,
    sessions: {
      idleMinutes: values.ENLACE_SESSION_IDLE_MINUTES,
      absoluteMinutes: values.ENLACE_SESSION_ABSOLUTE_MINUTES,
    },
    mail: {
      smtpUrl: values.SMTP_URL,
      from: values.MAIL_FROM,
      retryLimit: values.ENLACE_MAIL_RETRY_LIMIT,
      retryDelaySeconds: values.ENLACE_MAIL_RETRY_DELAY_SECONDS,
    },
    attachments: {
      dir: path.resolve(root, values.ENLACE_ATTACHMENTS_DIR ?? path.join(dataDir, 'attachments')),
      maxBytes: values.ENLACE_ATTACHMENT_MAX_BYTES,
      s3: bucket
        ? {
            bucket,
            endpoint: values.ENLACE_ATTACHMENTS_S3_ENDPOINT?.href,
            region: values.ENLACE_ATTACHMENTS_S3_REGION,
            accessKeyId: values.ENLACE_ATTACHMENTS_S3_ACCESS_KEY_ID,
            secretAccessKey: values.ENLACE_ATTACHMENTS_S3_SECRET_ACCESS_KEY,
            // Self-hosted servers (an endpoint is set) mostly want path style; AWS itself wants virtual hosts.
            pathStyle: values.ENLACE_ATTACHMENTS_S3_PATH_STYLE ?? Boolean(values.ENLACE_ATTACHMENTS_S3_ENDPOINT),
            serverSideEncryption: values.ENLACE_ATTACHMENTS_S3_SSE,
          }
        : null,
    },
    referrals: { deadlineCheckCron: values.REFERRAL_DEADLINE_CHECK_CRON },
    encryption:
      values.ENLACE_ENCRYPTION_KEYS && values.ENLACE_BLIND_INDEX_KEY
        ? buildKeyring(values.ENLACE_ENCRYPTION_KEYS, values.ENLACE_BLIND_INDEX_KEY)
        : developmentKeyring(),
    rateLimits: {
      perAddressPerMinute: values.ENLACE_RATE_LIMIT_PER_ADDRESS,
      perAccountPerMinute: values.ENLACE_RATE_LIMIT_PER_ACCOUNT,
      signInFailuresPerAddress: values.ENLACE_SIGN_IN_FAILURES_PER_ADDRESS,
    },
    overload: {
      maxInFlightRequests: values.ENLACE_MAX_IN_FLIGHT_REQUESTS,
      maxEventLoopDelayMs: values.ENLACE_MAX_EVENT_LOOP_DELAY_MS,
    },
    shutdown: {
      graceSeconds: values.ENLACE_SHUTDOWN_GRACE_SECONDS,
      delaySeconds: values.ENLACE_SHUTDOWN_DELAY_SECONDS,
    },
    retention: { days: values.ENLACE_RETENTION_DAYS, cron: values.ENLACE_RETENTION_CRON },
    statistics: { htcdsMinK: values.ENLACE_HTCDS_MIN_K },
    audit: auditSettings(values, dataDir, root),
    backup: {
      key: values.ENLACE_BACKUP_KEY ?? createHash('sha256').update('enlace development backup key').digest(),
      development: values.ENLACE_BACKUP_KEY === undefined,
      pgBinDir: values.ENLACE_PG_BIN_DIR,
    },
    federation: { gatewayToken: values.ENLACE_GATEWAY_TOKEN, alertListUrl: values.ENLACE_ALERT_LIST_URL?.href },
  };
}

function auditSettings(values: z.infer<typeof configSchema>, dataDir: string, root: string): EnlaceConfig['audit'] {
  const signingKey = values.ENLACE_AUDIT_SIGNING_KEY ?? developmentSigningKey();
  return {
    signingKey,
    verifyKeys: [signingKey, ...values.ENLACE_AUDIT_VERIFY_KEYS.filter((key) => key.keyId !== signingKey.keyId)],
    anchorDir: path.resolve(root, values.ENLACE_AUDIT_ANCHOR_DIR ?? path.join(dataDir, 'audit-anchors')),
    anchorCron: values.ENLACE_AUDIT_ANCHOR_CRON,
  };
}

/** A link into the web app: the public URL (with any path it has) followed by `path` (`/referrals/<id>`). */
export function publicLink(publicUrl: URL, path: string): string {
  return `${publicUrl.origin}${publicUrl.pathname.replace(/\/+$/, '')}${path}`;
}

/** An exported-but-empty variable (`PORT=`) means "not set", as shells and CI files often produce them. */
function stripEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) if (value !== undefined && value !== '') result[key] = value;
  return result;
}
