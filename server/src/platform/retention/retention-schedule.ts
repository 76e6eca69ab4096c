/**
 * How long each kind of record is kept before the retention sweep (module `retention`) anonymises or purges it,
 * in days. The defaults and their reasons are in docs/security.md, "Retention"; a deployment sets its own terms
 * with ENLACE_RETENTION_DAYS (`closedReferrals=3650,endedSessions=7`), within the bounds below: the lower bound
 * keeps what an investigation or a retry still needs, the upper one keeps "forever" from being a setting.
 */
export const RETENTION_KINDS = {
  /** Referrals closed, declined or withdrawn: their persons, narrative, messages and attachments. */
  closedReferrals: { defaultDays: 5 * 365, minDays: 365, maxDays: 25 * 365, treatment: 'anonymise' },
  /** Closed survivor records: the sealed personal data, witness and guardian names, override reasons. */
  closedSurvivors: { defaultDays: 10 * 365, minDays: 365, maxDays: 50 * 365, treatment: 'anonymise' },
  /** Signed-out, expired or abandoned sessions (only a hash of the token is stored). */
  endedSessions: { defaultDays: 30, minDays: 1, maxDays: 365, treatment: 'purge' },
  /** Invitations accepted or expired. */
  invitations: { defaultDays: 30, minDays: 1, maxDays: 365, treatment: 'purge' },
  /** Idempotency keys: a client retries within minutes, never after days. */
  idempotencyKeys: { defaultDays: 7, minDays: 1, maxDays: 365, treatment: 'purge' },
  /** Expired rate-limit counters and sign-in back-offs. */
  rateLimits: { defaultDays: 1, minDays: 1, maxDays: 30, treatment: 'purge' },
  /** Mails sent, kept or failed (the outbox holds recipients' addresses and, unsent, the text). */
  mailOutbox: { defaultDays: 90, minDays: 7, maxDays: 3 * 365, treatment: 'purge' },
  /** Jobs the queue archived (failed jobs move there after 30 days); their data holds ids only. */
  archivedJobs: { defaultDays: 90, minDays: 7, maxDays: 3 * 365, treatment: 'purge' },
  /** Notifications their user has read (ids and reference numbers); unread ones are kept. */
  readNotifications: { defaultDays: 90, minDays: 7, maxDays: 3 * 365, treatment: 'purge' },
  /**
   * The audit trail is never rewritten (its hash chain would break): events hold field names and ids, never
   * values. The term only says from when events count as "past term" in the report.
   */
  auditEvents: { defaultDays: 10 * 365, minDays: 365, maxDays: 100 * 365, treatment: 'keep' },
} as const;

export type RetentionKind = keyof typeof RETENTION_KINDS;
export type RetentionTreatment = (typeof RETENTION_KINDS)[RetentionKind]['treatment'];
export type RetentionTerms = Record<RetentionKind, number>;

export const RETENTION_KIND_NAMES = Object.keys(RETENTION_KINDS) as RetentionKind[];

export function defaultRetentionTerms(): RetentionTerms {
  return Object.fromEntries(
    RETENTION_KIND_NAMES.map((kind) => [kind, RETENTION_KINDS[kind].defaultDays]),
  ) as RetentionTerms;
}

/**
 * Reads `kind=days,kind=days` over the defaults; throws a readable message on an unknown kind, a value that is
 * not a whole number, or one outside the kind's bounds.
 */
export function parseRetentionTerms(value: string): RetentionTerms {
  const terms = defaultRetentionTerms();
  for (const part of value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)) {
    const [name, days, ...rest] = part.split('=').map((item) => item.trim());
    if (!name || days === undefined || rest.length > 0) throw new Error(`"${part}" is not kind=days`);
    if (!(name in RETENTION_KINDS))
      throw new Error(`unknown kind "${name}" (known: ${RETENTION_KIND_NAMES.join(', ')})`);
    const kind = name as RetentionKind;
    const { minDays, maxDays } = RETENTION_KINDS[kind];
    const number = Number(days);
    if (!/^\d+$/.test(days) || number < minDays || number > maxDays)
      throw new Error(`${kind} must be a whole number of days from ${minDays} to ${maxDays}`);
    terms[kind] = number;
  }
  return terms;
}
