import type { MikroORM } from '@mikro-orm/postgresql';
import type { EnlaceConfig } from '../config/config';
import type { Logger } from '../logging/logger';

/** How a failed job is tried again: further attempts, the first wait, and whether each wait doubles. */
export interface RetryPolicy {
  limit: number;
  delaySeconds: number;
  backoff: boolean;
}

/** What a handler may use: the server's ORM (fork it), configuration and logger. */
export interface JobRuntime {
  orm: MikroORM;
  config: EnlaceConfig;
  logger: Logger;
}

/** The attempt being made: handlers decide from it, e.g., whether a failure is the last one. */
export interface JobAttempt {
  id: string;
  /** 1 for the first try. */
  attempt: number;
  /** No retry follows if this attempt fails: it ends in the dead-letter state (failed). */
  lastAttempt: boolean;
}

/**
 * A kind of background job, declared by a module (or the platform, for mail): its queue name, how it is
 * retried, optionally a schedule, and its handler. Each job is handled, completed or failed on its own,
 * even when several are fetched together. Data holds ids, never personal data: it sits in the job table.
 */
export interface JobDefinition<Data extends object = Record<string, unknown>> {
  /** `<module>.<what>`, e.g. `mail.send`, `referrals.deadline-watch`. */
  name: string;
  /** Default: 3 more attempts, 30 s, doubling. */
  retry?(config: EnlaceConfig): RetryPolicy;
  /**
   * A cron expression (UTC, minute resolution) when the job runs on its own, or null: one job per due minute
   * across every server process on the database, whichever process takes it.
   */
  schedule?(config: EnlaceConfig): string | null;
  /** At most one job of this kind waiting and one running at a time (a periodic sweep). */
  onlyOneAtATime?: boolean;
  /** Jobs fetched per poll (each is still handled on its own); default 1. */
  batchSize?: number;
  /** How long one attempt may take before it counts as failed; default 5 minutes. */
  timeoutSeconds?: number;
  handle(data: Data, attempt: JobAttempt, runtime: JobRuntime): Promise<void>;
}

/**
 * A failure a handler explains: `code` is what operators see (in the job table and the platform admin's
 * view), so it names the kind of failure (`SMTP_550`, `ECONNECTION`), never a person or an address.
 * `permanent` failures are not retried: the job goes straight to the dead-letter state.
 */
export class JobError extends Error {
  constructor(
    readonly code: string,
    readonly permanent = false,
  ) {
    super(`job failed: ${code}`);
    this.name = 'JobError';
  }
}
