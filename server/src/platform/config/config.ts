import path from 'node:path';
import { z } from 'zod';
import { findRepoRoot } from './repo-root';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z
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
});

export type EnlaceConfig = {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  logLevel: string;
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPostgresPort: number;
  demo: boolean;
  webDistDir: string;
  trustProxy: boolean;
};

export class ConfigError extends Error {}

/** Reads and validates the environment once at start; a bad value stops start-up with one readable line. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): EnlaceConfig {
  const parsed = configSchema.safeParse(stripEmpty(env));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const values = parsed.data;
  const root = findRepoRoot();
  return {
    env: values.NODE_ENV,
    host: values.HOST,
    port: values.PORT,
    logLevel: values.LOG_LEVEL,
    databaseUrl: values.DATABASE_URL,
    dataDir: path.resolve(root, values.ENLACE_DATA_DIR ?? '.data'),
    embeddedPostgresPort: values.EMBEDDED_POSTGRES_PORT,
    demo: values.ENLACE_DEMO,
    webDistDir: path.resolve(root, values.WEB_DIST_DIR ?? 'web/dist'),
    trustProxy: values.TRUST_PROXY,
  };
}

/** An exported-but-empty variable (`PORT=`) means "not set", as shells and CI files often produce them. */
function stripEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) if (value !== undefined && value !== '') result[key] = value;
  return result;
}
