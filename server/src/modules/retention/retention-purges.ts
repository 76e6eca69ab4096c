import type { EnlaceConfig } from '../../platform/config/config';
import type { RetentionKind } from '../../platform/retention/retention-schedule';

/**
 * Rows that are deleted once past their term: each is `from <table> where <past term>`, with `?` the term in
 * days (then the session lifetimes for sessions). Nothing in them is worth keeping after their use ended.
 */
export interface PurgeRule {
  kind: RetentionKind;
  table: string;
  pastTerm: string;
  parameters(config: EnlaceConfig): unknown[];
}

const CUTOFF = `now() - make_interval(days => ?)`;

export const PURGE_RULES: PurgeRule[] = [
  {
    kind: 'endedSessions',
    table: 'auth_session',
    // Ended: signed out, or its idle or absolute lifetime ran out (whichever came first).
    pastTerm: `coalesce(revoked_at, least(last_seen_at + make_interval(mins => ?), created_at + make_interval(mins => ?)))
      < ${CUTOFF}`,
    parameters: (config) => [
      config.sessions.idleMinutes,
      config.sessions.absoluteMinutes,
      config.retention.days.endedSessions,
    ],
  },
  {
    kind: 'invitations',
    table: 'invitation',
    pastTerm: `coalesce(accepted_at, expires_at) < ${CUTOFF}`,
    parameters: (config) => [config.retention.days.invitations],
  },
  {
    kind: 'idempotencyKeys',
    table: 'idempotency_key',
    pastTerm: `created_at < ${CUTOFF}`,
    parameters: (config) => [config.retention.days.idempotencyKeys],
  },
  {
    kind: 'rateLimits',
    table: 'rate_limit',
    // rate-limiter-flexible stores `expire` as epoch milliseconds.
    pastTerm: `expire < extract(epoch from ${CUTOFF}) * 1000`,
    parameters: (config) => [config.retention.days.rateLimits],
  },
  {
    kind: 'rateLimits',
    table: 'sign_in_throttle',
    pastTerm: `greatest(last_failure_at, coalesce(locked_until, last_failure_at)) < ${CUTOFF}`,
    parameters: (config) => [config.retention.days.rateLimits],
  },
  {
    kind: 'mailOutbox',
    table: 'mail_outbox',
    // A queued mail is still owed: never purged, however old.
    pastTerm: `status <> 'QUEUED' and coalesce(sent_at, created_at) < ${CUTOFF}`,
    parameters: (config) => [config.retention.days.mailOutbox],
  },
  {
    kind: 'archivedJobs',
    table: 'pgboss.archive',
    pastTerm: `archived_on < ${CUTOFF}`,
    parameters: (config) => [config.retention.days.archivedJobs],
  },
  {
    kind: 'readNotifications',
    table: 'notification',
    // An unread notification still waits for its reader: never purged, however old.
    pastTerm: `read_at is not null and read_at < ${CUTOFF}`,
    parameters: (config) => [config.retention.days.readNotifications],
  },
];
