import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { AuditTrail } from '../../platform/audit/audit-trail';
import type { EnlaceConfig } from '../../platform/config/config';
import type { FileStore } from '../../platform/files/file-store';
import {
  RETENTION_KIND_NAMES,
  RETENTION_KINDS,
  type RetentionKind,
  type RetentionTreatment,
} from '../../platform/retention/retention-schedule';
import { PURGE_RULES } from './retention-purges';
import { anonymiseClosedReferrals, CLOSED_REFERRALS_PAST_TERM } from './referral-anonymisation';
import { anonymiseClosedSurvivors, CLOSED_SURVIVORS_PAST_TERM } from './survivor-anonymisation';
import { singleRow } from '../../platform/orm/single-row';

/** One line of the retention report: a kind of record, what happens to it, its term, and how many rows. */
export interface RetentionLine {
  kind: RetentionKind;
  treatment: RetentionTreatment;
  termDays: number;
  /** Past their term and still to anonymise or purge (for `keep`: how many are older than the term). */
  count: number;
}

/** Referrals and survivors anonymised per transaction round; the sweep goes on until none is left. */
const BATCH = 100;

/** What a sweep would do now, by kind and count: ids and contents never appear. Reads only. */
export async function retentionReport(em: EntityManager, config: EnlaceConfig): Promise<RetentionLine[]> {
  const counts = new Map<RetentionKind, number>(RETENTION_KIND_NAMES.map((kind) => [kind, 0]));
  const add = (kind: RetentionKind, rows: { count: number }[]) =>
    counts.set(kind, counts.get(kind)! + (rows[0]?.count ?? 0));
  const { days } = config.retention;
  add(
    'closedReferrals',
    await em.execute(`select count(*)::int as count ${CLOSED_REFERRALS_PAST_TERM}`, [days.closedReferrals, 0]),
  );
  add(
    'closedSurvivors',
    await em.execute(`select count(*)::int as count ${CLOSED_SURVIVORS_PAST_TERM}`, [days.closedSurvivors, 0]),
  );
  for (const rule of PURGE_RULES)
    add(
      rule.kind,
      await em.execute(
        `select count(*)::int as count from ${rule.table} where ${rule.pastTerm}`,
        rule.parameters(config),
      ),
    );
  add(
    'auditEvents',
    await em.execute(
      `select count(*)::int as count from audit_event where occurred_at < now() - make_interval(days => ?)`,
      [days.auditEvents],
    ),
  );
  return RETENTION_KIND_NAMES.map((kind) => ({
    kind,
    treatment: RETENTION_KINDS[kind].treatment,
    termDays: days[kind],
    count: counts.get(kind)!,
  }));
}

export interface RetentionServices {
  orm: MikroORM;
  config: EnlaceConfig;
  files: FileStore;
  /** The trail the sweep writes through (no actor: the system acts). */
  audit: AuditTrail;
}

/**
 * The sweep: anonymises closed referrals and survivor records past their term, then purges what is past its
 * term, each purge in one transaction with one audit event naming the kind and the count. Returns what it did,
 * in the report's shape. Audit events are never touched.
 */
export async function runRetention({ orm, config, files, audit }: RetentionServices): Promise<RetentionLine[]> {
  const em = orm.em.fork();
  const { days } = config.retention;
  const done = new Map<RetentionKind, number>(RETENTION_KIND_NAMES.map((kind) => [kind, 0]));
  for (let taken = BATCH; taken === BATCH;) {
    taken = await anonymiseClosedReferrals(em, days.closedReferrals, files, audit, BATCH);
    done.set('closedReferrals', done.get('closedReferrals')! + taken);
  }
  for (let taken = BATCH; taken === BATCH;) {
    taken = await anonymiseClosedSurvivors(em, days.closedSurvivors, config.encryption, audit, BATCH);
    done.set('closedSurvivors', done.get('closedSurvivors')! + taken);
  }
  for (const rule of PURGE_RULES) {
    await em.transactional(async (tx) => {
      const { count } = singleRow<{ count: number }>(
        await tx.execute(
          `with gone as (delete from ${rule.table} where ${rule.pastTerm} returning 1) select count(*)::int as count from gone`,
          rule.parameters(config),
        ),
        `purge of ${rule.table}`,
      );
      if (count === 0) return;
      done.set(rule.kind, done.get(rule.kind)! + count);
      await audit.record(tx, {
        action: 'retention.purge',
        entityType: 'RetentionKind',
        entityId: rule.kind,
        details: { kind: rule.kind, table: rule.table, count, termDays: days[rule.kind] },
      });
    });
  }
  return RETENTION_KIND_NAMES.map((kind) => ({
    kind,
    treatment: RETENTION_KINDS[kind].treatment,
    termDays: days[kind],
    count: done.get(kind)!,
  }));
}
